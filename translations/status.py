"""How far each language's translation has got: the queries behind the status board.

For every English source (live page or translatable snippet) and every other language, one of
three states:

- **up to date**: a real translation exists (not an alias), it was last published or synced
  after the English source last changed, and none of its strings is missing;
- **out of date**: a real translation exists, but the English source changed since the
  translation was last published or synced (its ``TranslationSource`` is newer than the last
  ``TranslationLog``), or some of its strings are still untranslated (the published page shows
  English there). A page translated by hand, with no wagtail-localize record, is out of date
  when the English page was published after it;
- **not translated**: the language has only an alias of the English page (or nothing).

A fixed number of queries whatever the number of pages and languages: the English pages, the
*translated* pages of the chosen languages (aliases are counted by subtraction, so a mostly
untranslated site stays cheap), the translation records, two per translatable snippet model,
and the aliases of one language when its items are listed. Comparisons of dates are made in
SQL and translation keys read as text, so that no row pays for Python-side conversions.
"""

from collections import Counter
from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils.text import capfirst

from wagtail.models import Page, get_page_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
)

from .groups import translatable_snippet_models
from .sections import SECTIONS_BY_KEY, SectionMap

UP_TO_DATE = "up-to-date"
OUT_OF_DATE = "out-of-date"
NOT_TRANSLATED = "not-translated"
STATES = (UP_TO_DATE, OUT_OF_DATE, NOT_TRANSLATED)
STATE_LABELS = {
    UP_TO_DATE: "Up to date",
    OUT_OF_DATE: "Out of date",
    NOT_TRANSLATED: "Not translated",
}
PAGE, SNIPPET = "page", "snippet"


def _key(field="translation_key"):
    """A translation key as text: the same on both sides of every comparison, and cheap."""
    return Cast(field, output_field=CharField())


@dataclass(frozen=True)
class Source:
    """One English page or snippet."""

    kind: str
    model: type
    pk: int
    key: str
    title: str
    section: str


@dataclass(frozen=True)
class Target:
    """The translated (not alias) page or snippet of one language."""

    pk: int
    english_newer: bool = False  # pages without a record: English published after it


@dataclass(frozen=True)
class Record:
    """A wagtail-localize Translation of an English source into one language."""

    translation_id: int
    stale: bool  # the source changed after the last publish or sync
    strings_missing: bool
    enabled: bool


def _state(target, record):
    """(state, reason) of one source in one language."""
    if target is None:
        return NOT_TRANSLATED, ""
    if record is not None:
        if record.stale:
            return OUT_OF_DATE, "English changed since the last publish"
        if record.enabled and record.strings_missing:
            return OUT_OF_DATE, "Some strings are not translated yet"
        return UP_TO_DATE, ""
    if target.english_newer:
        return OUT_OF_DATE, "English published since this translation"
    return UP_TO_DATE, ""


@dataclass(frozen=True)
class Status:
    source: Source
    locale_id: int
    state: str
    reason: str
    target_pk: int | None  # the translation, or the alias of an untranslated page

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def kind_label(self):
        return capfirst(self.source.model._meta.verbose_name)

    @property
    def section_label(self):
        return SECTIONS_BY_KEY[self.source.section].label

    def edit_url(self):
        """The translation editor (wagtail-localize takes over the edit view of translations)."""
        if self.target_pk is None:
            return None
        if self.source.kind == PAGE:
            return reverse("wagtailadmin_pages:edit", args=[self.target_pk])
        viewset = self.source.model.snippet_viewset
        return reverse(viewset.get_url_name("edit"), args=[quote(self.target_pk)])

    def submit_url(self, language_code):
        """wagtail-localize's "Translate" form for this source, with the language ticked."""
        if self.source.kind == PAGE:
            url = reverse("wagtail_localize:submit_page_translation", args=[self.source.pk])
        else:
            meta = self.source.model._meta
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(self.source.pk)],
            )
        return f"{url}?select_locale={language_code}"


