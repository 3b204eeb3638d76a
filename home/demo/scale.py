"""``load_demo --scale N``: synthetic content for benchmarks and growth tests.

N synthetic cities (half in the EU, half in partner countries), N/2 pairs, N/2 good
practices, N events and N news items: about 4N English pages, each synchronised into all 26
other language trees as aliases, like real content. Everything is marked synthetic: titles
start with "Synthetic", slugs with "synthetic-", and every intro says so.

Speed (the working size is N=200: some 800 English pages and 20,800 aliases):
- English pages go live without a revision (a benchmark needs no history), in one
  transaction per batch of pages, so SQLite does not sync the disk page by page;
- the search and reference indexes are rebuilt once at the end instead of on every save;
- aliases are made per batch with Wagtail's own copying code (``home.demo.aliases``), which
  reserves the tree positions of a batch at once, and indexed for search in one bulk call.
Numbering continues from the synthetic content already there, so each run adds N more.
"""

import datetime as dt
import random
import time
import uuid
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from home.models import HomePage

from . import building as b
from .aliases import create_aliases
from .progress import Progress

BATCH = 10  # English pages per transaction
PREFIX = "Synthetic"
NOTE = "Synthetic content generated for benchmarks by load_demo --scale; not a real {what}."
EVENT_TYPES = ("working-meeting", "field-visit", "follow-up", "closing", "conference", "webinar")


def _index(model, home):
    page = model.objects.child_of(home).first()
    if page is None:
        raise RuntimeError(f"No {model._meta.verbose_name}: run load_demo first.")
    return page


