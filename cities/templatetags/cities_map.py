"""``{% cities_map %}``: the server-drawn SVG map of the network (``cities/map.py``).

    {% load cities_map %}
    {% cities_map %}                                     every city and pair (home page)
    {% cities_map cities=listing.paginator.object_list %}   a filtered list of cities
    {% cities_map pair=page %}                           one pair's two cities and its line
    {% cities_map heading=True %}                        with an <h2> above the figure

The rendered map is cached with Django's cache per language, content version (which moves on
whenever a city, pair, theme or country changes; ``cities.partner_scores``), host and scope.
Previews are never cached nor served from the cache: a draft must not leak to visitors, nor a
stale map into a preview.
"""

import functools
import hashlib
from pathlib import Path

from django import template
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from cities import map as drawing
from cities.map_content import network_map
from cities.partner_scores import content_version

register = template.Library()

MAP_CACHE_SECONDS = 24 * 60 * 60  # keys change with the content version; this only frees memory
TEMPLATE = "cities/includes/map.html"


@functools.cache
def _code_version():
    """What the drawing code and template are: a deploy that changes them draws new maps."""
    digest = hashlib.sha256()
    for path in (Path(__file__).parent.parent / "templates" / TEMPLATE, Path(__file__)):
        digest.update(path.read_bytes())
    digest.update(Path(drawing.__file__).read_bytes())
    return digest.hexdigest()[:12]


def _scope(cities, pair):
    if pair is not None:
        return f"pair:{pair.pk}:{pair.eu_city_id}:{pair.partner_city_id}"
    if cities is None:
        return "all"
    try:
        described = str(cities.query)
    except AttributeError:
        described = ",".join(sorted(str(city.pk) for city in cities))
    except EmptyResultSet:
        described = "none"
    return "list:" + hashlib.sha256(described.encode()).hexdigest()[:32]


@register.simple_tag(takes_context=True)
def cities_map(context, cities=None, pair=None, heading=False):
    request = context.get("request")
    preview = bool(getattr(request, "is_preview", False))
    host = request.get_host() if request is not None else ""
    key = ":".join(
        [
            "cities:map",
            _code_version(),
            content_version(),
            get_language() or "",
            host,
            _scope(cities, pair),
            "h" if heading else "",
        ]
    )
    if not preview:
        cached = cache.get(key)
        if cached is not None:
            return mark_safe(cached)  # noqa: S308 - our own rendered template
    data = network_map(request, cities=cities, pair=pair)
    scope = "pair" if pair is not None else ("all" if cities is None else "list")
    html = render_to_string(
        "cities/includes/map.html", {**data, "scope": scope, "heading": heading}
    )
    if not preview:
        cache.set(key, str(html), MAP_CACHE_SECONDS)
    return html
