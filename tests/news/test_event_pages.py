"""Issue 4: visitors read events in their language, at the venue's time, in the right order.

The calendar is built once for the module (``programme``) and the clock is frozen on
20 November 2026: the Seoul working meeting (27 November), the webinar (5 December) and
the Hamburg follow-up meeting (March 2027) are to come; the selection (June 2026) and the
Seoul closing meeting (February 2026) are past.
"""

import json

import pytest
import time_machine
from bs4 import BeautifulSoup

from news.models import EventPage
from tests.news.conftest import Programme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(Programme.NOW, tick=False):
        yield


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def text(node):
    return " ".join(node.get_text(" ", strip=True).split())


def fact(soup, label):
    """The text of the event fact (``<dd>``) after the ``<dt>`` with this label."""
    for term in soup.select(".event-facts dt"):
        if text(term) == label:
            return text(term.find_next_sibling("dd"))
    raise AssertionError(f"no fact {label!r}")


# Time zones -----------------------------------------------------------------------------


def test_an_event_in_seoul_shows_0900_and_names_the_zone(client, programme):
    soup = get(client, "/en/events/working-meeting-in-seoul/")
    assert fact(soup, "When") == "Friday, Nov. 27, 2026, 09:00 – 17:30 KST (Asia/Seoul)"
    start, end = soup.select(".event-facts time")
    assert start["datetime"] == "2026-11-27T09:00:00+09:00"
    assert end["datetime"] == "2026-11-27T17:30:00+09:00"


def test_the_servers_time_zone_does_not_move_the_event(client, programme, settings):
    settings.TIME_ZONE = "America/New_York"
    soup = get(client, "/en/events/working-meeting-in-seoul/")
    assert fact(soup, "When") == "Friday, Nov. 27, 2026, 09:00 – 17:30 KST (Asia/Seoul)"


def test_an_event_over_two_days_shows_both_dates_in_its_own_zone(client, programme):
    soup = get(client, "/en/events/follow-up-meeting-in-hamburg/")
    assert fact(soup, "When") == (
        "Wednesday, March 10, 2027, 10:00 – Thursday, March 11, 2027, 15:00 CET (Europe/Berlin)"
    )


def test_the_agenda_says_its_times_are_the_venues(client, programme):
    soup = get(client, "/en/events/working-meeting-in-seoul/")
    agenda = soup.select_one("section.agenda")
    assert "All times are local times at the venue: KST (Asia/Seoul)." in text(agenda)
    days = [text(h) for h in agenda.select(".agenda-day h3")]
    assert days == ["Friday, Nov. 27, 2026", "Saturday, Nov. 28, 2026"]
    first = agenda.select(".agenda-session")[0]
    assert text(first.select_one(".agenda-session__time")) == "09:00 – 10:30"
    assert text(first.select_one(".agenda-session__title")) == "Opening"
    assert "Kim Min-jun, Deputy Mayor" in text(first)


# Languages ------------------------------------------------------------------------------


def test_the_event_in_korean_has_korean_dates_labels_and_links(client, programme):
    soup = get(client, "/ko/events/working-meeting-in-seoul/")
    assert soup.html["lang"] == "ko"
    assert fact(soup, "일시") == "2026년 11월 27일 금요일 09:00 – 17:30 KST (Asia/Seoul)"
    assert text(soup.select_one(".event .badge")) == "실무 회의"
    assert [text(h) for h in soup.select(".agenda-day h3")] == [
        "2026년 11월 27일 금요일",
        "2026년 11월 28일 토요일",
    ]
    # The alias shows English text: its region says so, the chrome stays Korean.
    assert soup.select_one("div.content")["lang"] == "en"
    assert soup.select_one(".event-facts dt")["lang"] == "ko"
    # Related pages link to their Korean versions.
    links = {a["href"] for a in soup.select(".event a[href]")}
    assert {"/ko/cities/seoul/", "/ko/cities/hamburg/", "/ko/pairs/hamburg-and-seoul/"} <= links
    assert "/ko/events/working-meeting-in-seoul/event.ics" in links


