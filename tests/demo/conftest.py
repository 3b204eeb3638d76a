"""The demo, loaded once for the whole module that asks for it, and rolled back afterwards.

Loading the full demo takes a while (about a hundred English pages, their 26 aliases each,
some three hundred translations and a thousand snippet translations), so a module-scoped
fixture loads it twice — the second run proves idempotence — inside one transaction that is
rolled back when the module ends: other test modules never see the demo. Each test still runs
in its own savepoint (pytest-django's ``db``), as Django's ``TestCase.setUpTestData`` does.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count

from wagtail.models import Locale, Page

import pytest

from home.demo.loader import load_demo

MODELS = (
    "cities.citypage",
    "cities.pairpage",
    "cities.casestudypage",
    "news.eventpage",
    "news.newspage",
    "home.standardpage",
    "home.formpage",
    "cities.theme",
    "cities.country",
)


def counts():
    """Rows per model and per language, pages and translation records: what a run changes."""
    from django.apps import apps

    from wagtail_localize.models import StringTranslation, Translation

    result = {"pages": Page.objects.count()}
    for label in MODELS:
        model = apps.get_model(label)
        for code, n in (
            model.objects.values_list("locale__language_code").order_by().annotate(n=Count("pk"))
        ):
            result[f"{label}:{code}"] = n
    result["translations"] = Translation.objects.count()
    result["string translations"] = StringTranslation.objects.count()
    return result


@dataclass
class Demo:
    first: object
    second: object
    counts_after_first: dict
    counts_after_second: dict


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        first = load_demo(progress=False)
        after_first = counts()
        second = load_demo(progress=False)
        after_second = counts()
        yield Demo(first, second, after_first, after_second)
        transaction.set_rollback(True)


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}
