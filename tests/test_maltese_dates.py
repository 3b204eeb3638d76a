"""Dates read in the visitor's language, Maltese included (Django ships no Maltese catalog).

The month and weekday names come from ``locale/`` (entries extracted from
``portal/locale_extras.py``); for every language but Maltese they must be Django's own words.
"""

import datetime
from pathlib import Path

import django
from django.template import Context, Template
from django.utils import formats, translation

import polib
import pytest

from portal.catalogs import load
from portal.languages import TRANSLATION_LANGUAGE_CODES

DAY = datetime.date(2026, 11, 27)  # a Friday
DJANGO_LOCALE = Path(django.__file__).parent / "conf" / "locale"
LOCALE = Path(__file__).resolve().parent.parent / "locale"


def render(code, template, **context):
    with translation.override(code):
        return Template(template).render(Context(context))


def test_maltese_long_date_names_the_month_in_maltese():
    with translation.override("mt"):
        assert formats.date_format(DAY, "DATE_FORMAT") == "27 ta' Novembru 2026"


def test_german_long_date_keeps_djangos_month_name():
    with translation.override("de"):
        assert formats.date_format(DAY, "DATE_FORMAT") == "27. November 2026"


def test_maltese_template_date_filter_shows_weekday_and_abbreviations():
    text = render("mt", '{{ day|date:"l j F Y" }} / {{ day|date:"D j M" }}', day=DAY)
    assert text == "Ġimgħa 27 Novembru 2026 / Ġim 27 Nov"
    assert render("mt", '{{ day|date:"N" }}', day=datetime.date(2026, 9, 1)) == "Sett."
    assert render("mt", '{{ day|date:"F" }}', day=datetime.date(2026, 6, 1)) == "Ġunju"


def test_contextual_month_forms_stay_distinct():
    """Polish long dates use the genitive ("alt. month"), not the nominative of "F"."""
    assert render("pl", '{{ day|date:"j E Y" }}', day=DAY) == "27 listopada 2026"
    assert render("pl", '{{ day|date:"F Y" }}', day=DAY) == "Listopad 2026"


@pytest.mark.parametrize("code", [c for c in TRANSLATION_LANGUAGE_CODES if c != "mt"])
def test_portal_date_words_are_djangos_own(code):
    """The portal's catalog is read before Django's: it must never disagree with it."""
    ours = [
        entry
        for entry in load(LOCALE / code / "LC_MESSAGES" / "django.po")
        if any(path == "portal/locale_extras.py" for path, _line in entry.occurrences)
    ]
    assert len(ours) == 62
    django_po = polib.pofile(str(DJANGO_LOCALE / code / "LC_MESSAGES" / "django.po"))
    djangos = {(e.msgctxt, e.msgid): e.msgstr for e in django_po}
    for entry in ours:
        assert entry.msgstr == djangos[(entry.msgctxt, entry.msgid)], (code, entry.msgid)
