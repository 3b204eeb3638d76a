"""Error pages: styled, translated, and safe to render when the database is down."""

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # 500.html stands alone (no base template): whatever broke may be the database that
    # the navigation and the language switcher read from.
    return render(request, "500.html", status=500)
