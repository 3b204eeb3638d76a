"""Real translations through wagtail-localize's own records.

For one English page or snippet and one language: the ``TranslationSource`` of the instance
(wagtail-localize extracts its segments), a ``StringTranslation`` for every string segment,
answered from a :class:`Catalogue` of the demo's written translations, then what
``Translation.save_target`` does (published at once, see ``_save_target``): the language's
alias becomes a translated page (or the translated snippet is created) and the sync is
logged. The translation status board (``translations.status``) therefore counts these
exactly like a translator's work.
"""

import html
import re

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction

from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]")


def normalise(text):
    """Segment data is HTML-escaped and may carry ``<br>``: compare plain, tidy text."""
    return _SPACES.sub(" ", html.unescape(str(text)).replace("<br>", "\n")).strip()


class Catalogue:
    """English text → {language: translation}, collected from the demo's ``T`` values."""

    def __init__(self):
        self._entries = {}
        self.missing = []

    def add(self, text):
        """Register a ``T`` (a dict of language → text); plain strings are ignored."""
        if isinstance(text, dict) and text.get("en"):
            entry = self._entries.setdefault(normalise(text["en"]), {})
            for language, value in text.items():
                if language != "en":
                    entry.setdefault(language, value)
        return text

    def add_all(self, texts):
        for text in texts:
            self.add(text)

    def lookup(self, source_text, language, context_path=""):
        """The translation of one segment, or the English text (recorded as missing)."""
        plain = normalise(source_text)
        found = self._entries.get(plain, {}).get(language)
        if found is not None:
            return found
        if not _LETTERS.search(plain) or context_path == "slug" or context_path.endswith(".slug"):
            # Numbers, units and web addresses read the same in every language; slugs stay
            # English so that URLs are the same in every language tree.
            return plain
        self.missing.append((language, context_path, plain))
        return plain


def translate(instance, locale, catalogue):
    """Translate one English instance into ``locale``; returns True when it did something.

    Idempotent: an existing, enabled translation whose target is a real (non-alias) page or
    snippet is left alone, so a second run writes nothing.
    """
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.filter(source=source, target_locale=locale).first()
    if translation is not None and translation.enabled:
        target = _translated_instance(source, locale)
        if target is not None and not getattr(target, "alias_of_id", None):
            return False
    language = locale.language_code
    with transaction.atomic():
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = catalogue.lookup(segment.string.data, language, segment.context.path)
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(text).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        if translation is None:
            translation = Translation.objects.create(source=source, target_locale=locale)
        elif not translation.enabled:
            translation.enabled = True
            translation.save(update_fields=["enabled"])
        _save_target(translation)
    return True


def _save_target(translation):
    """``Translation.save_target(publish=True)``, with the publish done now.

    wagtail-localize publishes a translated page in ``transaction.on_commit``; inside an outer
    transaction (a test, a batch) that would wait. The page is saved as a draft revision by
    the same code path and its revision is published at once instead.
    """
    source = translation.source
    target, _ = source.create_or_update_translation(
        translation.target_locale,
        publish=not issubclass(source.specific_content_type.model_class(), Page),
        fallback=True,
        copy_parent_pages=True,
    )
    if isinstance(target, Page):
        target.get_latest_revision().publish()
    return target


def _translated_instance(source, locale):
    try:
        return source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None


def translate_snippets(snippets, locales, catalogue):
    """Translate simple snippets (text fields only) into many languages, in bulk.

    The records are wagtail-localize's own, as :func:`translate` makes them: a
    ``TranslationSource`` per snippet, a ``StringTranslation`` per segment and language, a
    ``Translation`` and a ``TranslationLog`` per language; the translated rows are
    ``copy_for_translation`` copies with the translated text set. Only rows that do not exist
    yet are written (one insert per table), so 39 snippets in 26 languages take seconds
    instead of a thousand ``save_target`` calls. Returns the translated instances made.
    """
    from wagtail.search.backends import get_search_backends
    from wagtail_localize.models import TranslationLog

    made = []
    for snippet in snippets:
        model = type(snippet)
        source, _ = TranslationSource.get_or_create_from_instance(snippet)
        segments = list(
            StringSegment.objects.filter(source=source).select_related("string", "context")
        )
        done = set(
            model._default_manager.filter(translation_key=snippet.translation_key).values_list(
                "locale_id", flat=True
            )
        )
        todo = [locale for locale in locales if locale.pk not in done]
        if not todo:
            continue
        string_translations, translations, logs, rows = [], [], [], []
        for locale in todo:
            row = snippet.copy_for_translation(locale)
            for segment in segments:
                text = catalogue.lookup(
                    segment.string.data, locale.language_code, segment.context.path
                )
                string_translations.append(
                    StringTranslation(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        data=StringValue.from_plaintext(text).data,
                        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    )
                )
                if "." not in segment.context.path:  # a plain field of the snippet
                    setattr(row, segment.context.path, text)
            row.full_clean()
            rows.append(row)
            translations.append(Translation(source=source, target_locale=locale))
            logs.append(TranslationLog(source=source, locale=locale))
        with transaction.atomic():
            StringTranslation.objects.bulk_create(string_translations, ignore_conflicts=True)
            model._default_manager.bulk_create(rows)
            Translation.objects.bulk_create(translations, ignore_conflicts=True)
            TranslationLog.objects.bulk_create(logs)
        for backend in get_search_backends():
            backend.add_bulk(model, rows)
        made += rows
    return made
