"""The base every public page type of the portal builds on."""

from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from .caching import allow_shared_caching

ENGLISH_SLUG = SynchronizedField("slug", overridable=False)


class PortalPage(Page):
    """A Wagtail page that knows which language its text is in and how it may be cached.

    wagtail-localize keeps every language tree in sync with English by creating *aliases*:
    pages that show the English text until a translator translates them. Such a page must
    tell assistive technology that its content is English (WCAG 3.1.2) and tell the visitor
    that a translation is on its way; ``content_language_code`` is what templates use.
    """

    class Meta:
        abstract = True

    # URLs stay English in every language (Europa web guide): the slug is copied from the
    # English page, never offered to translators. Added to every page type's own list too.
    override_translatable_fields = [ENGLISH_SLUG]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        fields = list(getattr(cls, "override_translatable_fields", []))
        if not any(field.field_name == "slug" for field in fields):
            cls.override_translatable_fields = [*fields, ENGLISH_SLUG]

    @property
    def content_language_code(self):
        """The language the page's own text is written in."""
        if self.alias_of_id is None:
            return self.locale.language_code
        cached = getattr(self, "_content_language_code", None)
        if cached is None:
            cached = (
                Page.objects.filter(pk=self.alias_of_id)
                .values_list("locale__language_code", flat=True)
                .first()
            ) or self.locale.language_code
            self._content_language_code = cached
        return cached

    @property
    def is_untranslated(self):
        return self.content_language_code != self.locale.language_code

    def serve(self, request, *args, **kwargs):
        return allow_shared_caching(request, super().serve(request, *args, **kwargs))
