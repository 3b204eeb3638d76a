"""Fixtures of the translators' workflow tests: users in the portal's groups, English pages
with their aliases, and translations made through wagtail-localize's own records."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object
from wagtail_localize.synctree import create_aliases_for_new_page

import factory
import pytest
import wagtail_factories

from cities.models import Theme
from home.models import StandardPage
from translations.groups import STAFF_GROUP_NAME, translators_group_name


class StandardPageFactory(wagtail_factories.PageFactory):
    intro = factory.Sequence(lambda n: f"Introduction number {n}.")

    class Meta:
        model = StandardPage


def publish_english_page(parent, title, *, intro="An English introduction.", aliases=True):
    """An English StandardPage, published with a revision, and its aliases: in all 26 other
    languages (``aliases=True``, about half a second), or only in the languages named."""
    page = StandardPageFactory(parent=parent, title=title, intro=intro, live=False)
    page.save_revision().publish()
    page.refresh_from_db()
    if aliases is True:
        create_aliases_for_new_page(page)
    elif aliases:
        for locale in Locale.objects.filter(language_code__in=aliases):
            page.copy_for_translation(locale, copy_parents=True, alias=True)
    return page


def republish(page, **changes):
    page = page.specific
    page.refresh_from_db()
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translation_of(instance, locale):
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale)


def translate_strings(translation, words):
    """Translate every string segment: ``words`` maps English text to the translation; a
    string missing from ``words`` is left untranslated."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        text = words.get(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text, "translation_type": "manual"},
        )


@pytest.fixture
def start_translation(django_capture_on_commit_callbacks):
    """translate_object, with the publication it schedules on commit carried out."""

    def start(instance, locale, user=None):
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(instance, [locale], user=user)
        return translation_of(instance, locale)

    return start


@pytest.fixture
def publish_translation(django_capture_on_commit_callbacks):
    def publish(translation, user=None):
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(user=user, publish=True)
        return translation.get_target_instance()

    return publish


@pytest.fixture
def french(db):
    return Locale.objects.get(language_code="fr")


def _user(username, *group_names):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="pass",  # noqa: S106
    )
    user.groups.set(Group.objects.filter(name__in=group_names))
    return user


@pytest.fixture
def korean_translator(db):
    return _user("minji", translators_group_name("ko"))


@pytest.fixture
def french_translator(db):
    return _user("camille", translators_group_name("fr"))


@pytest.fixture
def staff_user(db):
    return _user("editor", STAFF_GROUP_NAME)


@pytest.fixture
def login():
    def client_for(user):
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        return client

    return client_for


@pytest.fixture
def english_page(home_page):
    return publish_english_page(home_page, "Urban cooperation", intro="Cities learn together.")


@pytest.fixture
def korean_alias(english_page, korean):
    return Page.objects.get(translation_key=english_page.translation_key, locale=korean)


@pytest.fixture
def theme_model():
    """cities.Theme (name, slug, description), owned by the city-network app."""
    return Theme
