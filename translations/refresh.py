"""Translation sources that follow their English originals without anyone pressing "sync".

wagtail-localize freezes what translators translate in a ``TranslationSource`` when content is
submitted for translation, and refreshes it only when someone presses "Sync translated
pages". Here the source is refreshed whenever its object is published (pages, snippets with
drafts) or saved (other snippets), so the translation editor shows new and changed segments
at once. Published translations are left alone: they change when a translator publishes.

Only a change to what translators or synchronisation care about (the model's translatable and
synchronised fields) counts: republishing an unchanged page, or one whose only change is a
timestamp or a comment, must not mark every translation out of date on the status board.
"""

import json
import logging

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction

from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import TranslationSource

logger = logging.getLogger(__name__)


def serialized_content(instance):
    """The instance as wagtail-localize stores it in ``TranslationSource.content_json``."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def translatable_content_changed(source, instance):
    """Whether a translatable or synchronised field differs from the frozen source."""
    stored = json.loads(source.content_json)
    current = serialized_content(instance)
    return any(
        stored.get(field.field_name) != current.get(field.field_name)
        for field in get_translatable_fields(type(instance))
    )


def refresh_translation_source(instance):
    """Update the translation source of ``instance`` if it has one and its content changed.

    Returns the refreshed source, or None when there was nothing to do. A failure is logged,
    never raised: publishing English content must not fail because of its translations.
    """
    if isinstance(instance, Page):
        if instance.alias_of_id is not None:
            return None
        instance = instance.specific
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None or not translatable_content_changed(source, instance):
        return None
    try:
        with transaction.atomic():
            source, _ = TranslationSource.update_or_create_from_instance(instance)
    except Exception:
        logger.exception("Could not refresh the translation source of %r", instance)
        return None
    logger.info("Refreshed the translation source of %r", instance)
    return source
