"""Template tags every page uses: the language switcher, navigation, alternates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal.languages import LANGUAGE_CODES, NATIVE_NAMES

register = template.Library()


def _request_site_root(request):
    """The current language's home page (one query, memoised on the request)."""
    if not hasattr(request, "_portal_home"):
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            home = (
                Page.objects.filter(
                    translation_key=site.root_page.translation_key,
                    locale__language_code=get_language(),
                )
                .live()
                .first()
            ) or site.root_page
        request._portal_home = home
    return request._portal_home


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """Every portal language with the address of this page in it.

    For a page, each language links to its translation or alias (one query for all of
    them); a language without one falls back to that language's home page. For views
    that are not pages (search, 404), the same path under the other language's prefix.
    """
    request = context["request"]
    current = get_language()
    page_urls = {}
    if page is not None and getattr(page, "pk", None):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            page_urls[translation.locale.language_code] = translation.get_url(request)
        if len(page_urls) < len(LANGUAGE_CODES):
            home = _request_site_root(request)
            if home is not None:
                for translation in (
                    home.get_translations(inclusive=True).live().select_related("locale")
                ):
                    page_urls.setdefault(
                        translation.locale.language_code, translation.get_url(request)
                    )
    versions = []
    for code in LANGUAGE_CODES:
        url = page_urls.get(code)
        if url is None:
            if page is not None:
                continue
            url = translate_url(request.get_full_path(), code)
        versions.append(
            {
                "code": code,
                "name_local": NATIVE_NAMES[code],
                "url": url,
                "is_current": code == current,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def home_page(context):
    return _request_site_root(context["request"])


@register.simple_tag(takes_context=True)
def main_navigation(context, page=None):
    """The home page's children marked "show in menus", in the visitor's language.

    Each item says whether it is the current page (``aria-current="page"``) or one of its
    ancestors (``aria-current="true"``), so the menu shows where the visitor is.
    """
    home = _request_site_root(context["request"])
    if home is None:
        return []
    items = []
    for item in home.get_children().live().public().in_menu():
        current = None
        if page is not None and getattr(page, "path", None):
            if item.pk == page.pk:
                current = "page"
            elif page.path.startswith(item.path):
                current = "true"
        items.append({"page": item, "current": current})
    return items


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Standard pages flagged for the footer (legal notice, privacy, accessibility)."""
    from home.models import StandardPage

    home = _request_site_root(context["request"])
    if home is None:
        return StandardPage.objects.none()
    return StandardPage.objects.child_of(home).live().public().filter(show_in_footer=True)


@register.filter
def language_name_local(code):
    return NATIVE_NAMES.get(code, code)


@register.simple_tag
def site_name():
    return settings.WAGTAIL_SITE_NAME
