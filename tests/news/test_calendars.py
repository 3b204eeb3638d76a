"""Issue 4: iCalendar files (RFC 5545) of one event and of all events, per language.

Every file is parsed back with the ``icalendar`` library and checked field by field, as a
calendar program would read it.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine

from tests.news.conftest import Programme

pytestmark = pytest.mark.django_db

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(Programme.NOW, tick=False):
        yield


def calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, icalendar.Calendar.from_ical(response.content)


def test_the_event_file_has_every_field_a_calendar_needs(client, programme):
    response, cal = calendar(client, "/en/events/working-meeting-in-seoul/event.ics")
    assert response["Content-Disposition"] == 'attachment; filename="working-meeting-in-seoul.ics"'
    assert cal["VERSION"] == "2.0"
    assert cal["PRODID"] == "-//World Cities portal//Programme calendar//EN"
    assert cal["METHOD"] == "PUBLISH"

    [event] = cal.events
    assert event["SUMMARY"] == "Working meeting in Seoul"
    assert event["SUMMARY"].params["LANGUAGE"] == "en"
    # The start keeps its zone: 09:00 in Seoul, named by TZID, with a VTIMEZONE for it.
    assert event.start == datetime(2026, 11, 27, 9, 0, tzinfo=SEOUL)
    assert event.end == datetime(2026, 11, 27, 17, 30, tzinfo=SEOUL)
    assert event["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert [tz["TZID"] for tz in cal.timezones] == ["Asia/Seoul"]
    assert cal.timezones[0].walk("STANDARD")[0]["TZNAME"] == "KST"
    assert event["LOCATION"] == ("Seoul City Hall, 110 Sejong-daero, Jung-gu, Seoul, South Korea")
    assert event["URL"] == "http://localhost/en/events/working-meeting-in-seoul/"
    assert event["DESCRIPTION"] == (
        "The delegations meet: Working meeting in Seoul.\n\n"
        "http://localhost/en/events/working-meeting-in-seoul/"
    )
    assert event["UID"] == f"{programme.seoul_meeting.translation_key}@world-cities-portal"
    assert event.categories == ["Working meeting"]
    assert event["STATUS"] == "CONFIRMED"
    assert event.stamp is not None


def test_the_event_file_in_korean_names_its_language_and_korean_page(client, programme):
    _, cal = calendar(client, "/ko/events/working-meeting-in-seoul/event.ics")
    [event] = cal.events
    # The Korean page is an alias: its text is still English, and the file says so.
    assert event["SUMMARY"].params["LANGUAGE"] == "en"
    assert event["URL"] == "http://localhost/ko/events/working-meeting-in-seoul/"
    assert event.categories == ["실무 회의"]
    # Same event, same UID in every language: importing both updates instead of duplicating.
    assert event["UID"] == f"{programme.seoul_meeting.translation_key}@world-cities-portal"


def test_a_translated_event_file_carries_the_translation(client, programme):
    from news.models import EventPage

    vietnamese = EventPage.objects.get(
        translation_key=programme.seoul_meeting.translation_key, locale__language_code="vi"
    )
    vietnamese.alias_of = None
    vietnamese.title = "Cuộc họp làm việc tại Seoul"
    vietnamese.intro = "Các đoàn đại biểu gặp nhau."
    vietnamese.save()
    _, cal = calendar(client, "/vi/events/working-meeting-in-seoul/event.ics")
    [event] = cal.events
    assert event["SUMMARY"] == "Cuộc họp làm việc tại Seoul"
    assert event["SUMMARY"].params["LANGUAGE"] == "vi"
    assert event["DESCRIPTION"].startswith("Các đoàn đại biểu gặp nhau.")
    assert event["DESCRIPTION"].params["LANGUAGE"] == "vi"
    assert event.categories == ["Cuộc họp làm việc"]


def test_an_online_event_gives_its_address_as_location(client, programme):
    _, cal = calendar(client, "/en/events/webinar-on-energy-efficiency/event.ics")
    [event] = cal.events
    assert event["LOCATION"] == "https://meet.example.org/energy"
    assert event.start == datetime(2026, 12, 5, 9, 0, tzinfo=ZoneInfo("Europe/Brussels"))


def test_the_calendar_feed_holds_every_event_with_every_zone(client, programme):
    response, cal = calendar(client, "/en/events/calendar.ics")
    assert response["Content-Disposition"] == 'inline; filename="world-cities-events-en.ics"'
    assert cal["X-WR-CALNAME"] == "World Cities: events"
    assert cal["NAME"] == "World Cities: events"
    assert cal["SOURCE"] == "http://localhost/en/events/calendar.ics"
    assert str(cal["REFRESH-INTERVAL"].to_ical(), "ascii") == "PT12H"
    assert [event["SUMMARY"] for event in cal.events] == [
        "Closing meeting in Seoul",
        "Selection of the 2026 cities",
        "Working meeting in Seoul",
        "Webinar on energy efficiency",
        "Follow-up meeting in Hamburg",
    ]
    assert sorted(tz["TZID"] for tz in cal.timezones) == [
        "Asia/Seoul",
        "Europe/Berlin",
        "Europe/Brussels",
    ]
    assert cal.get_missing_tzids() == set()
    hamburg = cal.events[-1]
    assert hamburg.start == datetime(2027, 3, 10, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert hamburg.end == datetime(2027, 3, 11, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert hamburg["LOCATION"] == "Hamburg City Hall, Rathausmarkt 1, Hamburg, Germany"


def test_each_language_has_its_own_calendar_feed(client, programme):
    response, cal = calendar(client, "/ko/events/calendar.ics")
    assert response["Content-Disposition"] == 'inline; filename="world-cities-events-ko.ics"'
    assert cal["X-WR-CALNAME"] == "World Cities: 행사"
    assert cal["SOURCE"] == "http://localhost/ko/events/calendar.ics"
    assert {event["URL"].split("/")[3] for event in cal.events} == {"ko"}
    assert len(cal.events) == 5


@pytest.mark.parametrize(
    "query",
    ["?page=0", "?year=abc&type=nope", "?%ff=%fe", "?" + "x" * 3000, "?type[]=1&type[]=2"],
)
def test_a_calendar_with_a_bad_query_string_is_still_the_calendar(client, programme, query):
    response, cal = calendar(client, f"/en/events/calendar.ics{query}")
    assert len(cal.events) == 5
    response, cal = calendar(client, f"/en/events/working-meeting-in-seoul/event.ics{query}")
    assert len(cal.events) == 1


def test_the_files_are_cacheable_by_shared_caches(client, programme):
    response = client.get("/en/events/calendar.ics")
    assert "public" in response["Cache-Control"]
    assert "s-maxage" in response["Cache-Control"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/no-such-event/event.ics",
        "/en/no-such-index/calendar.ics",
        "/en/events/working-meeting-in-seoul/calendar.ics",
        "/en/events/rss.xml",
        "/xx/events/calendar.ics",
    ],
)
def test_a_file_that_does_not_exist_is_a_404(client, programme, url):
    assert client.get(url).status_code == 404


def test_the_cached_feed_changes_as_soon_as_an_event_is_published(client, programme):
    from news.models import EventPage

    _, cal = calendar(client, "/en/events/calendar.ics")
    assert "Closing meeting in Seoul" in [event["SUMMARY"] for event in cal.events]
    page = EventPage.objects.get(pk=programme.closing.pk)
    page.title = "Closing meeting of the Seoul pairs"
    with time_machine.travel("2026-11-20T13:00:00Z", tick=False):
        page.save_revision().publish()
    _, cal = calendar(client, "/en/events/calendar.ics")
    assert "Closing meeting of the Seoul pairs" in [event["SUMMARY"] for event in cal.events]
    page.unpublish()
    _, cal = calendar(client, "/en/events/calendar.ics")
    assert len(cal.events) == 4
