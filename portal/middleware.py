"""Language prefixes on every public URL.

Django's LocaleMiddleware redirects any unprefixed path to ``/<best language>/<path>``. With
Wagtail's catch-all page route every path looks valid, so ``/xx/`` would become
``/en/xx/`` before failing. A first segment shaped like a language code that the portal
does not serve is a wrong address, not a missing prefix: answer 404 straight away.
"""

import re

from django.middleware.locale import LocaleMiddleware

LANGUAGE_SHAPED_SEGMENT = re.compile(r"^/[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?(?:/|$)")


class LanguagePrefixMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and LANGUAGE_SHAPED_SEGMENT.match(request.path_info):
            # Leave the 404 alone; the default implementation would redirect it.
            return response
        return super().process_response(request, response)
