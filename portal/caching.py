"""Cache headers of what anonymous visitors see."""

from django.conf import settings
from django.utils.cache import patch_cache_control


def allow_shared_caching(request, response):
    """Let shared caches keep a public response briefly and serve a stale copy while they
    revalidate it (wagtail.org's utils/cache.py does the same). Never for editors, previews
    or a response that already says how it may be cached (forms say ``no-store``)."""
    if (
        request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
        and not request.user.is_authenticated
        and not response.has_header("Cache-Control")
    ):
        patch_cache_control(
            response,
            public=True,
            s_maxage=settings.PUBLIC_PAGE_S_MAXAGE,
            stale_while_revalidate=settings.PUBLIC_PAGE_S_MAXAGE * 2,
        )
    return response
