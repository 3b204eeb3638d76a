"""Keep the search index current as pages change, without a manual rebuild.

- published (an editor's publish, a scheduled publish, a translation published through
  wagtail-localize, and every alias Wagtail updates after its source is published: Wagtail
  sends ``page_published`` with ``alias=True`` for each): the page's row is written again;
- created as an alias (wagtail-localize's tree synchronisation copies a new English page into
  every other language without publishing anything): its row is written when it is live;
- unpublished (Wagtail unpublishes a page's aliases too, each with its own signal): the row
  goes;
- moved: the page and its descendants are written again (``post_page_move``; nothing needs
  doing before the move, so ``pre_page_move`` is not used);
- deleted: the row goes with the page (``on_delete=CASCADE``), in the same transaction.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.models import PortalPage

from . import index


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    if isinstance(instance, PortalPage):
        index.index_page(instance)


@receiver(post_save)
def index_new_alias(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, PortalPage) and instance.alias_of_id:
        index.index_page(instance)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    index.remove_pages([instance.pk])


@receiver(post_page_move)
def reindex_moved_pages(sender, instance, **kwargs):
    index.reindex_subtree(instance)
