"""Reading a listing's filters and page number from the query string, safely.

Visitors and crawlers send anything: ``?year=abc``, ``?type=nope``, ``?page=0``. A value
the listing does not know is ignored and named in a note above the results (so nobody is
misled into thinking the filter applied). Page numbers follow the city network's listings
(``cities.filters``): one past the end gives the last page with a note; one that cannot
exist (``?page=0``, ``?page=abc``, ``?page=²``) is a 404, so that crawlers drop the address.
Nothing here gives a 500.
"""

from dataclasses import dataclass, field

from cities.filters import paginate as paginate_listing

PER_PAGE = 12
# A query-string value is echoed in the "ignored" note; nobody needs more than this.
MAX_ECHO = 40


@dataclass
class Filters:
    """The filter values that applied, and the ones that were ignored."""

    values: dict = field(default_factory=dict)
    ignored: list = field(default_factory=list)

    @property
    def active(self):
        return any(value is not None for value in self.values.values())


class FilterReader:
    def __init__(self, request):
        self.params = request.GET
        self.filters = Filters()

    def _raw(self, name):
        value = self.params.get(name, "")
        return value.strip() if isinstance(value, str) else ""

    def _ignore(self, name, label, raw):
        # Echo only printable characters (no NUL or control codes), and not too many.
        shown = "".join(ch for ch in raw if ch.isprintable()) or "?"
        if len(shown) > MAX_ECHO:
            shown = shown[:MAX_ECHO] + "…"
        self.filters.ignored.append({"name": name, "label": label, "value": shown})
        self.filters.values[name] = None

    def choice(self, name, label, allowed, normalise=str):
        """A value from ``allowed`` (a collection of keys), or None."""
        raw = self._raw(name)
        if not raw:
            self.filters.values[name] = None
            return None
        value = normalise(raw)
        if value in allowed:
            self.filters.values[name] = value
            return value
        self._ignore(name, label, raw)
        return None

    def year(self, name, label, allowed):
        """A four-digit year from ``allowed``, or None."""
        raw = self._raw(name)
        if not raw:
            self.filters.values[name] = None
            return None
        if raw.isascii() and raw.isdigit() and len(raw) == 4 and int(raw) in allowed:
            self.filters.values[name] = int(raw)
            return int(raw)
        self._ignore(name, label, raw)
        return None


def paginate(request, items, per_page=PER_PAGE):
    """One page of ``items`` (Django's ``Page``), by the city listings' rules
    (``cities.filters.paginate``); its ``note`` says when a number past the end was asked
    for and the last page is shown (empty otherwise)."""
    listing = paginate_listing(request, items, per_page)
    listing.page.note = listing.note
    return listing.page
