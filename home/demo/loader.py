"""``load_demo``: the World Cities portal of the 2017–2018 cycle, in English and translated.

Order matters: snippets are translated first (pages point to them), English pages are
created parent first with their 26 aliases, and only then translated, so that each
translation turns an existing alias into a translated page. Every step finds what a previous
run made (pages by parent and slug, images by title, translations by their records), so a
second run changes nothing.
"""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from portal.languages import LANGUAGE_CODES

from . import building as b
from .aliases import create_aliases, index_pages
from .calendar import CalendarMixin
from .content import EXTRA_LANGUAGES, PAGE_LANGUAGES, T
from .content import case_studies as cs_content
from .content import forms as form_content
from .content import news as news_content
from .content import pages as page_content
from .content.cities import CITIES
from .content.cities_eu import EU_CITIES
from .content.countries import COUNTRY_NAMES
from .content.pairs import CYCLE, PAIRS
from .content.themes import SOURCE as THEME_SOURCE
from .content.themes import THEMES
from .images import demo_image
from .progress import Progress
from .translate import Catalogue, translate, translate_snippets

CITY_ALT = T(
    "Abstract drawing of a city skyline for {city}",
    ko="{city}의 도시 스카이라인을 추상적으로 그린 그림",
    vi="Hình vẽ trừu tượng đường chân trời thành phố, tượng trưng cho {city}",
    id="Gambar abstrak siluet kota yang melambangkan {city}",
)
NEWS_ALT = T(
    "Abstract drawing of a city skyline",
    ko="도시 스카이라인을 추상적으로 그린 그림",
    vi="Hình vẽ trừu tượng đường chân trời thành phố",
    id="Gambar abstrak siluet kota",
)
PAIR_TITLE = T(
    "{partner} – {eu}", ko="{partner} – {eu}", vi="{partner} – {eu}", id="{partner} – {eu}"
)
ADDRESS = T(
    "{city}, {country}", ko="{country} {city}", vi="{city}, {country}", id="{city}, {country}"
)
ALL_CITIES = CITIES + EU_CITIES


