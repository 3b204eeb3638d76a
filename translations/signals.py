"""Signal receivers of the translators' workflow, connected in ``TranslationsConfig.ready``."""

from django.db.models.signals import post_save

from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.signals import page_published, published
from wagtail_localize.models import LocaleSynchronization

from .groups import ensure_translators_group
from .refresh import refresh_translation_source
from .trees import follow_english_slug


def refresh_on_page_published(sender, instance, **kwargs):
    if kwargs.get("alias") or instance.alias_of_id is not None:
        return
    follow_english_slug(instance)
    refresh_translation_source(instance)


def refresh_on_snippet_published(sender, instance, **kwargs):
    # Pages send ``published`` too; page_published handles them.
    if isinstance(instance, TranslatableMixin) and not isinstance(instance, Page):
        refresh_translation_source(instance)


def refresh_on_snippet_saved(sender, instance, raw=False, **kwargs):
    # Snippets without drafts are live as soon as they are saved. Snippets with drafts are
    # refreshed when published, pages when published.
    if raw or not isinstance(instance, TranslatableMixin):
        return
    if isinstance(instance, Page | DraftStateMixin):
        return
    refresh_translation_source(instance)


def translators_for_new_language(sender, instance, created, raw=False, **kwargs):
    # wagtail-localize's own receiver has synchronised the new tree by now (it was connected
    # first), so the new language's translators get rights on its home page straight away.
    if created and not raw:
        ensure_translators_group(instance.locale)


def connect():
    page_published.connect(refresh_on_page_published, dispatch_uid="translations_page_published")
    published.connect(refresh_on_snippet_published, dispatch_uid="translations_published")
    post_save.connect(refresh_on_snippet_saved, dispatch_uid="translations_snippet_saved")
    post_save.connect(
        translators_for_new_language,
        sender=LocaleSynchronization,
        dispatch_uid="translations_new_language",
    )
