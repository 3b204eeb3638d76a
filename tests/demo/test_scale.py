"""``load_demo --scale N``: synthetic cities, pairs, good practices, events and news in every tree.

The issue asks for a ``--scale 50`` run to work and be counted: the fixture runs it twice (some
200 English pages and 5,200 aliases each time; about a minute of CPU in all) and the tests check
that each run adds exactly its share, in every language, marked synthetic, and that the
translation status board counts the new pages as untranslated aliases.
``scripts/bench_scale.py`` measures N=50, 100 and 200.
"""

import io

from django.core.management import CommandError, call_command
from django.db import transaction

from wagtail.models import Locale, Page

import pytest

from home.demo import building
from home.demo.loader import DemoLoader
from portal.languages import LANGUAGE_CODES
from translations import status

N = 50
MODELS = {
    "cities.citypage": N,
    "cities.pairpage": N // 2,
    "cities.casestudypage": N // 2,
    "news.eventpage": N,
    "news.newspage": N,
}


def korean_untranslated_pages():
    """What the translation status board says Korean translators still have to do."""
    english = Locale.objects.get(language_code="en")
    korean = Locale.objects.get(language_code="ko")
    return status.StatusBoard(english, [korean]).summary()[korean.pk]["page"][status.NOT_TRANSLATED]


@pytest.fixture(scope="module")
def scaled(django_db_setup, django_db_blocker):
    """The five section pages (as the demo makes them), then ``--scale N`` twice."""
    with django_db_blocker.unblock(), transaction.atomic():
        loader = DemoLoader(progress=False)
        with building.deferred_indexing():
            loader.build_indexes()
            loader.make_aliases()
        before = Page.objects.count()
        untranslated_before = korean_untranslated_pages()
        first = io.StringIO()
        call_command("load_demo", "--scale", str(N), "--no-progress", stdout=first)
        middle = Page.objects.count()
        second = io.StringIO()
        call_command("load_demo", "--scale", str(N), "--no-progress", stdout=second)
        yield {
            "added_first": middle - before,
            "added_second": Page.objects.count() - middle,
            "output": first.getvalue(),
            "untranslated_before": untranslated_before,
            "untranslated_after": korean_untranslated_pages(),
        }
        transaction.set_rollback(True)


pytestmark = pytest.mark.django_db


def test_each_run_adds_n_cities_and_their_share_in_all_27_languages(scaled):
    from django.apps import apps

    english_pages = sum(MODELS.values())
    assert scaled["added_first"] == english_pages * len(LANGUAGE_CODES)
    assert scaled["added_second"] == scaled["added_first"]
    for label, share in MODELS.items():
        model = apps.get_model(label)
        for language in LANGUAGE_CODES:
            count = model.objects.filter(
                locale__language_code=language, slug__startswith="synthetic-"
            ).count()
            assert count == 2 * share, (label, language)


def test_synthetic_pages_say_so_and_report_their_time(scaled):
    assert (
        "Synthetic content: 50 cities, 25 pairs, 25 good practices, 50 events, 50 news"
        in (scaled["output"])
    )
    assert " s." in scaled["output"]
    synthetic = Page.objects.filter(slug__startswith="synthetic-")
    assert synthetic.exists()
    assert not synthetic.exclude(title__startswith="Synthetic").exists()


def test_aliases_follow_their_english_page_and_render(scaled, client):
    from cities.models import CaseStudyPage

    english = CaseStudyPage.objects.get(
        slug="synthetic-good-practice-00001", locale__language_code="en"
    )
    for language in ("pl", "ko", "mt"):
        alias = english.get_translation(Locale.objects.get(language_code=language))
        assert alias.alias_of_id == english.pk
        assert alias.url == f"/{language}/good-practices/synthetic-good-practice-00001/"
        assert set(alias.themes.all()) == set(english.themes.all())
        assert [link.city_id for link in alias.city_links.all()] == [
            link.city_id for link in english.city_links.all()
        ]
        assert client.get(alias.url).status_code == 200
    for page in Page.objects.filter(slug__startswith="synthetic-", locale__language_code="lv"):
        assert client.get(page.url).status_code == 200, page.url


def test_the_tree_stays_consistent(scaled):
    """Treebeard's own check: paths, depths and child counts agree after the bulk inserts."""
    problems = Page.find_problems()
    assert all(not ids for ids in problems), problems
    korean_index = Page.objects.get(slug="cities", locale__language_code="ko")
    assert korean_index.numchild == korean_index.get_children().count() == 2 * N


def test_status_board_counts_the_synthetic_pages_as_untranslated(scaled):
    english = Locale.objects.get(language_code="en")
    synthetic = Page.objects.filter(slug__startswith="synthetic-", locale=english).count()
    assert synthetic == 2 * sum(MODELS.values())
    assert scaled["untranslated_after"] - scaled["untranslated_before"] == synthetic


@pytest.mark.parametrize("value", ["0", "-3"])
def test_a_scale_that_is_not_a_positive_number_is_refused(db, value):
    with pytest.raises(CommandError, match="positive"):
        call_command("load_demo", "--scale", value)


def test_a_scale_that_is_not_a_number_is_refused(db):
    with pytest.raises(CommandError, match="invalid int value"):
        call_command("load_demo", "--scale", "many")
