"""How far each language's translation has got: the queries behind the status board.

For every English source (live page or translatable snippet) and every other language, one of
three states:

- **up to date**: a real translation exists (not an alias), it was last published or synced
  after the English source last changed, and none of its strings is missing;
- **out of date**: a real translation exists, but the English source changed since the
  translation was last published or synced (its ``TranslationSource`` is newer than the last
  ``TranslationLog``), or some of its strings are still untranslated (the published page shows
  English there). A translation made by hand, with no wagtail-localize record, is out of date
  when the English page was published after it;
- **not translated**: the language has only an alias of the English page (or nothing).

The whole board takes a fixed number of queries, whatever the number of pages and languages:
English pages, their counterparts in the chosen languages, the translation records (with their
last sync and a "strings missing" flag computed in SQL), and two per translatable snippet
model. Everything else is done in Python on those rows.
"""

from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Subquery
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


@dataclass(frozen=True)
class Source:
    """One English page or snippet."""

    kind: str
    model: type
    pk: int
    translation_key: object
    title: str
    section: str
    last_published_at: object = None


@dataclass(frozen=True)
class Target:
    """A page or snippet of another language with the same translation key."""

    pk: int
    is_alias: bool = False
    last_published_at: object = None


@dataclass(frozen=True)
class Record:
    """A wagtail-localize Translation of an English source into one language."""

    translation_id: int
    source_id: int
    source_updated_at: object
    last_synced_at: object
    enabled: bool
    strings_missing: bool


@dataclass(frozen=True)
class Status:
    source: Source
    locale_id: int
    state: str
    reason: str
    target: Target | None
    record: Record | None

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
        if self.target is None:
            return None
        if self.source.kind == PAGE:
            return reverse("wagtailadmin_pages:edit", args=[self.target.pk])
        viewset = self.source.model.snippet_viewset
        return reverse(viewset.get_url_name("edit"), args=[quote(self.target.pk)])

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


def _state(source, target, record):
    """(state, reason) of one source in one language."""
    if target is None:
        return NOT_TRANSLATED, "No page in this language" if source.kind == PAGE else "Missing"
    if target.is_alias:
        return NOT_TRANSLATED, "Shows the English page (alias)"
    if record is not None:
        if record.source_updated_at > record.last_synced_at:
            return OUT_OF_DATE, "English changed since the last publish"
        if record.enabled and record.strings_missing:
            return OUT_OF_DATE, "Some strings are not translated yet"
        return UP_TO_DATE, ""
    if (
        source.kind == PAGE
        and source.last_published_at
        and target.last_published_at
        and source.last_published_at > target.last_published_at
    ):
        return OUT_OF_DATE, "English published since this translation"
    return UP_TO_DATE, ""


class StatusBoard:
    """The state of every English source in the given languages, optionally in one section."""

    def __init__(self, source_locale, locales, section=None):
        self.source_locale = source_locale
        self.locales = list(locales)
        self.section = section
        self._statuses = None

    # Queries ------------------------------------------------------------------------
    def _page_sources(self, section_map):
        content_type_models = section_map.content_type_models
        rows = list(
            Page.objects.filter(
                locale=self.source_locale, alias_of__isnull=True, depth__gte=2, live=True
            )
            .order_by("path")
            .values(
                "pk", "translation_key", "content_type_id", "path", "title", "last_published_at"
            )
        )
        sections = section_map.page_sections(rows)
        return [
            Source(
                kind=PAGE,
                model=content_type_models.get(row["content_type_id"], Page),
                pk=row["pk"],
                translation_key=row["translation_key"],
                title=row["title"],
                section=sections[row["path"]],
                last_published_at=row["last_published_at"],
            )
            for row in rows
        ]

    def _page_targets(self):
        english_keys = Page.objects.filter(
            locale=self.source_locale, alias_of__isnull=True, depth__gte=2, live=True
        ).values("translation_key")
        rows = Page.objects.filter(
            translation_key__in=Subquery(english_keys), locale__in=self.locales
        ).values_list("pk", "translation_key", "locale_id", "alias_of_id", "last_published_at")
        return {
            (key, locale_id): Target(pk=pk, is_alias=alias_of_id is not None, last_published_at=at)
            for pk, key, locale_id, alias_of_id, at in rows
        }

    def _snippet_sources_and_targets(self, section_map):
        sources, targets = [], {}
        for model in translatable_snippet_models():
            section = section_map.snippet_section(model)
            if self.section is not None and section != self.section:
                continue
            english = model.objects.filter(locale=self.source_locale)
            for instance in english.order_by("pk"):
                sources.append(
                    Source(
                        kind=SNIPPET,
                        model=model,
                        pk=instance.pk,
                        translation_key=instance.translation_key,
                        title=str(instance),
                        section=section,
                    )
                )
            rows = model.objects.filter(
                translation_key__in=Subquery(english.values("translation_key")),
                locale__in=self.locales,
            ).values_list("pk", "translation_key", "locale_id")
            for pk, key, locale_id in rows:
                targets[(key, locale_id)] = Target(pk=pk)
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
            .annotate(last_synced_at=Subquery(last_log), strings_missing=Exists(missing))
            .values_list(
                "pk",
                "source_id",
                "source__object_id",
                "source__last_updated_at",
                "target_locale_id",
                "created_at",
                "last_synced_at",
                "enabled",
                "strings_missing",
            )
        )
        records = {}
        for pk, source_id, key, updated_at, locale_id, created_at, synced_at, *flags in rows:
            enabled, strings_missing = flags
            records[(key, locale_id)] = Record(
                translation_id=pk,
                source_id=source_id,
                source_updated_at=updated_at,
                last_synced_at=synced_at or created_at,
                enabled=enabled,
                strings_missing=strings_missing,
            )
        return records

    def _section_map(self):
        content_types = ContentType.objects.get_for_models(*get_page_models())
        return SectionMap({ct.pk: model for model, ct in content_types.items()})

    def _compute(self):
        section_map = self._section_map()
        page_sources = self._page_sources(section_map)
        if self.section is not None:
            page_sources = [source for source in page_sources if source.section == self.section]
        page_targets = self._page_targets() if page_sources else {}
        snippet_sources, snippet_targets = self._snippet_sources_and_targets(section_map)
        records = self._records()
        statuses = []
        for sources, targets in ((page_sources, page_targets), (snippet_sources, snippet_targets)):
            for source in sources:
                for locale in self.locales:
                    key = (source.translation_key, locale.pk)
                    target = targets.get(key)
                    record = records.get(key)
                    state, reason = _state(source, target, record)
                    statuses.append(Status(source, locale.pk, state, reason, target, record))
        return statuses

    # Results -------------------------------------------------------------------------
    @property
    def statuses(self):
        if self._statuses is None:
            self._statuses = self._compute()
        return self._statuses

    def summary(self):
        """{locale id: {"page": {state: n}, "snippet": {state: n}}} for every locale."""
        counts = {
            locale.pk: {kind: dict.fromkeys(STATES, 0) for kind in (PAGE, SNIPPET)}
            for locale in self.locales
        }
        for status in self.statuses:
            counts[status.locale_id][status.source.kind][status.state] += 1
        return counts

    def for_locale(self, locale, state=None):
        return [
            status
            for status in self.statuses
            if status.locale_id == locale.pk and (state is None or status.state == state)
        ]


def section_choices():
    return [(key, section.label) for key, section in SECTIONS_BY_KEY.items()]
