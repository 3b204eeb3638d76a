"""Issue 4: editors create events in the admin; times are the venue's clock; the rules hold.

Every test posts the admin's own create or edit view, as communication staff do, and reads
the result from the database or from the error the editor sees.
"""

from datetime import UTC, datetime

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from news.factories import EventIndexPageFactory, EventPageFactory
from news.models import EventPage
from tests.news.conftest import make_city

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        username="editor", email="editor@example.org", password="pass"
    )
    client.force_login(user)
    return client


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


def list_block(items):
    """ListBlock form data (``streamfield`` is for StreamBlocks)."""
    data = {
        str(i): {"value": item, "deleted": "", "order": str(i), "id": ""}
        for i, item in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def event_form(start, end, time_zone="", host_city=None, delegations=(), **extra):
    return nested_form_data(
        {
            "title": "Working meeting in Seoul",
            "slug": "working-meeting-in-seoul",
            "intro": "The delegations of Hamburg and Seoul meet.",
            "body": streamfield([]),
            "event_type": "working-meeting",
            "start": start,
            "end": end,
            "time_zone": time_zone,
            "host_city": str(host_city.pk) if host_city else "",
            "venue": "Seoul City Hall",
            "address": "110 Sejong-daero, Jung-gu",
            "online_url": "",
            "agenda": streamfield(
                [
                    (
                        "day",
                        {
                            "date": start[:10],
                            "title": "",
                            "sessions": list_block(
                                [
                                    {
                                        "start": "09:00",
                                        "end": "10:30",
                                        "title": "Opening",
                                        "speakers": list_block([]),
                                        "description": rich_text(""),
                                    }
                                ]
                            ),
                        },
                    )
                ]
            ),
            "documents": streamfield([]),
            "delegations": inline_formset(
                [{"city": str(city.pk), "delegates": delegates} for city, delegates in delegations]
            ),
            "comments": inline_formset([]),
            "action-publish": "publish",
            **extra,
        }
    )


def add_url(index):
    return f"/admin/pages/add/news/eventpage/{index.pk}/"


def errors_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(
        node.get_text(" ", strip=True) for node in soup.select(".error-message, .help-critical")
    )


def test_times_are_read_as_the_venues_clock_and_shown_back_the_same(
    editor_client, event_index, seoul
):
    response = editor_client.post(
        add_url(event_index),
        event_form("2026-11-27 09:00", "2026-11-27 17:30", host_city=seoul),
    )
    assert response.status_code == 302, errors_of(response)

    event = EventPage.objects.get(slug="working-meeting-in-seoul", locale__language_code="en")
    # 09:00 in Seoul (UTC+9) is midnight UTC; the zone came from the host city's country.
    assert event.start == datetime(2026, 11, 27, 0, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 11, 27, 8, 30, tzinfo=UTC)
    assert event.time_zone == ""
    assert event.zone_name == "Asia/Seoul"

    edit = editor_client.get(f"/admin/pages/{event.pk}/edit/")
    soup = BeautifulSoup(edit.content, "html.parser")
    assert soup.select_one('input[name="start"]')["value"] == "2026-11-27 09:00"
    assert soup.select_one('input[name="end"]')["value"] == "2026-11-27 17:30"


def test_a_chosen_time_zone_overrides_the_host_citys(editor_client, event_index, seoul):
    response = editor_client.post(
        add_url(event_index),
        event_form(
            "2026-11-27 09:00", "2026-11-27 10:00", time_zone="Europe/Brussels", host_city=seoul
        ),
    )
    assert response.status_code == 302, errors_of(response)
    event = EventPage.objects.get(slug="working-meeting-in-seoul", locale__language_code="en")
    assert event.zone_name == "Europe/Brussels"
    assert event.start == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)  # CET is UTC+1


def test_an_event_that_ends_before_it_starts_is_refused_with_a_clear_error(
    editor_client, event_index, seoul
):
    response = editor_client.post(
        add_url(event_index),
        event_form("2026-11-27 17:00", "2026-11-27 09:00", host_city=seoul),
    )
    assert response.status_code == 200
    assert "The event must end after it starts." in errors_of(response)
    assert not EventPage.objects.filter(slug="working-meeting-in-seoul").exists()


def test_an_event_that_ends_when_it_starts_is_refused(editor_client, event_index, seoul):
    response = editor_client.post(
        add_url(event_index),
        event_form("2026-11-27 09:00", "2026-11-27 09:00", host_city=seoul),
    )
    assert response.status_code == 200
    assert "The event must end after it starts." in errors_of(response)


