"""Issue 5, the translation status board: the three counts on a site where each state is set
up on purpose, filters (good and bad input), the translator's own language first, links into
the translation editor, and a fixed number of queries whatever the size of the site."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from cities.factories import CityIndexPageFactory, CityPageFactory
from translations.sections import SectionMap
from translations.status import NOT_TRANSLATED, OUT_OF_DATE, UP_TO_DATE, StatusBoard

from .conftest import publish_english_page, republish, translate_strings

pytestmark = pytest.mark.django_db

BOARD = reverse("translations:status")
STATE_COLUMNS = (UP_TO_DATE, OUT_OF_DATE, NOT_TRANSLATED)


def counts(client, language, **params):
    """{"page": (up, out, not), "snippet": (...)} of one language's row of the summary."""
    response = client.get(BOARD, {"language": language, **params})
    assert response.status_code == 200
    row = BeautifulSoup(response.content, "html.parser").select_one(
        f'tr[data-language="{language}"]'
    )
    cells = [int(td.get_text()) for td in row.find_all("td")]
    return {"page": tuple(cells[:3]), "snippet": tuple(cells[3:])}


def minus(after, before):
    return {
        kind: tuple(a - b for a, b in zip(after[kind], before[kind], strict=True)) for kind in after
    }


def detail_rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {}
    for tr in soup.select(".translation-status__items tbody tr"):
        links = {a.contents[0].strip(): a["href"] for a in tr.select("a")}
        rows[tr.th.get_text(strip=True)] = (tr["data-state"], links)
    return rows


def translated(translation, words, publish_translation):
    translate_strings(translation, words)
    return publish_translation(translation)


@pytest.fixture
def three_states(home_page, korean, theme_model, start_translation, publish_translation):
    """One page and one theme in each state, in Korean."""
    up = publish_english_page(home_page, "Up page", intro="Fresh.", aliases=("ko",))
    out = publish_english_page(home_page, "Stale page", intro="Old words.", aliases=("ko",))
    publish_english_page(home_page, "Alias page", intro="Only English.", aliases=("ko",))
    translated(start_translation(up, korean), {"Up page": "최신", "Fresh.": "신선함."},
               publish_translation)  # fmt: skip
    translated(start_translation(out, korean), {"Stale page": "오래된", "Old words.": "옛말."},
               publish_translation)  # fmt: skip
    republish(out, intro="New words.")  # English changed after the Korean was published

    theme_up = theme_model.objects.create(name="Up theme", slug="up-theme", description="A.")
    theme_out = theme_model.objects.create(name="Old theme", slug="old-theme", description="B.")
    theme_model.objects.create(name="No theme", slug="no-theme", description="C.")
    translated(start_translation(theme_up, korean), {"Up theme": "최신 주제", "A.": "가."},
               publish_translation)  # fmt: skip
    translated(start_translation(theme_out, korean), {"Old theme": "옛 주제", "B.": "나."},
               publish_translation)  # fmt: skip
    theme_out.description = "B, revised."
    theme_out.save()
    return up, out


@pytest.fixture
def staff_client(staff_user, login):
    return login(staff_user)


def test_the_three_counts_on_a_site_set_up_on_purpose(db, staff_client, request):
    before = {code: counts(staff_client, code) for code in ("ko", "fr")}
    request.getfixturevalue("three_states")

    korean = minus(counts(staff_client, "ko"), before["ko"])
    french = minus(counts(staff_client, "fr"), before["fr"])

    assert korean == {"page": (1, 1, 1), "snippet": (1, 1, 1)}
    # French has neither translations nor aliases of these: all "not translated".
    assert french == {"page": (0, 0, 3), "snippet": (0, 0, 3)}


def test_the_counts_follow_the_section_filter(db, staff_client, request):
    before = {
        section: counts(staff_client, "ko", section=section) for section in ("other", "themes")
    }
    request.getfixturevalue("three_states")

    # The three pages are "other" pages; the three themes are the "themes" section.
    assert minus(counts(staff_client, "ko", section="other"), before["other"]) == {
        "page": (1, 1, 1),
        "snippet": (0, 0, 0),
    }
    assert minus(counts(staff_client, "ko", section="themes"), before["themes"]) == {
        "page": (0, 0, 0),
        "snippet": (1, 1, 1),
    }


def test_detail_lists_each_item_with_its_state_and_a_link_into_the_editor(
    three_states, korean, korean_translator, login
):
    up, out = three_states
    translator = login(korean_translator)
    rows = detail_rows(translator.get(BOARD, {"language": "ko", "section": "other"}))

    state, links = rows["Up page"]
    korean_up = up.get_translation(korean)
    assert state == UP_TO_DATE
    assert links == {"Edit translation": reverse("wagtailadmin_pages:edit", args=[korean_up.pk])}
    assert rows["Stale page"][0] == OUT_OF_DATE
    state, links = rows["Alias page"]
    assert state == NOT_TRANSLATED
    assert list(links) == ["Translate"], links
    submit = links["Translate"]
    assert submit.endswith("?select_locale=ko")
    assert submit.startswith(reverse("wagtail_localize:submit_page_translation", args=[0])[:-2])

    # The link opens wagtail-localize's translation editor, with the changed English text.
    editor = translator.get(rows["Stale page"][1]["Edit translation"])
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]
    assert "New words." in editor.content.decode()

    themes = detail_rows(translator.get(BOARD, {"language": "ko", "section": "themes"}))
    assert themes["Up theme"][0] == UP_TO_DATE
    assert themes["Old theme"][0] == OUT_OF_DATE
    assert themes["No theme"][0] == NOT_TRANSLATED
    assert "Up page" not in themes


