"""Reading a listing's filters and page number from the query string, safely.

Visitors and crawlers send anything: ``?year=abc``, ``?type=nope``, ``?page=0``. A value
the listing does not know is ignored and named in a note above the results (so nobody is
misled into thinking the filter applied); a page number past the end gives the last page.
Nothing here ever raises.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator

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


def page_number(request, name="page"):
    """The requested page number: 1 for anything that is not a positive integer."""
    raw = request.GET.get(name, "")
    if isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) <= 6:
        return max(int(raw), 1)
    return 1


def paginate(request, items, per_page=PER_PAGE):
    """One page of ``items``; a number past the end gives the last page."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(page_number(request))
