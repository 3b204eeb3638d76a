"""The page editor's form for city-network pages.

Themes and countries exist once per locale. Pages refer to the canonical English rows (the
listings then show each visitor the row of their own language), so the editor offers only
those, in alphabetical order, instead of every locale's copy of every theme.
"""

from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

SNIPPET_FIELDS = ("country", "themes")


class CityNetworkPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default_locale = Locale.get_default()
        for name in SNIPPET_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            current = self.initial.get(name)
            if current is None:
                current_pks = []
            elif isinstance(current, list | tuple):
                current_pks = [getattr(item, "pk", item) for item in current]
            else:
                current_pks = [getattr(current, "pk", current)]
            # Keep whatever the page already points to, even in another locale, so that
            # saving never silently drops a relation.
            field.queryset = field.queryset.filter(
                Q(locale=default_locale) | Q(pk__in=current_pks)
            ).order_by("name")