class DemoLoader(CalendarMixin):
    def __init__(self, stdout=None, progress=True, today=None):
        from cities.models import Country, Theme

        self.progress = Progress(stdout, enabled=progress)
        self.today = today or timezone.localdate()
        self.english = Locale.objects.get(language_code="en")
        self.home = HomePage.objects.get(locale=self.english, depth=2)
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.catalogue = Catalogue()
        self.themes = {t.slug: t for t in Theme.objects.filter(locale=self.english)}
        self.countries = {c.iso_code: c for c in Country.objects.filter(locale=self.english)}
        self.pages = {}  # key -> English page
        self.translatable = []  # (page, languages)
        self.new_pages = []  # English pages made since the last batch of aliases
        self.aliases = 0
        self.created = 0

    # Public -------------------------------------------------------------------------------

    def run(self):
        with b.deferred_indexing():
            self.translate_snippets()
            self.build_home()
            for build in (
                self.build_indexes,
                self.build_find_partner,
                self.build_cities,
                self.build_pairs,
                self.build_case_studies,
                self.build_events,
                self.build_news,
                self.build_standard_pages,
                self.build_forms,
            ):
                build()
                self.make_aliases()
            self.translate_pages()
        self.progress.phase("Search and reference indexes", 1)
        if self.created:
            index_pages(Page.objects.live().specific())
            b.rebuild_indexes()
        self.progress.finish()
        return self

    def make_aliases(self):
        """The aliases of the pages made in the last phase, in all 26 other languages."""
        if self.new_pages:
            self.aliases += len(create_aliases(self.new_pages))
            self.new_pages = []

    # Snippets -----------------------------------------------------------------------------

    def translate_snippets(self):
        for slug, (name, description) in THEME_SOURCE.items():
            self.catalogue.add(T(name, **{lang: THEMES[lang][slug][0] for lang in THEMES}))
            self.catalogue.add(T(description, **{lang: THEMES[lang][slug][1] for lang in THEMES}))
        for iso, country in self.countries.items():
            if iso in COUNTRY_NAMES:
                self.catalogue.add(T(country.name, **COUNTRY_NAMES[iso]))
        snippets = [
            t
            for t in self.themes.values()
            if THEME_SOURCE.get(t.slug, (None, None))
            == (t.name, t.description)  # only while the English text is still the source
        ] + [c for iso, c in self.countries.items() if iso in COUNTRY_NAMES]
        languages = [code for code in LANGUAGE_CODES if code != "en"]
        self.progress.phase("Themes and countries", len(snippets))
        locales = [self.locales[language] for language in languages]
        for snippet in snippets:
            translate_snippets([snippet], locales, self.catalogue)
            self.progress.advance()
        self.progress.finish()

    # Pages --------------------------------------------------------------------------------

    def ensure(self, key, parent, model, slug, languages=PAGE_LANGUAGES, **fields):
        """The English page ``slug`` under ``parent``, created with ``fields`` if missing."""
        page = b.find_child(parent, model, slug)
        if page is None:
            page = model(slug=slug)
            texts = {}
            for name, value in fields.items():
                if isinstance(value, T):
                    texts[name] = self.catalogue.add(value)
                    value = value.en
                b.set_fields(page, **{name: value})
            with transaction.atomic():
                b.add_page(parent, page)
            self.new_pages.append(page)
            self.created += 1
        self.pages[key] = page
        if languages:
            self.translatable.append((page, languages))
        return page

    def text(self, value):
        """Register a T for translation and return its English text."""
        self.catalogue.add(value)
        return value.en

    def build_home(self):
        self.progress.phase("Home page", 1)
        home = self.home
        self.catalogue.add(page_content.HOME_TITLE)
        self.catalogue.add(page_content.HOME_INTRO)
        if home.hero_image_id is None:
            home.hero_image = demo_image("home", "Demo: World Cities skylines")
            home.hero_image_alt = self.text(page_content.HOME_HERO_ALT)
            home.body = [
                {"type": "paragraph", "value": b.paragraph(self.text(page_content.HOME_BODY))}
            ]
            home.save_revision().publish()
        self.catalogue.add(page_content.HOME_HERO_ALT)
        self.catalogue.add(page_content.HOME_BODY)
        self.translatable.append((home, PAGE_LANGUAGES + EXTRA_LANGUAGES))
        self.pages["home"] = home
        self.progress.finish()

    def build_indexes(self):
        from cities.models import CaseStudyIndexPage, CityIndexPage, PairIndexPage
        from news.models import EventIndexPage, NewsIndexPage

        models = {
            "cities": CityIndexPage,
            "pairs": PairIndexPage,
            "good-practices": CaseStudyIndexPage,
            "events": EventIndexPage,
            "news": NewsIndexPage,
        }
        self.progress.phase("Section pages", len(models))
        for slug, model in models.items():
            existing = model.objects.child_of(self.home).first()
            title, intro = page_content.INDEXES[slug]
            if existing is not None:  # an editor may have made it already, under any slug
                self.pages[slug] = existing
                self.translatable.append((existing, PAGE_LANGUAGES))
                self.catalogue.add(title)
                self.catalogue.add(intro)
            else:
                self.ensure(slug, self.home, model, slug, title=title, intro=intro)
            self.progress.advance()
        self.progress.finish()

    def build_find_partner(self):
        """The cities app's partner-matching page, under home, if that page type exists."""
        try:
            from cities.models import FindPartnerPage
        except ImportError:
            return
        title, intro = page_content.FIND_PARTNER
        existing = FindPartnerPage.objects.child_of(self.home).first()
        if existing is not None:
            self.catalogue.add_all([title, intro])
            self.translatable.append((existing, PAGE_LANGUAGES))
        else:
            self.ensure("find-a-partner", self.home, FindPartnerPage, "find-a-partner",
                        title=title, intro=intro)  # fmt: skip

    def build_cities(self):
        from cities.models import CityPage, CityPartner

        parent = self.pages["cities"]
        self.progress.phase("Cities", len(ALL_CITIES))
        for city in ALL_CITIES:
            page = b.find_child(parent, CityPage, city.slug)
            if page is None:
                page = CityPage(
                    slug=city.slug,
                    title=self.text(city.title),
                    kind=city.kind,
                    country=self.countries[city.country],
                    population=city.population,
                    latitude=Decimal(f"{city.latitude:.5f}"),
                    longitude=Decimal(f"{city.longitude:.5f}"),
                    website=city.website,
                    intro=self.text(city.intro),
                    goals=b.paragraph(self.text(city.goals)),
                    offer=b.paragraph(self.text(city.offer)),
                    hero_image=demo_image(city.slug, f"Demo: {city.title.en}"),
                    hero_image_alt=self.text(b.fill(CITY_ALT, city=city.title)),
                )
                page.themes = [self.themes[slug] for slug in city.themes if slug in self.themes]
                page.partners = [
                    CityPartner(
                        organisation=self.text(partner.organisation),
                        sector=partner.sector,
                        url=partner.url,
                        locale=self.english,
                    )
                    for partner in city.partners
                ]
                with transaction.atomic():
                    b.add_page(parent, page)
                self.new_pages.append(page)
                self.created += 1
            else:
                self.catalogue.add_all(
                    [
                        city.title,
                        city.intro,
                        city.goals,
                        city.offer,
                        b.fill(CITY_ALT, city=city.title),
                    ]
                    + [partner.organisation for partner in city.partners]
                )
            self.pages[city.slug] = page
            self.translatable.append((page, PAGE_LANGUAGES))
            self.progress.advance()
        self.progress.finish()

    def city_title(self, slug):
        return next(city.title for city in ALL_CITIES if city.slug == slug)

    def build_pairs(self):
        from cities.models import PairPage

        parent = self.pages["pairs"]
        self.progress.phase("Pairs", len(PAIRS))
        for pair in PAIRS:
            title = b.fill(
                PAIR_TITLE, partner=self.city_title(pair.partner), eu=self.city_title(pair.eu)
            )
            for text in (pair.summary, pair.pilot_title, pair.pilot_description, pair.outcomes):
                self.catalogue.add(text)
            page = self.ensure(
                pair.slug,
                parent,
                PairPage,
                pair.slug,
                title=title,
                eu_city=self.pages[pair.eu],
                partner_city=self.pages[pair.partner],
                cycle=CYCLE,
                status="completed",
                summary=pair.summary,
                cooperation_plan=[
                    {
                        "type": "pilot_action",
                        "value": {
                            "title": pair.pilot_title.en,
                            "description": b.paragraph(pair.pilot_description.en),
                            "timeframe": CYCLE,
                        },
                    }
                ],
                outcomes=b.paragraph(pair.outcomes.en),
                themes=[self.themes[slug] for slug in pair.themes if slug in self.themes],
            )
            self.progress.advance()
        self.progress.finish()
        return page

    def build_case_studies(self):
        from cities.models import CaseStudyCity, CaseStudyPage

        parent = self.pages["good-practices"]
        studies = cs_content.CASE_STUDIES
        self.progress.phase("Good practices", len(studies))
        self.catalogue.add(cs_content.DISCLAIMER)
        for study in studies:
            for figure in study.figures:
                self.catalogue.add(figure.unit)
                self.catalogue.add(figure.label)
            results = [
                {
                    "type": "key_figure",
                    "value": {
                        "value": figure.value,
                        "unit": figure.unit.en,
                        "label": figure.label.en,
                    },
                }
                for figure in study.figures
            ] + [{"type": "paragraph", "value": b.paragraph(cs_content.DISCLAIMER.en)}]
            self.ensure(
                study.slug,
                parent,
                CaseStudyPage,
                study.slug,
                title=study.title,
                pair=self.pages[study.pair],
                year=study.year,
                involves_government="government" in study.sectors,
                involves_research="research" in study.sectors,
                involves_business="business" in study.sectors,
                summary=study.summary,
                challenge=self._rich(study.challenge),
                approach=self._rich(study.approach),
                results=results,
                lessons=self._rich(study.lessons),
                transferability=self._rich(study.transferability),
                themes=[self.themes[slug] for slug in study.themes if slug in self.themes],
                city_links=[CaseStudyCity(city=self.pages[slug]) for slug in study.cities],
            )
            self.progress.advance()
        self.progress.finish()

    def _rich(self, text):
        self.catalogue.add(text)
        return b.paragraph(text.en)

    # News, standard pages, forms -------------------------------------------------------

    def build_news(self):
        from news.models import NewsPage

        parent = self.pages["news"]
        self.progress.phase("News", len(news_content.NEWS))
        for item in news_content.NEWS:
            for text in item.paragraphs:
                self.catalogue.add(text)
            self.ensure(
                item.slug,
                parent,
                NewsPage,
                item.slug,
                title=item.title,
                date=item.date or self.today,
                intro=item.intro,
                image=demo_image(f"news-{item.slug}", f"Demo: {item.title.en}"),
                image_alt=NEWS_ALT,
                body=[{"type": "paragraph", "value": b.paragraph(t.en)} for t in item.paragraphs],
                related_cities=[self.pages[slug] for slug in item.cities],
                related_themes=[self.themes[slug] for slug in item.themes if slug in self.themes],
                themes=[self.themes[slug] for slug in item.themes if slug in self.themes],
            )
            self.progress.advance()
        self.progress.finish()

    def build_standard_pages(self):
        self.progress.phase("About and footer pages", len(page_content.STANDARD_PAGES))
        for standard in page_content.STANDARD_PAGES:
            body = []
            for kind, text in standard.body:
                self.catalogue.add(text)
                if kind == "h2":
                    body.append({"type": "heading", "value": {"text": text.en, "level": "h2"}})
                else:
                    body.append({"type": "paragraph", "value": b.paragraph(text.en)})
            languages = PAGE_LANGUAGES + tuple(
                lang for lang in EXTRA_LANGUAGES if lang in standard.title
            )
            self.ensure(
                standard.slug,
                self.home,
                StandardPage,
                standard.slug,
                languages=languages,
                title=standard.title,
                intro=standard.intro,
                body=body,
                show_in_footer=standard.show_in_footer,
                show_in_menus=standard.show_in_menus,
            )
            self.progress.advance()
        self.progress.finish()

    def build_forms(self):
        try:
            from home.forms_demo import build_contact_form, build_expression_of_interest_form
        except ImportError:  # the forms engineer's helpers have not landed
            return
        self.catalogue.add_all(form_content.FORM_TEXTS)
        self.progress.phase("Forms", 2)
        privacy = self.pages["privacy-notice"]
        builders = (
            ("contact", build_contact_form),
            ("interest", build_expression_of_interest_form),
        )
        for key, build in builders:
            with transaction.atomic():
                page = build(self.home, privacy_notice=privacy)
                if not Page.objects.filter(alias_of=page).exists():
                    self.new_pages.append(page)
                    self.created += 1
            self.pages[key] = page
            self.translatable.append((page, PAGE_LANGUAGES))
            self.progress.advance()
        self.progress.finish()

    # Translations -----------------------------------------------------------------------

    def translate_pages(self):
        work = [(page, lang) for page, languages in self.translatable for lang in languages]
        self.progress.phase("Translations", len(work))
        for page, language in work:
            translate(page, self.locales[language], self.catalogue)
            self.progress.advance()
        self.progress.finish()


def load_demo(stdout=None, progress=True, today=None):
    """Load (or complete) the demo; returns the loader, whose ``catalogue.missing`` lists
    any segment that had no written translation."""
    return DemoLoader(stdout=stdout, progress=progress, today=today).run()
