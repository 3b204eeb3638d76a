"""Issue 4: a city's page and a pair's page list the events they take part in.

The cities app leaves ``{% block related_events %}`` in its templates; the news app fills
it with ``{% related_events page %}``. Clock frozen on 20 November 2026.
"""

import pytest
import time_machine
from bs4 import BeautifulSoup

from tests.news.conftest import Programme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(Programme.NOW, tick=False):
        yield


def section(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select_one("section.related-events")


def items(node, heading):
    for h in node.select("h3"):
        if h.get_text(strip=True) == heading:
            return [a.get_text(strip=True) for a in h.find_next_sibling("ul").select("a")]
    return []


def test_a_city_lists_the_events_it_hosts_or_joins_upcoming_then_past(client, programme):
    events = section(client, "/en/cities/hamburg/")
    assert events.select_one("h2").get_text(strip=True) == "Events"
    # Hamburg hosts the follow-up meeting and sends a delegation to the Seoul meeting.
    assert items(events, "Upcoming events") == [
        "Working meeting in Seoul",
        "Follow-up meeting in Hamburg",
    ]
    assert items(events, "Past events") == []


def test_the_host_city_lists_past_events_latest_first(client, programme):
    events = section(client, "/en/cities/seoul/")
    assert items(events, "Upcoming events") == ["Working meeting in Seoul"]
    assert items(events, "Past events") == ["Closing meeting in Seoul"]
    assert "KST (Asia/Seoul)" in events.get_text()


def test_a_pair_lists_its_events(client, programme):
    events = section(client, "/en/pairs/hamburg-and-seoul/")
    assert items(events, "Upcoming events") == ["Working meeting in Seoul"]


def test_the_city_events_in_korean(client, programme):
    events = section(client, "/ko/cities/seoul/")
    assert events["lang"] == "ko"
    assert events.select_one("h2").get_text(strip=True) == "행사"
    assert items(events, "예정된 행사") == ["Working meeting in Seoul"]
    link = events.select_one("a")
    assert link["href"] == "/ko/events/working-meeting-in-seoul/"
    assert link["lang"] == "en"  # the alias still shows the English title
    assert "2026년 11월 27일 금요일 09:00" in events.get_text(" ", strip=True)


def test_a_city_without_events_says_so(client, programme):
    from tests.news.conftest import make_city

    make_city(programme.city_index, "Lyon", "FR", "45.76400", "4.83570")
    events = section(client, "/en/cities/lyon/")
    assert "No events yet." in events.get_text()