class StatusBoard:
    """The state of every English source in the given languages, optionally in one section."""

    def __init__(self, source_locale, locales, section=None):
        self.source_locale = source_locale
        self.locales = list(locales)
        self.section = section
        self._data = None

    # Queries --------------------------------------------------------------------------
    def _english_pages(self):
        return Page.objects.filter(
            locale=self.source_locale, alias_of__isnull=True, depth__gte=2, live=True
        )

    def _section_map(self):
        content_types = ContentType.objects.get_for_models(*get_page_models())
        return SectionMap({ct.pk: model for model, ct in content_types.items()})

    def _page_sources(self, section_map):
        rows = list(
            self._english_pages()
            .order_by("path")
            .values("pk", "content_type_id", "path", "title", key=_key())
        )
        sections = section_map.page_sections(rows)
        models = section_map.content_type_models
        return [
            Source(
                kind=PAGE,
                model=models.get(row["content_type_id"], Page),
                pk=row["pk"],
                key=row["key"],
                title=row["title"],
                section=sections[row["path"]],
            )
            for row in rows
        ]

    def _page_translations(self):
        """{(key, locale id): Target} for the translated pages of the chosen languages."""
        english_newer = Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale=self.source_locale,
            last_published_at__gt=OuterRef("last_published_at"),
        )
        rows = (
            Page.objects.filter(
                translation_key__in=Subquery(self._english_pages().values("translation_key")),
                locale__in=self.locales,
                alias_of__isnull=True,
            )
            .annotate(key=_key(), english_newer=Exists(english_newer))
            .values_list("key", "locale_id", "pk", "english_newer")
        )
        return {(key, locale_id): Target(pk, newer) for key, locale_id, pk, newer in rows}

    def _snippets(self, section_map):
        sources, targets = [], {}
        for model in translatable_snippet_models():
            section = section_map.snippet_section(model)
            if self.section is not None and section != self.section:
                continue
            english = model.objects.filter(locale=self.source_locale)
            for instance in english.annotate(key=_key()).order_by("pk"):
                sources.append(
                    Source(SNIPPET, model, instance.pk, instance.key, str(instance), section)
                )
            rows = (
                model.objects.filter(
                    translation_key__in=Subquery(english.values("translation_key")),
                    locale__in=self.locales,
                )
                .annotate(key=_key())
                .values_list("key", "locale_id", "pk")
            )
            for key, locale_id, pk in rows:
                targets[(key, locale_id)] = Target(pk)
        return sources, targets

    def _records(self):
        last_log = (
            TranslationLog.objects.filter(
                source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
            )
            .order_by("-created_at")
            .values("created_at")[:1]
        )
        translated = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=OuterRef(OuterRef("target_locale_id")),
            has_error=False,
        )
        missing = StringSegment.objects.filter(source_id=OuterRef("source_id")).exclude(
            Exists(translated)
        )
        rows = (
            Translation.objects.filter(
                source__locale=self.source_locale, target_locale__in=self.locales
            )
            .annotate(
                key=_key("source__object_id"),
                stale=Q(source__last_updated_at__gt=Coalesce(Subquery(last_log), F("created_at"))),
                strings_missing=Exists(missing),
            )
            .values_list("key", "target_locale_id", "pk", "stale", "strings_missing", "enabled")
        )
        return {
            (key, locale_id): Record(pk, bool(stale), bool(missing), enabled)
            for key, locale_id, pk, stale, missing, enabled in rows
        }

    def _load(self):
        section_map = self._section_map()
        sources = self._page_sources(section_map)
        if self.section is not None:
            sources = [source for source in sources if source.section == self.section]
        targets = self._page_translations() if sources else {}
        snippet_sources, snippet_targets = self._snippets(section_map)
        sources += snippet_sources
        targets.update(snippet_targets)
        return sources, targets, self._records()

    @property
    def data(self):
        if self._data is None:
            self._data = self._load()
        return self._data

    # Results --------------------------------------------------------------------------
    def summary(self):
        """{locale id: {"page": {state: n}, "snippet": {state: n}}} for every locale."""
        sources, targets, records = self.data
        totals = Counter(source.kind for source in sources)
        counts = {
            locale.pk: {kind: dict.fromkeys(STATES, 0) for kind in (PAGE, SNIPPET)}
            for locale in self.locales
        }
        kinds = {source.key: source.kind for source in sources}
        for key, target in targets.items():
            kind = kinds.get(key[0])
            if kind is not None:  # None: outside the section shown
                state, _ = _state(target, records.get(key))
                counts[key[1]][kind][state] += 1
        for per_kind in counts.values():
            for kind, states in per_kind.items():
                states[NOT_TRANSLATED] = totals[kind] - states[UP_TO_DATE] - states[OUT_OF_DATE]
        return counts

    def for_locale(self, locale, state=None):
        """Every source's :class:`Status` in one language (one more query: its aliases)."""
        sources, targets, records = self.data
        aliases = dict(
            Page.objects.filter(
                locale=locale,
                alias_of__isnull=False,
                translation_key__in=Subquery(self._english_pages().values("translation_key")),
            )
            .annotate(key=_key())
            .values_list("key", "pk")
        )
        statuses = []
        for source in sources:
            key = (source.key, locale.pk)
            target = targets.get(key)
            source_state, reason = _state(target, records.get(key))
            if state is not None and source_state != state:
                continue
            target_pk = target.pk if target is not None else None
            if target is None and source.kind == PAGE and source.key in aliases:
                target_pk, reason = aliases[source.key], "Shows the English page (alias)"
            elif target is None:
                reason = "Missing in this language"
            statuses.append(Status(source, locale.pk, source_state, reason, target_pk))
        return statuses