def test_staff_get_links_only_where_they_may_work(three_states, staff_client):
    rows = detail_rows(staff_client.get(BOARD, {"language": "ko", "state": OUT_OF_DATE}))

    assert {state for state, _ in rows.values()} == {OUT_OF_DATE}
    assert {"Stale page", "Old theme"} <= set(rows)
    assert rows["Stale page"][1] == {}  # Korean is for Korean translators
    untranslated = detail_rows(staff_client.get(BOARD, {"language": "ko", "section": "other"}))
    assert list(untranslated["Alias page"][1]) == ["Translate"]  # staff submit anywhere


def test_translation_with_untranslated_strings_is_out_of_date(
    home_page, korean, start_translation, publish_translation
):
    page = publish_english_page(home_page, "Half done", intro="Not yet.", aliases=("ko",))
    translated(start_translation(page, korean), {"Half done": "반쯤"}, publish_translation)

    board = StatusBoard(Locale.objects.get(language_code="en"), [korean])
    [status] = [
        s for s in board.for_locale(korean) if s.source.kind == "page" and s.source.pk == page.pk
    ]

    assert status.state == OUT_OF_DATE
    assert status.reason == "Some strings are not translated yet"


def test_a_translator_sees_their_own_language_first_and_its_items(
    three_states, korean_translator, staff_user, login
):
    translator = login(korean_translator).get(BOARD)
    soup = BeautifulSoup(translator.content, "html.parser")
    first = soup.select(".translation-status__summary tbody tr")[0]
    assert first["data-language"] == "ko"
    assert first.get("aria-current") == "true"
    assert "Stale page" in detail_rows(translator)
    assert soup.select_one("#items-heading").get_text().startswith("Korean:")

    staff = BeautifulSoup(login(staff_user).get(BOARD).content, "html.parser")
    assert staff.select(".translation-status__summary tbody tr")[0]["data-language"] == "bg"
    assert staff.select_one(".translation-status__items") is None


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"language": "xx"}, "Language: Select a valid choice."),
        ({"language": "en"}, "Language: Select a valid choice."),
        ({"section": "nowhere"}, "Section: Select a valid choice."),
        ({"state": "finished"}, "State: Select a valid choice."),
    ],
)
def test_bad_filters_are_named_and_ignored(staff_client, params, message):
    response = staff_client.get(BOARD, params)

    assert response.status_code == 200
    alert = BeautifulSoup(response.content, "html.parser").select_one('[role="alert"]')
    assert message in alert.get_text(" ", strip=True)
    assert len(response.context["rows"]) == 26  # the filter is not applied


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999", ""])
def test_bad_page_numbers_never_fail(three_states, staff_client, page):
    response = staff_client.get(BOARD, {"language": "ko", "p": page})

    assert response.status_code == 200
    assert response.context["items"].number >= 1


def test_only_editors_and_translators_see_the_board(db, login, korean_translator):
    outsider = get_user_model().objects.create_user("visitor", password="x")  # noqa: S106
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))

    refused = login(outsider).get(BOARD)
    assert refused.status_code == 302
    assert refused["Location"] == reverse("wagtailadmin_home")
    assert BOARD not in login(outsider).get(reverse("wagtailadmin_home")).content.decode()
    assert BOARD in login(korean_translator).get(reverse("wagtailadmin_home")).content.decode()


def _add_translated_pages(parent, korean, numbers, start_translation, publish_translation):
    for number in numbers:
        page = publish_english_page(parent, f"Page {number}", aliases=("ko",))
        if number % 2:
            translated(start_translation(page, korean), {f"Page {number}": f"쪽 {number}"},
                       publish_translation)  # fmt: skip


def test_the_board_takes_the_same_number_of_queries_for_a_small_and_a_larger_site(
    home_page, korean, staff_client, korean_translator, login, start_translation,
    publish_translation,
):  # fmt: skip
    translator = login(korean_translator)
    _add_translated_pages(home_page, korean, range(2), start_translation, publish_translation)
    measured = {}
    for size in ("small", "larger"):
        if size == "larger":
            _add_translated_pages(
                home_page, korean, range(2, 14), start_translation, publish_translation
            )
        for name, client, params in (
            ("staff, all languages", staff_client, {}),
            ("translator, Korean items", translator, {"language": "ko"}),
        ):
            client.get(BOARD, params)  # warm caches (content types, sessions)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(BOARD, params).status_code == 200
            measured[(name, size)] = len(queries)

    assert (
        measured[("staff, all languages", "small")] == measured[("staff, all languages", "larger")]
    )
    assert (
        measured[("translator, Korean items", "small")]
        == measured[("translator, Korean items", "larger")]
    )


def test_sections_come_from_page_types_and_index_pages(home_page, korean):
    cities = CityIndexPageFactory(parent=home_page)
    seoul = CityPageFactory(parent=cities, title="Seoul")
    note = publish_english_page(cities, "A note under the cities", aliases=False)

    board = StatusBoard(Locale.objects.get(language_code="en"), [korean], section="cities")
    titles = {status.source.title for status in board.for_locale(korean)}

    assert {cities.title, seoul.title, note.title} <= titles
    assert "Up page" not in titles
    assert all(status.source.section == "cities" for status in board.for_locale(korean))


def test_a_page_model_may_name_its_section():
    class Declared:
        translation_status_section = "news"

    section_map = SectionMap({1: Declared})
    assert section_map.page_sections([{"path": "00010001", "content_type_id": 1}]) == {
        "00010001": "news"
    }
