"""Reading the search index: what a visitor's words find, in one language.

``parse`` turns what was typed into search terms: folded words (``search.text``), never
query syntax, so quotes, ``&``, ``|``, ``!``, ``:*``, backslashes or ``%`` cannot reach
PostgreSQL's tsquery parser or a LIKE pattern as operators. ``PageSearch`` answers with
querysets whose number of SQL queries does not depend on how many pages match.

Every term must match (AND), anywhere in the page; a term of three letters or more also
matches words that start with it. How a term matches depends on the database:

- PostgreSQL: the weighted tsvector of each row (A title, B intro, C body) against a tsquery
  built in the configuration of the visitor's language and in that of the source language
  (aliases are English text), ranked by ``ts_rank``; words of space-less scripts (Korean)
  also match as substrings of the compact text, which a trigram index serves.
- SQLite: word prefixes in the folded title and text, substrings of the compact text for
  Korean; a title match counts three times a match in the text.
"""

from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import Case, Count, F, FloatField, Q, TextField, Value, When
from django.db.models.functions import Concat, Replace

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.search.utils import normalise_query_string

from . import text
from .index import uses_postgres
from .languages import configuration_for
from .models import PageIndexEntry
from .page_types import keys_for_slug, page_type

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
# Where ts_headline marks a matched word: control characters never stored in the index.
MARK_START, MARK_END = "\x01", "\x02"


@dataclass(frozen=True)
class Term:
    word: str  # folded: lower case, no accents
    prefix: bool  # also matches longer words starting with it
    spaceless: bool  # a word of a script written without spaces between compounds

    @property
    def tsquery(self):
        # ``word`` holds letters and digits only (text.WORD): nothing in it is tsquery syntax.
        return f"'{self.word}'{':*' if self.prefix else ''}"


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    terms: tuple
    dropped: int = 0  # words beyond MAX_TERMS, left out

    def __bool__(self):
        return bool(self.terms)


def parse(query_text):
    cleaned = text.clean(query_text)
    found = list(dict.fromkeys(text.words(cleaned)))
    # A lone letter (the l of l'Europe) says nothing when there are real words around it.
    meaningful = [w for w in found if len(w) > 1 or text.is_spaceless(w)]
    found = meaningful or found
    terms = tuple(
        Term(
            word=word,
            prefix=len(word) >= 3 or text.is_spaceless(word),
            spaceless=text.is_spaceless(word),
        )
        for word in found[:MAX_TERMS]
    )
    return ParsedQuery(text=cleaned, terms=terms, dropped=max(0, len(found) - MAX_TERMS))


def _word_in(field, term):
    pattern = f" {term.word}" if term.prefix else f" {term.word} "
    return Q(**{f"{field}__contains": pattern})


def _in_title(term):
    if term.spaceless:
        return Q(title_compact__contains=term.word)
    return _word_in("folded_title", term)


def _hits(conditions):
    return reduce(
        lambda total, condition: (
            total
            + Case(When(condition, then=Value(1.0)), default=Value(0.0), output_field=FloatField())
        ),
        conditions,
        Value(0.0, output_field=FloatField()),
    )


