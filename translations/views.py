"""The translation status board (admin): how far each language has got, and where to work."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import reverse
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from portal.languages import LANGUAGE_CODES, SOURCE_LANGUAGE_CODE

from .forms import StatusFilterForm
from .groups import english_language_name
from .rights import language_rights
from .sections import SECTIONS_BY_KEY
from .status import NOT_TRANSLATED, PAGE, SNIPPET, STATE_LABELS, STATES, StatusBoard

ITEMS_PER_PAGE = 50


def can_view_board(user):
    """Editors and translators: anyone who may work in a language or submit translations."""
    if not user.is_authenticated or not user.is_active:
        return False
    return bool(language_rights(user)) or user.has_perm("wagtail_localize.submit_translation")


def ordered_locales(user, source_locale):
    """The languages to translate into, the user's own first, then the portal's order."""
    rights = language_rights(user)
    position = {code: index for index, code in enumerate(LANGUAGE_CODES)}
    locales = Locale.objects.exclude(pk=source_locale.pk)

    def key(locale):
        own = not rights.every_language and locale.pk in rights.locale_ids
        return (not own, position.get(locale.language_code, len(position)), locale.language_code)

    return sorted(locales, key=key)


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/status_board.html"
    page_title = "Translation status"
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_board(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE_CODE)
        locales = ordered_locales(user, source_locale)
        form = StatusFilterForm(self.request.GET or None, locales=locales)
        language, section, state = (
            form.value("language"),
            form.value("section"),
            form.value("state"),
        )
        by_code = {locale.language_code: locale for locale in locales}
        shown = [by_code[language]] if language else locales

        board = StatusBoard(source_locale, shown, section=section or None)
        summary = board.summary()
        rows = [
            {
                "locale": locale,
                "name": english_language_name(locale.language_code),
                "pages": [summary[locale.pk][PAGE][s] for s in STATES],
                "snippets": [summary[locale.pk][SNIPPET][s] for s in STATES],
                "url": self._url(language=locale.language_code, section=section, state=state),
            }
            for locale in shown
        ]

        rights = language_rights(user)
        focus = by_code.get(language)
        if focus is None and not rights.every_language:
            focus = next((locale for locale in locales if locale.pk in rights.locale_ids), None)
        items = entries = None
        if focus is not None:
            items = Paginator(board.for_locale(focus, state or None), ITEMS_PER_PAGE).get_page(
                self.request.GET.get("p")
            )
            may_edit = rights.allows(focus.pk)
            # Translators start translations into their own languages; whoever edits the
            # English source (the staff) into any language (see localize_views.py).
            may_start = user.has_perm("wagtail_localize.submit_translation") and (
                may_edit or rights.allows(source_locale.pk)
            )
            entries = [
                {"status": status, "links": self._links(status, focus, may_edit, may_start)}
                for status in items
            ]

        context.update(
            {
                "form": form,
                "rows": rows,
                "states": [STATE_LABELS[s] for s in STATES],
                "section": SECTIONS_BY_KEY.get(section),
                "focus": focus,
                "focus_name": english_language_name(focus.language_code) if focus else "",
                "items": items,
                "entries": entries,
                "page_query": self._query(
                    language=focus.language_code if focus else "", section=section, state=state
                ),
            }
        )
        return context

    @staticmethod
    def _query(**params):
        return urlencode({key: value for key, value in params.items() if value})

    def _url(self, **params):
        query = self._query(**params)
        return reverse("translations:status") + (f"?{query}" if query else "")

    @staticmethod
    def _links(status, locale, may_edit, may_start):
        """Where this user can work on one item: the translation editor, or the "Translate"
        form (which opens the translation editor once the translation exists). Nothing for
        languages the user may not work in."""
        links = []
        if status.state != NOT_TRANSLATED:
            if may_edit:
                links.append(("Edit translation", status.edit_url()))
        elif may_start:
            links.append(("Translate", status.submit_url(locale.language_code)))
        elif may_edit and status.target_pk is not None:
            links.append(("Open the untranslated page", status.edit_url()))
        return links
