"""The portal's skeleton in the database: 27 locales, and a home page in each.

Idempotent: run it on every start. The English home page is the source; every other
locale is synchronised from English by wagtail-localize, which creates an alias of each
English page in that language (showing English until a translator translates it).
"""

import logging

from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from portal.languages import LANGUAGE_CODES, SOURCE_LANGUAGE_CODE
from translations.groups import ensure_groups

from .models import HomePage

logger = logging.getLogger(__name__)

HOME_TITLE = "World Cities"
HOME_INTRO = (
    "The European Union's World Cities programme twins cities in the EU with cities in "
    "Australia, South Korea, South Africa, Indonesia and Vietnam, so that they exchange "
    "good practice on sustainable urban development."
)


def ensure_locales():
    """One Locale per portal language; returns the English one."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    Locale.objects.bulk_create(
        [Locale(language_code=code) for code in LANGUAGE_CODES if code not in existing]
    )
    return Locale.objects.get(language_code=SOURCE_LANGUAGE_CODE)


def ensure_english_home(english):
    """The English HomePage, replacing Wagtail's "Welcome" placeholder on a new database."""
    home = HomePage.objects.filter(locale=english, depth=2).first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    # Wagtail's initial migration leaves a plain Page ("Welcome to your new Wagtail
    # site!") as the default site's root. Only that placeholder is removed.
    placeholder = Page.objects.filter(
        depth=2, content_type__model="page", content_type__app_label="wagtailcore"
    )
    for page in placeholder:
        if not page.get_children().exists():
            page.delete()
    home = root.add_child(
        instance=HomePage(title=HOME_TITLE, slug="home", intro=HOME_INTRO, locale=english)
    )
    home.save_revision().publish()
    return home


def ensure_default_site(home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="World Cities",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or "World Cities"
        site.save()


def ensure_locale_synchronisation(english):
    """Every other locale follows English; missing aliases are created now."""
    for locale in Locale.objects.exclude(pk=english.pk):
        _, created = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": english}
        )
        if not created:
            # Saving a new LocaleSynchronization already synchronised the tree.
            synchronize_tree(english, locale)


@transaction.atomic
def ensure_portal_structure():
    english = ensure_locales()
    home = ensure_english_home(english)
    ensure_default_site(home)
    ensure_locale_synchronisation(english)
    ensure_groups()  # communication staff, and translators per language (translations app)
    return home
