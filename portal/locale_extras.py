"""Django's date vocabulary, marked for extraction into the portal's own catalog.

Django ships no Maltese catalog, so without these entries every month and weekday name on a
/mt/ page (``{{ date|date:"DATE_FORMAT" }}``, ``formats.date_format``) would be English inside
an otherwise Maltese page. ``makemessages`` only extracts strings from the project, so this
module repeats the messages of ``django/utils/dates.py`` word for word (same msgid, same
context) and ``manage.py catalogs extract portal`` puts them in ``locale/``; Django's date
filter then finds the Maltese words there.

The other 25 languages get the exact strings of Django's own catalog for their language, so
the portal's catalog (which Django consults first) never disagrees with Django.

Nothing imports this module: it exists to be read by ``xgettext``. Django has no
``pgettext_noop`` and ``makemessages`` knows no such keyword, so the entries with a context
use ``pgettext_lazy``, which is just as inert: a lazy string is translated only when
rendered, and these are never rendered from here.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

# django.utils.dates.WEEKDAYS (date format character "l").
WEEKDAYS = (
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
)

# django.utils.dates.WEEKDAYS_ABBR ("D").
WEEKDAYS_ABBR = (
    gettext_noop("Mon"),
    gettext_noop("Tue"),
    gettext_noop("Wed"),
    gettext_noop("Thu"),
    gettext_noop("Fri"),
    gettext_noop("Sat"),
    gettext_noop("Sun"),
)

# django.utils.dates.MONTHS ("F").
MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)

# django.utils.dates.MONTHS_3 ("b", and "M" title-cased).
MONTHS_3 = (
    gettext_noop("jan"),
    gettext_noop("feb"),
    gettext_noop("mar"),
    gettext_noop("apr"),
    gettext_noop("may"),
    gettext_noop("jun"),
    gettext_noop("jul"),
    gettext_noop("aug"),
    gettext_noop("sep"),
    gettext_noop("oct"),
    gettext_noop("nov"),
    gettext_noop("dec"),
)

# django.utils.dates.MONTHS_AP, Associated Press style ("N").
MONTHS_AP = (
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
)

# django.utils.dates.MONTHS_ALT, the form some languages need in a full date ("E").
MONTHS_ALT = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
