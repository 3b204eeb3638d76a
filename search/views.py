"""The search page: /<language>/search/?q=…&type=…&theme=…&page=…"""

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, Paginator
from django.shortcuts import render
from django.utils.safestring import SafeString
from django.views.decorators.cache import never_cache

from wagtail.models import Locale

from . import highlight, text
from .forms import SearchForm
from .page_types import filter_choices, page_type
from .query import MAX_QUERY_LENGTH, MAX_TERMS, PageSearch
from .suggestions import city_index, theme_options

RESULTS_PER_PAGE = 10


@dataclass
class Result:
    url: str
    type_label: str
    title: SafeString
    excerpt: SafeString
    date: date | None
    lang: str | None  # set when the text is in another language than the page around it


def _results(entries, search, request):
    terms = search.query.terms
    language = search.locale.language_code
    results = []
    for entry in entries:
        headline = getattr(entry, "headline", None)
        excerpt = highlight.from_headline(headline) if headline else None
        if excerpt is None:
            excerpt = highlight.excerpt(f"{entry.intro} {entry.body}".strip(), terms)
        results.append(
            Result(
                url=entry.page.get_url(request),
                type_label=page_type(entry.page_type).label,
                title=highlight.highlight(entry.page.title, terms),
                excerpt=excerpt,
                date=entry.date,
                lang=entry.content_language if entry.content_language != language else None,
            )
        )
    return results


def _promoted(promotions, request, language):
    return [
        {
            "url": promotion.page.get_url(request),
            "title": promotion.page.title,
            "description": promotion.description,
            "lang": (
                promotion.page.alias_of.locale.language_code
                if promotion.page.alias_of_id
                and promotion.page.alias_of.locale.language_code != language
                else None
            ),
        }
        for promotion in promotions
    ]


@never_cache
def search(request):
    locale = Locale.get_active()
    themes = theme_options(locale)
    type_choices = filter_choices()
    form = SearchForm(
        request.GET,
        type_choices=type_choices,
        theme_choices=[(theme.slug, theme.name) for theme in themes],
    )
    form.is_valid()
    theme_slug = form.valid("theme")
    theme = next((option for option in themes if option.slug == theme_slug), None)
    type_slug = form.valid("type")
    page_search = PageSearch(
        form.valid("q") or "",
        locale,
        type_slug=type_slug,
        theme_key=theme.key if theme else None,
    )
    parsed = page_search.query
    # What the visitor typed goes back into the search box, within the box's limit.
    shown_query = text.clean(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]

    context = {
        "search_query": shown_query,
        "errors": list(dict.fromkeys(str(e) for field in form.errors.values() for e in field)),
        "dropped_words": parsed.dropped,
        "max_terms": MAX_TERMS,
        "no_words": bool(parsed.text) and not parsed,
        "theme": theme,
        "type_slug": type_slug,
        "themes": themes,
        "searched": bool(parsed) or page_search.is_browsing,
    }
    counts = {}
    if context["searched"]:
        promotions = page_search.promotions()
        paginator = Paginator(
            page_search.results(exclude_page_ids=[p.page_id for p in promotions]),
            RESULTS_PER_PAGE,
        )
        try:
            results_page = paginator.page(form.valid("page") or 1)
        except EmptyPage:
            results_page = paginator.page(paginator.num_pages)
        counts = page_search.type_counts()
        filters = {"q": parsed.text, "type": type_slug or "", "theme": theme.slug if theme else ""}
        context.update(
            promotions=(
                _promoted(promotions, request, locale.language_code)
                if results_page.number == 1
                else []
            ),
            results_page=results_page,
            results=_results(results_page, page_search, request),
            pagination_query=urlencode({k: v for k, v in filters.items() if v}),
        )
    if not context["searched"] or not context["results_page"].paginator.count:
        context["city_index"] = city_index(locale)
    context["type_options"] = [
        {
            "slug": slug,
            "label": label,
            "count": counts.get(slug, 0) if context["searched"] else None,
            "selected": slug == type_slug,
        }
        for slug, label in type_choices
        if not context["searched"] or counts.get(slug) or slug == type_slug
    ]
    return render(request, "search/search.html", context, status=400 if form.errors else 200)
