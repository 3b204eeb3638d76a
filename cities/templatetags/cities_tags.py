"""Template helpers of the city network: language marks and locale-aware numbers."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


def _language_of(obj):
    code = getattr(obj, "content_language_code", None)
    if code is None:
        locale = getattr(obj, "locale", None)
        code = getattr(locale, "language_code", None)
    return code


@register.simple_tag
def lang_of(obj):
    """` lang="en"` when the object's text is not in the visitor's language (WCAG 3.1.2).

    Used on the element that holds a page's or snippet's own words (a title, an intro, a
    theme name) wherever the surrounding text is in the visitor's language.
    """
    code = _language_of(obj)
    if code and code != get_language():
        return format_html(' lang="{}"', code)
    return ""


@register.simple_tag(takes_context=True)
def ui_lang(context):
    """` lang="<visitor's language>"` for interface text inside a page shown in English.

    ``base.html`` marks the whole content of an untranslated page ``lang="en"``; headings,
    labels and filters there come from the visitor's language catalog and say so.
    """
    page = context.get("page")
    if page is not None and getattr(page, "is_untranslated", False):
        return format_html(' lang="{}"', get_language())
    return ""


@register.filter
def grouped(value):
    """A whole number with the active language's digit grouping: 1,234,567 / 1.234.567."""
    if value in (None, ""):
        return ""
    return number_format(value, force_grouping=True)


@register.filter
def figure(value):
    """A key figure: grouped like ``grouped``, without trailing zeros (35.50 → 35.5)."""
    if value in (None, ""):
        return ""
    value = Decimal(value)
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return number_format(value, force_grouping=True)