def test_the_event_in_vietnamese(client, programme):
    soup = get(client, "/vi/events/working-meeting-in-seoul/")
    assert soup.html["lang"] == "vi"
    assert fact(soup, "Thời gian") == (
        "Thứ 6, Ngày 27 tháng 11 năm 2026, lúc 09:00 – 17:30 KST (Asia/Seoul)"
    )
    assert text(soup.select_one(".event .badge")) == "Cuộc họp làm việc"
    assert text(soup.select_one("#event-agenda-heading")) == "Chương trình"


def test_delegations_show_each_city_and_the_total(client, programme):
    soup = get(client, "/en/events/working-meeting-in-seoul/")
    rows = [[text(cell) for cell in row.select("th, td")] for row in soup.select(".delegations tr")]
    # Hamburg took the programme's usual five; Seoul's two were given.
    assert rows == [["City", "Delegates"], ["Hamburg", "5"], ["Seoul", "2"], ["Total", "7"]]


def test_a_past_event_says_it_has_taken_place(client, programme):
    soup = get(client, "/en/events/closing-meeting-in-seoul/")
    assert "This event has taken place." in text(soup.select_one(".event"))
    soup = get(client, "/en/events/working-meeting-in-seoul/")
    assert "This event has taken place." not in text(soup.select_one(".event"))


# Structured data ------------------------------------------------------------------------


def json_ld(soup):
    return json.loads(soup.select_one('script[type="application/ld+json"]').string)


def test_the_event_carries_schema_org_json_ld(client, programme):
    data = json_ld(get(client, "/en/events/working-meeting-in-seoul/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Working meeting in Seoul"
    assert data["startDate"] == "2026-11-27T09:00:00+09:00"
    assert data["endDate"] == "2026-11-27T17:30:00+09:00"
    assert data["inLanguage"] == "en"
    assert data["url"] == "http://localhost/en/events/working-meeting-in-seoul/"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Seoul City Hall",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "110 Sejong-daero, Jung-gu",
            "addressLocality": "Seoul",
            "addressCountry": "KR",
        },
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "World Cities",
        "url": "http://localhost/en/",
    }


def test_an_online_event_has_a_virtual_location(client, programme):
    data = json_ld(get(client, "/en/events/webinar-on-energy-efficiency/"))
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://meet.example.org/energy",
    }
    assert data["startDate"] == "2026-12-05T09:00:00+01:00"


def test_json_ld_in_korean_says_the_text_is_english_until_translated(client, programme):
    data = json_ld(get(client, "/ko/events/working-meeting-in-seoul/"))
    assert data["inLanguage"] == "en"
    assert data["url"] == "http://localhost/ko/events/working-meeting-in-seoul/"


def test_a_title_cannot_break_out_of_the_json_ld_script(client, programme):
    page = EventPage.objects.get(pk=programme.webinar.pk)
    page.title = 'Energy </script><script>alert("x")</script> & more'
    page.save()
    response = client.get("/en/events/webinar-on-energy-efficiency/")
    html = response.content.decode()
    assert '</script><script>alert("x")' not in html
    soup = BeautifulSoup(html, "html.parser")
    assert json_ld(soup)["name"] == page.title


# The index --------------------------------------------------------------------------------


def titles(soup):
    return [text(h) for h in soup.select(".event-list .event-card__title")]


def test_upcoming_events_come_first_soonest_first_then_past_events_latest_first(client, programme):
    soup = get(client, "/en/events/")
    assert [text(h) for h in soup.select(".event-list h3")] == ["Upcoming events", "Past events"]
    assert titles(soup) == [
        "Working meeting in Seoul",
        "Webinar on energy efficiency",
        "Follow-up meeting in Hamburg",
        "Selection of the 2026 cities",
        "Closing meeting in Seoul",
    ]
    assert text(soup.select_one(".event-list [role=status]")) == "5 events"


def test_an_event_under_way_still_counts_as_upcoming(client, programme):
    with time_machine.travel("2026-11-27T05:00:00Z", tick=False):  # 14:00 in Seoul
        soup = get(client, "/en/events/")
    upcoming = soup.select(".event-list ul")[0]
    assert "Working meeting in Seoul" in text(upcoming)
    with time_machine.travel("2026-11-27T09:00:00Z", tick=False):  # 18:00 in Seoul
        soup = get(client, "/en/events/")
    assert titles(soup)[:2] == ["Webinar on energy efficiency", "Follow-up meeting in Hamburg"]
    assert titles(soup)[2] == "Working meeting in Seoul"  # now the latest past event


