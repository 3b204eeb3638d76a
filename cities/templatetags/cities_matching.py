"""``{% similar_cities page as similar %}``: a city's best partners from the other region.

Used by ``cities/includes/similar_cities.html``, which a city page includes. The result has
``suggestions`` (``cities.suggestions.Suggestion``: city, score, themes, sectors, texts,
pair), ``english_pk`` (what the find-a-partner form selects for this city) and ``find_page``
(the find-a-partner page of the visitor's language tree, or None). Reads the stored scores: a
fixed number of queries, whatever the number of cities.
"""

from django import template

from cities.suggestions import find_partner_page, similar_cities

register = template.Library()


@register.simple_tag
def similar_cities_of(city):
    similar = similar_cities(city)
    similar.find_page = find_partner_page() if similar.suggestions else None
    return similar
