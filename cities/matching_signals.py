"""Keep partner scores, and the caches of what the network shows, current as content changes.

- An English city published (new or changed): its score rows are rewritten
  (``partner_scores.rescore_city``); unpublished: its rows go. Its translations and aliases do
  not change any score (scores read the English text) but change names and links that pages
  show, so they only move the content version on.
- A city deleted: its rows go with it (``on_delete=CASCADE``).
- An English country saved: its cities are rescored, since its region decides which cities
  they are matched with.
- Pairs, themes and countries in any language, and page moves, change what the map and the
  suggestions show: the content version moves on (``partner_scores.bump_content_version``),
  so cached maps are not served again.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import CityPage, Country, PairPage, Theme
from .partner_scores import bump_content_version, remove_city, rescore_cities, rescore_city

NETWORK_PAGES = (CityPage, PairPage)


def _is_english_source(page):
    return page.alias_of_id is None and page.locale.language_code == settings.LANGUAGE_CODE


@receiver(page_published)
def page_published_handler(sender, instance, **kwargs):
    if isinstance(instance, CityPage) and _is_english_source(instance):
        rescore_city(instance)
    elif isinstance(instance, NETWORK_PAGES):
        bump_content_version()


@receiver(page_unpublished)
def page_unpublished_handler(sender, instance, **kwargs):
    if isinstance(instance, CityPage) and _is_english_source(instance):
        remove_city(instance)
    elif isinstance(instance, NETWORK_PAGES):
        bump_content_version()


@receiver(post_save)
def alias_created_handler(sender, instance, created, raw=False, **kwargs):
    # wagtail-localize's tree synchronisation creates aliases without publishing anything.
    if created and not raw and isinstance(instance, NETWORK_PAGES) and instance.alias_of_id:
        bump_content_version()


@receiver(post_delete, sender=CityPage)
@receiver(post_delete, sender=PairPage)
@receiver(post_delete, sender=Theme)
@receiver(post_delete, sender=Country)
@receiver(post_save, sender=Theme)
def network_content_changed(sender, **kwargs):
    bump_content_version()


@receiver(post_save, sender=Country)
def country_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if not created and instance.locale.language_code == settings.LANGUAGE_CODE:
        cities = list(
            CityPage.objects.live()
            .filter(country=instance, locale__language_code=settings.LANGUAGE_CODE)
            .select_related("locale")
        )
        if cities:
            rescore_cities(cities)
    bump_content_version()


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    bump_content_version()
