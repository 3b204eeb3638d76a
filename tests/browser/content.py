"""The content the browser tests look at, built inside the server process (``server.py``).

The demo content (``manage.py load_demo``, issue 6) is what the portal shows a newcomer, so
it is what the browser tests look at once it exists. Until then, and for any page type it
leaves out, ``BUILDERS`` adds one page of that type with each app's own factories: one
function per page type, run in ``PAGE_TYPES`` order (an index before its children). Each
page gets its aliases in every language, as publishing it in the admin would give it.
Bodies use every shared block (headings, rich text, an image, a quote, a document, a call
to action) so that axe sees every block template.
"""

import io
import os
from datetime import date
from decimal import Decimal

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command, get_commands

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale
from wagtail_localize.synctree import create_aliases_for_new_page

from PIL import Image as PILImage

from home.setup import ensure_portal_structure
from tests.browser.pages import BY_NAME, LANGUAGES, PAGE_TYPES

BUILDERS = {}


def builds(name):
    def register(function):
        BUILDERS[name] = function
        return function

    return register


def has_demo_command():
    """load_demo exists and is wanted: PORTAL_BROWSER_DEMO=0 leaves it out, for a quick
    local run on the factories' pages alone (CI always serves the demo)."""
    wanted = os.environ.get("PORTAL_BROWSER_DEMO", "1") != "0"
    return wanted and "load_demo" in get_commands()


def english_page(name):
    """The first live English page of a page type, or None."""
    model = apps.get_model(BY_NAME[name].model)
    return model.objects.live().filter(locale__language_code="en").order_by("path").first()


def build_content():
    """The portal skeleton, the demo content if it exists, and one page of each type."""
    home = ensure_portal_structure()
    if has_demo_command():
        call_command("load_demo", verbosity=0)
    for page_type in PAGE_TYPES:
        builder = BUILDERS.get(page_type.name)
        if builder and page_type.is_built() and english_page(page_type.name) is None:
            page = builder(home)
            page.save_revision().publish()
            create_aliases_for_new_page(page)
    return home


def page_urls():
    """{page type name: {language: path}} for every page type found in the database."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    urls = {}
    for page_type in PAGE_TYPES:
        if page_type.model is None or not page_type.is_built():
            continue
        page = english_page(page_type.name)
        if page is None:
            continue
        urls[page_type.name] = {}
        for code in LANGUAGES:
            version = page.get_translation_or_none(locales[code])
            if version is not None and version.live:
                urls[page_type.name][code] = version.get_url()
    return urls


# Shared material ------------------------------------------------------------------------


def image(title="Harbour at dusk"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 675), (0, 51, 153)).save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="harbour.png"))


def document():
    return Document.objects.create(
        title="Cooperation plan (plain text)",
        file=ContentFile(b"Two cities, one plan.\n", name="plan.txt"),
    )


def body(home):
    return [
        ("heading", {"text": "What the programme does", "level": "h2"}),
        (
            "paragraph",
            "<p>Cities in the <b>European Union</b> work with partner cities on "
            f'<a href="{home.url}">sustainable urban development</a>.</p>'
            "<ul><li>Working meetings</li><li>Field visits</li></ul>",
        ),
        ("heading", {"text": "Who takes part", "level": "h3"}),
        ("image", {"image": image(), "alt_text": "A harbour at dusk", "caption": "A harbour."}),
        ("quote", {"quote": "We learnt more in a week than in a year.", "attribution": "A mayor"}),
        ("document", {"document": document(), "title": ""}),
        ("call_to_action", {"text": "Back to the home page", "page": home, "url": ""}),
    ]


# One builder per page type --------------------------------------------------------------


@builds("standard")
def standard_page(home):
    from home.models import StandardPage

    return home.add_child(
        instance=StandardPage(
            title="About the programme",
            slug="about",
            intro="How the World Cities programme pairs cities and what they do together.",
            show_in_menus=True,
            show_in_footer=True,
            body=body(home),
        )
    )


@builds("form")
def form_page(home):
    from home.forms_demo import build_expression_of_interest_form

    # The longest form: text, e-mail, theme checkboxes, long answers, a privacy notice.
    return build_expression_of_interest_form(home, privacy_notice=english_page("standard"))


@builds("city-index")
def city_index(home):
    from cities.factories import CityIndexPageFactory

    return CityIndexPageFactory(parent=home, show_in_menus=True)


def _city(title, iso_code, population, latitude, longitude, themes):
    from cities.factories import CityPageFactory, CityPartnerFactory, english_country
    from cities.models import Theme

    city = CityPageFactory(
        parent=english_page("city-index"),
        title=title,
        slug=title.lower(),
        country=english_country(iso_code),
        population=population,
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
    )
    city.themes.set(Theme.objects.filter(locale__language_code="en", slug__in=themes))
    CityPartnerFactory(
        page=city, locale=city.locale, organisation=f"{title} University", sector="research"
    )
    city.save()
    return city


@builds("city")
def city_page(home):
    # Seoul first: the first city is the one the tests visit, with a Korean name to show.
    partner = _city("Seoul", "KR", 9_411_000, "37.56650", "126.97800", ["green-technologies"])
    _city("Hamburg", "DE", 1_853_935, "53.55108", "9.99368", ["green-technologies"])
    return partner


@builds("pair-index")
def pair_index(home):
    from cities.factories import PairIndexPageFactory

    return PairIndexPageFactory(parent=home, show_in_menus=True)


@builds("pair")
def pair_page(home):
    from cities.factories import PairPageFactory
    from cities.models import CityPage

    cities = CityPage.objects.filter(locale__language_code="en")
    return PairPageFactory(
        parent=english_page("pair-index"),
        eu_city=cities.get(slug="hamburg"),
        partner_city=cities.get(slug="seoul"),
        outcomes="<p>A joint pilot of district heating.</p>",
    )


@builds("case-study-index")
def case_study_index(home):
    from cities.factories import CaseStudyIndexPageFactory

    return CaseStudyIndexPageFactory(parent=home, show_in_menus=True)


@builds("case-study")
def case_study_page(home):
    from cities.factories import CaseStudyCityFactory, CaseStudyPageFactory

    pair = english_page("pair")
    case_study = CaseStudyPageFactory(
        parent=english_page("case-study-index"),
        pair=pair,
        approach="<p>Replace the lamps street by street.</p>",
        lessons="<p>Start with the busiest streets.</p>",
    )
    CaseStudyCityFactory(page=case_study, city=pair.eu_city)
    case_study.save()
    return case_study


@builds("find-partner")
def find_partner_page(home):
    from cities.models import FindPartnerPage

    return home.add_child(
        instance=FindPartnerPage(
            title="Find a partner city",
            slug="find-a-partner",
            intro="Pick your city, or describe it, to see the cities it could work with.",
        )
    )


@builds("event-index")
def event_index(home):
    from news.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home, show_in_menus=True)


@builds("event")
def event_page(home):
    from news.factories import EventPageFactory

    return EventPageFactory(parent=english_page("event-index"), title="Working meeting in Seoul")


@builds("news-index")
def news_index(home):
    from news.factories import NewsIndexPageFactory

    return NewsIndexPageFactory(parent=home, show_in_menus=True)


@builds("news")
def news_page(home):
    from news.factories import NewsPageFactory

    return NewsPageFactory(
        parent=english_page("news-index"),
        title="Seoul and Hamburg agree a cooperation plan",
        date=date(2026, 3, 2),
        image=image("Signing ceremony"),
        image_alt="Two mayors shake hands",
        body=body(home),
    )
