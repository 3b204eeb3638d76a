"""Language trees that keep English's shape beyond what wagtail-localize does.

Wagtail deliberately keeps an alias's own slug when its original is published again, so
renaming an English page would leave its 26 aliases at the old address. Here the aliases
follow: every language serves the page at the English slug (translated pages follow too,
when next published, because ``PortalPage`` synchronises the slug).
"""

import logging

from wagtail.models import Page

logger = logging.getLogger(__name__)


def follow_english_slug(page):
    """Give the aliases of ``page`` its current slug; returns how many moved."""
    moved = 0
    # The home pages of all languages sit side by side under the root, so they cannot share
    # a slug; theirs never appears in an address (the language prefix does), so leave them.
    aliases = Page.objects.filter(alias_of=page, depth__gt=2).exclude(slug=page.slug)
    for alias in aliases.specific():
        parent = alias.get_parent()
        if not Page._slug_is_available(page.slug, parent, alias):
            logger.warning(
                "%s keeps the slug %r: %r is taken under %s", alias, alias.slug, page.slug, parent
            )
            continue
        alias.slug = page.slug
        alias.save(clean=False)  # updates its url_path and its descendants'
        moved += 1
    return moved