class PageSearch:
    """A search of one locale's pages, optionally narrowed to a page type or a theme."""

    def __init__(self, query_text, locale, *, type_slug=None, theme_key=None):
        self.query = parse(query_text)
        self.locale = locale
        self.type_slug = type_slug
        self.theme_key = theme_key
        self.postgres = uses_postgres()
        self._restricted = None

    # Building blocks ------------------------------------------------------------------
    def _tsquery(self, terms, operator="&"):
        raw = f" {operator} ".join(term.tsquery for term in terms)
        configs = dict.fromkeys(
            [
                configuration_for(self.locale.language_code),
                configuration_for(settings.LANGUAGE_CODE),
            ]
        )
        return reduce(or_, (SearchQuery(raw, search_type="raw", config=c) for c in configs))

    def _match(self):
        terms = self.query.terms
        if self.postgres:
            condition = Q(search_vector=self._tsquery(terms))
            spaceless = [term for term in terms if term.spaceless]
            if spaceless:
                substrings = Q(*[Q(compact__contains=term.word) for term in spaceless])
                others = [term for term in terms if not term.spaceless]
                if others:
                    substrings &= Q(search_vector=self._tsquery(others))
                condition |= substrings
            return condition
        return reduce(
            and_,
            (
                Q(compact__contains=term.word)
                if term.spaceless
                else _word_in("folded_title", term) | _word_in("folded_text", term)
                for term in terms
            ),
        )

    def _phrase(self):
        """The words as typed, next to each other: "ha noi" ranks "Hà Nội" above "Hà Lan …
        nổi"; None for a single word."""
        words = [term for term in self.query.terms if not term.spaceless]
        if len(words) < 2:
            return None
        if self.postgres:
            return Q(search_vector=self._tsquery(words, operator="<->"))
        last = words[-1]
        phrase = " ".join(term.word for term in words)
        pattern = f" {phrase}" if last.prefix else f" {phrase} "
        return Q(folded_title__contains=pattern) | Q(folded_text__contains=pattern)

    def _rank(self):
        title_hits = _hits([_in_title(term) for term in self.query.terms])
        phrase = self._phrase()
        phrase_hit = _hits([phrase]) if phrase is not None else Value(0.0)
        if self.postgres:
            vector_rank = SearchRank(
                F("search_vector"),
                self._tsquery(self.query.terms),
                weights=[0.1, 0.2, 0.4, 1.0],  # D, C, B, A
            )
            return vector_rank + 0.2 * title_hits + 0.5 * phrase_hit
        text_hits = _hits(
            [
                Q(compact__contains=term.word) if term.spaceless else _word_in("folded_text", term)
                for term in self.query.terms
            ]
        )
        return 3 * title_hits + text_hits + 2 * phrase_hit

    def restricted_paths(self):
        """Paths of pages behind a view restriction (one query, kept for the request)."""
        if self._restricted is None:
            self._restricted = list(
                PageViewRestriction.objects.values_list("page__path", flat=True)
            )
        return self._restricted

    def _public(self, queryset, path_field="page__path"):
        paths = self.restricted_paths()
        if paths:
            queryset = queryset.exclude(
                reduce(or_, (Q(**{f"{path_field}__startswith": path}) for path in paths))
            )
        return queryset

    def _base(self, *, with_type=True):
        queryset = PageIndexEntry.objects.filter(locale=self.locale, page__live=True)
        if with_type and self.type_slug:
            queryset = queryset.filter(page_type__in=keys_for_slug(self.type_slug))
        if self.theme_key:
            queryset = queryset.filter(themes__theme_key=self.theme_key)
        if self.query:
            queryset = queryset.annotate(
                title_compact=Replace(
                    F("folded_title"), Value(" "), Value(""), output_field=TextField()
                )
            ).filter(self._match())
        return self._public(queryset)

    # What the view asks ----------------------------------------------------------------
    @property
    def is_browsing(self):
        """No words but a filter: list the pages of a type or theme, newest first."""
        return not self.query and bool(self.type_slug or self.theme_key)

    def results(self, exclude_page_ids=()):
        queryset = self._base().select_related("page", "page__locale")
        if exclude_page_ids:
            queryset = queryset.exclude(page_id__in=exclude_page_ids)
        newest = F("date").desc(nulls_last=True)
        if not self.query:
            return queryset.order_by(newest, "title", "pk")
        queryset = queryset.annotate(rank=self._rank())
        if self.postgres:
            queryset = queryset.annotate(
                headline=SearchHeadline(
                    Concat("intro", Value(" "), "body", output_field=TextField()),
                    self._tsquery(self.query.terms),
                    config=F("ts_config"),
                    start_sel=MARK_START,
                    stop_sel=MARK_END,
                    max_words=30,
                    min_words=12,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                )
            )
        return queryset.order_by(F("rank").desc(), newest, "pk")

    def type_counts(self):
        """How many results each page type filter would give: {slug: count}."""
        counts = {}
        rows = self._base(with_type=False).values("page_type").annotate(n=Count("pk")).order_by()
        for row in rows:
            slug = page_type(row["page_type"]).slug
            counts[slug] = counts.get(slug, 0) + row["n"]
        return counts

    def promotions(self):
        """Pages editors pinned for this query, in this language (Wagtail's search promotions)."""
        if not self.query.text:
            return []
        promotions = SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(self.query.text),
            page__locale=self.locale,
            page__live=True,
        )
        return list(
            self._public(promotions)
            .select_related("page", "page__locale", "page__alias_of__locale")
            .order_by("sort_order", "pk")
        )