def generate(n, seed=2017, stdout=None, progress=True):
    from cities.models import (
        CaseStudyCity,
        CaseStudyIndexPage,
        CaseStudyPage,
        CityIndexPage,
        CityPage,
        Country,
        PairIndexPage,
        PairPage,
        Theme,
    )
    from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

    started = time.perf_counter()
    bar = Progress(stdout, enabled=progress)
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english, depth=2)
    indexes = {
        "cities": _index(CityIndexPage, home),
        "pairs": _index(PairIndexPage, home),
        "cases": _index(CaseStudyIndexPage, home),
        "events": _index(EventIndexPage, home),
        "news": _index(NewsIndexPage, home),
    }
    offset = CityPage.objects.filter(locale=english, slug__startswith="synthetic-city-").count()
    rng = random.Random(f"{seed}:{offset}")  # noqa: S311 - synthetic data, not security
    themes = list(Theme.objects.filter(locale=english))
    countries = {
        region: list(Country.objects.filter(locale=english, region=region))
        for region in ("eu", "partner")
    }
    today = timezone.localdate()

    def pick_themes():
        return rng.sample(themes, k=min(len(themes), rng.randint(2, 3)))

    n_pairs = n // 2
    plan = [("cities", i) for i in range(n)]
    plan += [("pairs", i) for i in range(n_pairs)]
    plan += [("cases", i) for i in range(n_pairs)]
    plan += [("events", i) for i in range(n)]
    plan += [("news", i) for i in range(n)]
    cities, pairs = [], []
    made = {"cities": 0, "pairs": 0, "cases": 0, "events": 0, "news": 0}

    def build(kind, i):
        number = offset + i + 1
        if kind == "cities":
            region = "eu" if i % 2 == 0 else "partner"
            country = rng.choice(countries[region])
            page = CityPage(
                slug=f"synthetic-city-{number:05d}",
                title=f"{PREFIX} city {number:05d} ({country.iso_code})",
                kind="city",
                country=country,
                population=rng.randint(50_000, 5_000_000),
                latitude=Decimal(f"{rng.uniform(-60, 70):.5f}"),
                longitude=Decimal(f"{rng.uniform(-180, 180):.5f}"),
                intro=NOTE.format(what="city"),
                goals=b.paragraph("Synthetic goals: learn how other cities work."),
                offer=b.paragraph("Synthetic offer: share what this city does."),
            )
            page.themes = pick_themes()
            b.add_page(indexes["cities"], page, revision=False)
            cities.append(page)
            return page
        if kind == "pairs":
            eu, partner = cities[2 * i], cities[2 * i + 1]
            page = PairPage(
                slug=f"synthetic-pair-{number:05d}",
                title=f"{PREFIX} pair {number:05d}: {partner.title} – {eu.title}",
                eu_city=eu,
                partner_city=partner,
                cycle="2025-2026",
                status=rng.choice(["proposed", "active", "completed"]),
                summary=NOTE.format(what="pair"),
            )
            page.themes = pick_themes()
            b.add_page(indexes["pairs"], page, revision=False)
            pairs.append(page)
            return page
        if kind == "cases":
            pair = pairs[i]
            page = CaseStudyPage(
                slug=f"synthetic-good-practice-{number:05d}",
                title=f"{PREFIX} good practice {number:05d}",
                pair=pair,
                year=rng.randint(2017, today.year),
                involves_government=True,
                involves_research=rng.random() < 0.7,
                involves_business=rng.random() < 0.6,
                summary=NOTE.format(what="good practice"),
                challenge=b.paragraph("Synthetic challenge."),
                approach=b.paragraph("Synthetic approach."),
            )
            page.themes = pick_themes()
            page.city_links = [
                CaseStudyCity(city_id=pair.eu_city_id),
                CaseStudyCity(city_id=pair.partner_city_id),
            ]
            b.add_page(indexes["cases"], page, revision=False)
            return page
        if kind == "events":
            host = rng.choice(cities)
            day = today + dt.timedelta(days=rng.randint(-700, 300))
            zone = "UTC"
            page = EventPage(
                slug=f"synthetic-event-{number:05d}",
                title=f"{PREFIX} event {number:05d} in {host.title}",
                event_type=rng.choice(EVENT_TYPES),
                start=b.aware(day, "09:00", zone),
                end=b.aware(day + dt.timedelta(days=rng.randint(0, 2)), "17:00", zone),
                time_zone=zone,
                venue="Synthetic venue",
                intro=NOTE.format(what="event"),
            )
            b.set_fields(page, host_city=host)
            page.agenda = [
                {
                    "type": "day",
                    "value": {
                        "date": day.isoformat(),
                        "title": "",
                        "sessions": [
                            {"type": "item", "id": str(uuid.uuid4()), "value": {
                                "start": "09:00:00", "end": "12:00:00",
                                "title": "Synthetic session", "speakers": [], "description": ""}},
                        ],
                    },
                }
            ]  # fmt: skip
            b.add_page(indexes["events"], page, revision=False)
            return page
        page = NewsPage(
            slug=f"synthetic-news-{number:05d}",
            title=f"{PREFIX} news {number:05d}",
            date=today - dt.timedelta(days=rng.randint(0, 900)),
            intro=NOTE.format(what="news item"),
            body=[{"type": "paragraph", "value": b.paragraph("Synthetic body text.")}],
        )
        b.set_fields(page, related_cities=rng.sample(cities, k=min(2, len(cities))))
        b.add_page(indexes["news"], page, revision=False)
        return page

    new_pages, english_pages = [], []
    with b.deferred_indexing():
        bar.phase(f"{n} synthetic cities: pages and aliases", len(plan))
        for start in range(0, len(plan), BATCH):
            with transaction.atomic():
                batch = [build(kind, i) for kind, i in plan[start : start + BATCH]]
                english_pages += batch
                new_pages += batch + create_aliases(batch)
            for kind, _ in plan[start : start + BATCH]:
                made[kind] += 1
            bar.advance(len(batch))
        bar.finish()
        bar.phase("Search and reference indexes", 1)
        b.index_new_pages(english_pages, new_pages)
    try:  # cached maps and suggestions read the network: let them show the new cities
        from cities.partner_scores import bump_content_version
    except ImportError:
        pass
    else:
        bump_content_version()
    bar.finish()
    return {
        "cities": made["cities"],
        "pairs": made["pairs"],
        "case_studies": made["cases"],
        "events": made["events"],
        "news": made["news"],
        "english_pages": sum(made.values()),
        "pages": len(new_pages),
        "seconds": time.perf_counter() - started,
    }
