"""The programme calendar of the demo: working meetings, follow-ups, closings and examples.

A mixin of :class:`home.demo.loader.DemoLoader` (it uses the loader's pages, catalogue and
``ensure``); the schedule itself is data in :mod:`home.demo.content.events`.
"""

import datetime as dt
import uuid

from . import building as b
from .content import T
from .content import events as ev
from .content.cities_eu import EU_CITIES
from .content.countries import COUNTRY_NAMES
from .content.pairs import PAIRS

ADDRESS = T(
    "{city}, {country}", ko="{country} {city}", vi="{city}, {country}", id="{city}, {country}"
)
EVENT_KINDS = {
    "working_meeting": "working-meeting",
    "follow_up_meeting": "follow-up",
    "closing_meeting": "closing",
    "conference": "conference",
    "webinar": "webinar",
    "selection": "selection",
}


class CalendarMixin:
    def country_name(self, iso):
        return T(self.countries[iso].name, **COUNTRY_NAMES.get(iso, {}))

    def agenda(self, days):
        """StreamField data for ``[(date, day title T or None, [(start, end, title T), …]), …]``."""
        blocks = []
        for date, title, sessions in days:
            blocks.append(
                {
                    "type": "day",
                    "value": {
                        "date": date.isoformat(),
                        "title": self.text(title) if title else "",
                        # ListBlock items in Wagtail's current format, each with its own id:
                        # wagtail-localize finds the items' text segments by those ids.
                        "sessions": [
                            {
                                "type": "item",
                                "id": str(uuid.uuid4()),
                                "value": {
                                    "start": f"{start}:00",
                                    "end": f"{end}:00",
                                    "title": self.text(session_title),
                                    "speakers": [],
                                    "description": "",
                                },
                            }
                            for start, end, session_title in sessions
                        ],
                    },
                }
            )
        return blocks

    def add_event(self, parent, slug, *, kind, title, intro, host, zone, days, venue, pairs=(),
                  delegations=(), address=None):  # fmt: skip
        from news.models import EventPage

        first_day, last_day = days[0], days[-1]
        relations = {"host_city": self.pages.get(host)}
        if pairs:
            relations["pairs"] = [self.pages[slug] for slug in pairs]
        if delegations:
            delegation = EventPage._meta.get_field("delegations").related_model
            relations["delegations"] = [
                delegation(city=self.pages[city], delegates=count) for city, count in delegations
            ]
        return self.ensure(
            slug,
            parent,
            EventPage,
            slug,
            title=title,
            intro=intro,
            event_type=EVENT_KINDS[kind],
            start=b.aware(first_day[0], first_day[2][0][0], zone),
            end=b.aware(last_day[0], last_day[2][-1][1], zone),
            time_zone=zone,
            venue=venue,
            address=address or "",
            agenda=self.agenda(days),
            **relations,
        )

    def build_events(self):
        parent = self.pages["events"]
        pairs_by_slug = {pair.slug: pair for pair in PAIRS}
        total = len(ev.COUNTRIES) * 2 + len(ev.FOLLOW_UP_DATES) + len(ev.EXAMPLES)
        self.progress.phase("Events", total)
        for iso, (host, zone, start, closing_start, pair_slugs) in ev.COUNTRIES.items():
            country = self.country_name(iso)
            host_title = self.city_title(host)
            partner_cities = [pairs_by_slug[s].partner for s in pair_slugs]
            eu_cities = [pairs_by_slug[s].eu for s in pair_slugs]
            days = [
                (start, None, [
                    ("09:00", "09:30", ev.WELCOME),
                    ("09:30", "12:30", ev.PAIRS_PRESENT_GOALS),
                    ("14:00", "17:30", b.fill(ev.FIELD_VISIT, city=host_title)),
                ]),
            ]  # fmt: skip
            for offset, city in enumerate(c for c in partner_cities if c != host):
                title = self.city_title(city)
                days.append(
                    (start + dt.timedelta(days=offset + 1), None, [
                        ("09:00", "12:00", b.fill(ev.FIELD_VISIT, city=title)),
                        ("13:30", "16:30", b.fill(ev.MEET_PARTNERS, city=title)),
                    ])
                )  # fmt: skip
            days.append(
                (days[-1][0] + dt.timedelta(days=1), None, [
                    ("09:30", "12:00", ev.FIRST_IDEAS),
                ])
            )  # fmt: skip
            self.add_event(
                parent,
                f"working-meeting-{iso.lower()}-{start.year}",
                kind="working_meeting",
                title=b.fill(ev.WORKING_TITLE, country=country),
                intro=b.fill(ev.WORKING_INTRO, country=country),
                host=host,
                zone=zone,
                days=days,
                venue=ev.CITY_HALL,
                address=b.fill(ADDRESS, city=host_title, country=country),
                pairs=pair_slugs,
                delegations=[(city, ev.EU_DELEGATES) for city in eu_cities],
            )
            self.progress.advance()
            closing_host = ev.CLOSING_HOSTS[iso]
            closing_title = self.city_title(closing_host)
            self.add_event(
                parent,
                f"closing-meeting-{iso.lower()}-{closing_start.year}",
                kind="closing_meeting",
                title=b.fill(ev.CLOSING_TITLE, country=country),
                intro=b.fill(ev.CLOSING_INTRO, country=country),
                host=closing_host,
                zone=zone,
                days=[
                    (
                        closing_start,
                        None,
                        [
                            ("09:00", "09:30", ev.WELCOME),
                            ("09:30", "12:30", ev.RESULTS),
                            ("14:00", "17:00", b.fill(ev.FIELD_VISIT, city=closing_title)),
                        ],
                    ),
                    (
                        closing_start + dt.timedelta(days=1),
                        None,
                        [
                            ("09:30", "12:00", ev.LESSONS),
                            ("12:00", "12:30", ev.CLOSING),
                        ],
                    ),
                ],  # fmt: skip
                venue=ev.CITY_HALL,
                address=b.fill(ADDRESS, city=closing_title, country=country),
                pairs=pair_slugs,
                delegations=[(city, ev.EU_DELEGATES) for city in eu_cities],
            )
            self.progress.advance()
        for pair_slug, start in ev.FOLLOW_UP_DATES.items():
            pair = pairs_by_slug[pair_slug]
            eu_title, partner_title = self.city_title(pair.eu), self.city_title(pair.partner)
            eu_city = next(city for city in EU_CITIES if city.slug == pair.eu)
            self.add_event(
                parent,
                f"follow-up-meeting-{pair.eu}-{start.year}",
                kind="follow_up_meeting",
                title=b.fill(ev.FOLLOW_UP_TITLE, city=eu_title),
                intro=b.fill(ev.FOLLOW_UP_INTRO, partner=partner_title, city=eu_title),
                host=pair.eu,
                zone=ev.EU_TIMEZONES[pair.eu],
                days=[
                    (
                        start,
                        None,
                        [
                            ("09:30", "10:00", b.fill(ev.WELCOME_BY, city=eu_title)),
                            ("10:00", "12:30", ev.PLAN_SESSION),
                            ("14:00", "17:00", b.fill(ev.FIELD_VISIT, city=eu_title)),
                        ],
                    ),
                    (
                        start + dt.timedelta(days=1),
                        None,
                        [
                            ("09:30", "12:00", b.fill(ev.MEET_PARTNERS, city=eu_title)),
                            ("13:30", "15:00", ev.NEXT_STEPS),
                        ],
                    ),
                ],  # fmt: skip
                venue=ev.CITY_HALL,
                address=b.fill(ADDRESS, city=eu_title, country=self.country_name(eu_city.country)),
                pairs=(pair_slug,),
                delegations=[(pair.partner, ev.PARTNER_DELEGATES)],
            )
            self.progress.advance()
        for example in ev.EXAMPLES:
            start = self.today + dt.timedelta(days=example["in_days"])
            sessions = list(example["sessions"])
            days = [(start, None, sessions)]
            if example["length"] > 1:
                days.append((start + dt.timedelta(days=1), None, sessions[1:]))
            self.add_event(
                parent,
                example["slug"],
                kind=example["kind"],
                title=example["title"],
                intro=ev.EXAMPLE_NOTE,
                host=example["host"],
                zone=example["timezone"],
                days=days,
                venue=ev.ONLINE if example["kind"] == "webinar" else ev.CITY_HALL,
            )
            self.progress.advance()
        self.progress.finish()
