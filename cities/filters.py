"""The visitor-facing filters and pagination of the city network's listings.

Plain GET forms that work without JavaScript. A value the listing does not know
(``?theme=nonsense``, ``?year=abc``) is not an error page: it is dropped, the listing shows
everything else it was asked for, and a note says what was ignored. Page numbers past the
end show the last page; page numbers that cannot exist (``?page=-1``, ``?page=abc``) are 404.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

PER_PAGE = 12
ASCII_DIGITS = re.compile(r"[0-9]+")  # not str.isdigit(): "²" is a digit to Python, not to int()


@dataclass
class Filter:
    """One select of a listing's filter form.

    ``options`` are what the select offers: (value, label) in the visitor's language, or
    (value, label, language) for names that may not be translated yet (themes, countries).
    ``valid`` are the values the filter accepts, which may be more than it offers (a country
    with no city yet is a valid, empty filter, not a mistake).
    """

    name: str
    label: str
    all_label: str
    options: list
    valid: set = field(default=None)
    value: str = ""

    def __post_init__(self):
        if self.valid is None:
            self.valid = {option[0] for option in self.options}

    @property
    def choices(self):
        language = get_language()
        return [
            {
                "value": option[0],
                "label": option[1],
                "selected": option[0] == self.value,
                "lang": option[2] if len(option) > 2 and option[2] != language else "",
            }
            for option in self.options
        ]


class ListingFilters:
    """The filters of one listing, bound to the visitor's query string."""

    def __init__(self, request, filters):
        self.filters = filters
        self.ignored = []
        for item in filters:
            raw = request.GET.get(item.name, "").strip()
            if not raw:
                continue
            if raw in item.valid:
                item.value = raw
            else:
                self.ignored.append(
                    _("“%(value)s” is not a valid choice for “%(filter)s”, so it was ignored.")
                    % {"value": raw[:100], "filter": item.label}
                )

    def __iter__(self):
        return iter(self.filters)

    @property
    def values(self):
        return {item.name: item.value for item in self.filters if item.value}

    @property
    def active(self):
        return bool(self.values)

    @property
    def querystring(self):
        """The valid filter values, to carry into pagination links."""
        return urlencode(self.values)


@dataclass
class ListingPage:
    page: object
    paginator: Paginator
    note: str = ""

    @property
    def items(self):
        return self.page.object_list

    @property
    def page_range(self):
        """Page numbers around the current one, with ``…`` for the gaps."""
        return list(self.paginator.get_elided_page_range(self.page.number, on_each_side=2))


def paginate(request, queryset, per_page=PER_PAGE):
    """The requested page of a listing; the last one if the number is past the end."""
    raw = request.GET.get("page", "").strip()
    if raw == "":
        number = 1
    elif ASCII_DIGITS.fullmatch(raw) and raw.lstrip("0"):
        digits = raw.lstrip("0")
        # A thousand-digit number is just "past the end": never parse it whole.
        number = int(digits) if len(digits) <= 12 else 10**12
    else:
        raise Http404("No such page of this listing.")
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    note = ""
    if number > paginator.num_pages:
        note = _("There is no page %(number)s, so the last page is shown.") % {
            "number": raw if len(raw) <= 12 else f"{raw[:12]}…"
        }
        number = paginator.num_pages
    return ListingPage(page=paginator.page(number), paginator=paginator, note=note)