def test_cards_show_the_time_and_place_in_the_visitors_language(client, programme):
    soup = get(client, "/ko/events/")
    card = soup.select(".event-card")[0]
    assert text(card.select_one(".badge")) == "실무 회의"
    assert "2026년 11월 27일 금요일 09:00 – 17:30 KST (Asia/Seoul)" in text(card)
    assert text(card.select_one(".event-card__title"))
    assert card.select_one(".event-card__title")["lang"] == "en"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=follow-up", ["Follow-up meeting in Hamburg"]),
        ("type=WEBINAR", ["Webinar on energy efficiency"]),
        ("country=KR", ["Working meeting in Seoul", "Closing meeting in Seoul"]),
        ("country=de", ["Follow-up meeting in Hamburg"]),
        ("year=2027", ["Follow-up meeting in Hamburg"]),
        ("year=2026&country=KR", ["Working meeting in Seoul", "Closing meeting in Seoul"]),
        ("type=closing&year=2027", []),
    ],
)
def test_filters_by_type_country_and_year(client, programme, query, expected):
    soup = get(client, f"/en/events/?{query}")
    assert titles(soup) == expected
    assert soup.select_one(".timeline") is None  # the overview is for the unfiltered list
    if not expected:
        assert "No events match these filters." in text(soup.select_one(".event-list"))


