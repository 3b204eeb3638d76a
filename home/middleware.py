"""A clear answer to a form POST too large to read, instead of a bare "Bad Request".

Django refuses to read a urlencoded body larger than ``DATA_UPLOAD_MAX_MEMORY_SIZE``
(``RequestDataTooBig``). CSRF protection reads the body before any view does, so the
form page never gets the chance to explain: the visitor would see Django's plain 400.
This middleware looks at the declared length first (the same test Django makes) and
answers with a translated page, status 413, that links back to the form. It leaves the
admin and multipart bodies (file uploads count separately) alone.
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


class FormPayloadLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if (
            request.method == "POST"
            and limit is not None
            and request.content_type == "application/x-www-form-urlencoded"
            and declared_length(request) > limit
            and not request.path.startswith(reverse("wagtailadmin_home"))
        ):
            response = render(request, "home/payload_too_large.html", status=413)
            add_never_cache_headers(response)
            return response
        return self.get_response(request)
