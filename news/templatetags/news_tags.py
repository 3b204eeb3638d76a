"""Template tags of the news app, some of them for other apps' templates.

- ``{% news_feed_links %}`` (base.html): the RSS and Atom ``<link rel="alternate">`` of
  the news index in the current language. One query per request, none when memoised.
- ``{% related_events page %}`` (city and pair pages): the events the city or pair takes
  part in, upcoming then past, as a section with an ``h2``. One query.
- ``{% events_for page as events %}``: the same data, ``{"upcoming": [...], "past": [...]}``.
- ``{% json_ld data %}``: a ``<script type="application/ld+json">``, escaped.
"""

from django import template
from django.utils.translation import get_language

from news import structured_data
from news.related_events import events_for as find_events_for

register = template.Library()


def news_index_for_request(request):
    """The live news index of the current language (one query, memoised on the request)."""
    from news.models import NewsIndexPage

    language = get_language()
    cache = request.__dict__.setdefault("_news_index_by_language", {})
    if language not in cache:
        # Not .public(): that costs a second query, and a private index's feeds refuse
        # visitors anyway (Wagtail checks view restrictions on every route of the page).
        cache[language] = (
            NewsIndexPage.objects.live()
            .filter(locale__language_code=language)
            .order_by("path")
            .first()
        )
    return cache[language]


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context):
    request = context.get("request")
    index = news_index_for_request(request) if request is not None else None
    if index is None:
        return {"feeds": []}
    return {
        "feeds": [
            {"type": "application/rss+xml", "url": index.file_url("rss", request), "kind": "RSS"},
            {
                "type": "application/atom+xml",
                "url": index.file_url("atom", request),
                "kind": "Atom",
            },
        ],
        "index": index,
    }


@register.simple_tag
def json_ld(data):
    if not data:
        return ""
    return structured_data.script_tag(data)


@register.simple_tag
def events_for(page):
    return find_events_for(page)


@register.inclusion_tag("news/includes/related_events.html", takes_context=True)
def related_events(context, page, heading_level=2):
    return {
        "events": find_events_for(page),
        "heading": f"h{heading_level}",
        "subheading": f"h{heading_level + 1}",
        "request": context.get("request"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