def test_a_host_country_with_several_time_zones_asks_the_editor_to_choose(
    editor_client, event_index, city_index
):
    perth = make_city(city_index, "Perth", "AU", "-31.95224", "115.86140")
    response = editor_client.post(
        add_url(event_index),
        event_form("2026-11-27 09:00", "2026-11-27 17:00", host_city=perth),
    )
    assert response.status_code == 200
    message = "Australia has several time zones: choose the one of the venue."
    assert errors_of(response).count(message) == 1

    response = editor_client.post(
        add_url(event_index),
        event_form(
            "2026-11-27 09:00", "2026-11-27 17:00", time_zone="Australia/Perth", host_city=perth
        ),
    )
    assert response.status_code == 302, errors_of(response)
    event = EventPage.objects.get(slug="working-meeting-in-seoul", locale__language_code="en")
    assert event.start == datetime(2026, 11, 27, 1, 0, tzinfo=UTC)  # AWST is UTC+8


def test_an_online_event_without_host_city_needs_a_time_zone(editor_client, event_index):
    response = editor_client.post(
        add_url(event_index), event_form("2026-11-27 09:00", "2026-11-27 10:00")
    )
    assert response.status_code == 200
    assert "Choose the time zone of the venue, or a host city." in errors_of(response)


def test_a_time_the_clocks_skip_is_refused(editor_client, event_index, hamburg):
    # Summer time starts in Germany at 02:00 on 28 March 2027: 02:30 never happens.
    response = editor_client.post(
        add_url(event_index),
        event_form("2027-03-28 02:30", "2027-03-28 10:00", host_city=hamburg),
    )
    assert response.status_code == 200
    assert "does not exist in Europe/Berlin" in errors_of(response)


@pytest.mark.parametrize("bad", ["Mars/Olympus_Mons", "KST", "<script>"])
def test_an_unknown_time_zone_name_is_refused(editor_client, event_index, seoul, bad):
    response = editor_client.post(
        add_url(event_index),
        event_form("2026-11-27 09:00", "2026-11-27 10:00", time_zone=bad, host_city=seoul),
    )
    assert response.status_code == 200
    assert errors_of(response)
    assert not EventPage.objects.filter(slug="working-meeting-in-seoul").exists()


def test_delegations_take_the_programmes_usual_size_unless_given(
    editor_client, event_index, seoul, hamburg
):
    response = editor_client.post(
        add_url(event_index),
        event_form(
            "2026-11-27 09:00",
            "2026-11-27 17:00",
            host_city=seoul,
            delegations=[(hamburg, ""), (seoul, "")],
        ),
    )
    assert response.status_code == 302, errors_of(response)
    event = EventPage.objects.get(slug="working-meeting-in-seoul", locale__language_code="en")
    sizes = {d.city.title: d.delegates for d in event.delegations.all()}
    # Five delegates from each EU city, four from each partner city.
    assert sizes == {"Hamburg": 5, "Seoul": 4}


def test_a_city_listed_twice_in_the_delegations_is_refused(
    editor_client, event_index, seoul, hamburg
):
    response = editor_client.post(
        add_url(event_index),
        event_form(
            "2026-11-27 09:00",
            "2026-11-27 17:00",
            host_city=seoul,
            delegations=[(hamburg, "5"), (hamburg, "3")],
        ),
    )
    assert response.status_code == 200
    assert "Hamburg is listed twice" in errors_of(response)


def test_a_session_that_ends_before_it_starts_is_refused(editor_client, event_index, seoul):
    data = event_form("2026-11-27 09:00", "2026-11-27 17:00", host_city=seoul)
    data["agenda-0-value-sessions-0-value-end"] = "08:00"
    response = editor_client.post(add_url(event_index), data)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="working-meeting-in-seoul").exists()
    assert b"The session must end after it starts." in response.content


def test_model_validation_names_the_end_field(event_index):
    event = EventPageFactory.build(
        start=datetime(2026, 11, 27, 9, tzinfo=UTC), end=datetime(2026, 11, 27, 8, tzinfo=UTC)
    )
    with pytest.raises(Exception) as raised:
        event.clean()
    assert raised.value.message_dict["end"] == [
        "The event must end after it starts. Check the end date and time."
    ]