def test_the_year_filter_uses_the_year_at_the_venue(client, programme):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from news.factories import EventPageFactory

    # 00:30 on 1 January in Seoul is still 31 December in UTC; 18:00 on 31 December in
    # Los Angeles is already 1 January in UTC. Visitors read the venue's date on each.
    EventPageFactory(
        parent=programme.index,
        title="New Year in Seoul",
        host_city=programme.seoul,
        time_zone="",
        start=datetime(2027, 1, 1, 0, 30, tzinfo=ZoneInfo("Asia/Seoul")),
        end=datetime(2027, 1, 1, 2, 0, tzinfo=ZoneInfo("Asia/Seoul")),
    )
    EventPageFactory(
        parent=programme.index,
        title="Year-end webinar from Los Angeles",
        event_type="webinar",
        zone="America/Los_Angeles",
        start=datetime(2026, 12, 31, 18, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
        end=datetime(2026, 12, 31, 19, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
    )
    in_2027 = get(client, "/en/events/?year=2027")
    assert titles(in_2027) == ["New Year in Seoul", "Follow-up meeting in Hamburg"]
    assert "Jan. 1, 2027" in text(in_2027.select(".event-card")[0])
    in_2026 = titles(get(client, "/en/events/?year=2026"))
    assert "Year-end webinar from Los Angeles" in in_2026
    assert "New Year in Seoul" not in in_2026
    years = [o["value"] for o in get(client, "/en/events/").select("#events-year option")]
    assert years == ["", "2027", "2026"]


def test_filter_menus_offer_what_exists_in_the_visitors_language(client, programme):
    soup = get(client, "/ko/events/?country=KR")
    countries = [(o["value"], text(o)) for o in soup.select("#events-country option")]
    assert [value for value, _ in countries] == ["", "DE", "KR"]
    assert soup.select_one('#events-country option[value="KR"]').has_attr("selected")
    years = [o["value"] for o in soup.select("#events-year option")]
    assert years == ["", "2027", "2026"]
    types = [text(o) for o in soup.select("#events-type option")]
    assert types[:3] == ["모든 유형", "도시 선정", "실무 회의"]


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("year=abc", "Year: abc"),
        ("year=99999999999999999999", "Year: 99999999999999999999"),
        ("year=" + "9" * 60, "Year: " + "9" * 40 + "…"),
        ("year=1999", "Year: 1999"),
        ("type=nope", "Type: nope"),
        ("type=<script>alert(1)</script>", "Type: <script>alert(1)</script>"),
        ("country=XX", "Country: XX"),
        ("country=%00", "Country: ?"),
        ("type=&year=&country=", None),
        ("page=1", None),
    ],
)
def test_bad_filter_values_never_fail_and_are_named_when_ignored(client, programme, query, ignored):
    response = client.get(f"/en/events/?{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(titles(soup)) == 5  # nothing was filtered away
    notice = soup.select_one(".notice[role=status]")
    if ignored is None:
        assert notice is None
    else:
        assert "These filters were not recognised, so they were ignored:" in text(notice)
        assert ignored in text(notice)
    assert b"<script>alert(1)" not in response.content


@pytest.mark.parametrize("page", ["0", "000", "-1", "abc", "1e3", "1.0", "²", "１", "%00"])
def test_a_page_number_that_cannot_exist_is_a_404(client, programme, page):
    assert client.get(f"/en/events/?page={page}").status_code == 404
    assert client.get(f"/ko/events/?type=webinar&page={page}").status_code == 404


@pytest.mark.parametrize(
    ("page", "shown"), [("2", "2"), ("99999", "99999"), ("9" * 5000, "9" * 12 + "…")]
)
def test_a_page_past_the_end_shows_the_last_page_and_says_so(client, programme, page, shown):
    response = client.get(f"/en/events/?page={page}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(titles(soup)) == 5
    notice = f"There is no page {shown}, so the last page is shown."
    assert notice in [text(p) for p in soup.select(".notice[role=status]")]
    korean = get(client, f"/ko/events/?page={page}")
    assert f"{shown} 페이지가 없어서 마지막 페이지를 보여 드립니다." in text(korean)


def test_the_timeline_shows_the_programmes_phases_with_their_events(client, programme):
    soup = get(client, "/en/events/")
    phases = soup.select(".timeline__phase")
    assert [text(p.select_one("h3")) for p in phases] == [
        "Selection of cities",
        "Working meetings in the partner countries",
        "Follow-up meetings in Europe",
        "Closing meetings",
    ]
    events = [[text(a) for a in phase.select("a")] for phase in phases]
    assert events == [
        ["Selection of the 2026 cities"],
        ["Working meeting in Seoul"],
        ["Follow-up meeting in Hamburg"],
        ["Closing meeting in Seoul"],
    ]
    # Webinars and conferences belong to no phase.
    assert "Webinar" not in text(soup.select_one(".timeline"))


def test_the_timeline_in_korean(client, programme):
    soup = get(client, "/ko/events/")
    phases = [text(h) for h in soup.select(".timeline__phase h3")]
    assert phases == [
        "도시 선정",
        "파트너 국가에서 열리는 실무 회의",
        "유럽에서 열리는 후속 회의",
        "종료 회의",
    ]
    seoul = soup.select(".timeline__phase")[1]
    assert "2026년 11월 27일" in text(seoul)
    assert seoul.select_one("a")["href"] == "/ko/events/working-meeting-in-seoul/"


def test_the_index_links_its_calendar_feed(client, programme):
    soup = get(client, "/vi/events/")
    link = soup.select_one('link[rel=alternate][type="text/calendar"]')
    assert link["href"] == "/vi/events/calendar.ics"
    assert soup.select_one(".calendar-subscribe a")["href"] == "/vi/events/calendar.ics"


def test_a_private_event_is_listed_nowhere(client, programme):
    from wagtail.models import PageViewRestriction

    from news.related_events import events_for

    PageViewRestriction.objects.create(
        page=programme.webinar, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert "Webinar on energy efficiency" not in titles(get(client, "/en/events/"))
    assert b"Webinar" not in client.get("/en/events/calendar.ics").content
    assert client.get("/en/events/webinar-on-energy-efficiency/event.ics").status_code == 200
    assert (
        b"BEGIN:VEVENT"
        not in client.get("/en/events/webinar-on-energy-efficiency/event.ics").content
    )  # the password form, not the event
    PageViewRestriction.objects.create(
        page=programme.seoul_meeting, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    events = events_for(programme.seoul)
    assert [e.title for e in events["upcoming"] + events["past"]] == ["Closing meeting in Seoul"]
