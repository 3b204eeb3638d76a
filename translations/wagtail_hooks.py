"""Admin wiring of the translators' workflow.

- the translation status board, in the main menu for editors and translators;
- wagtail-localize's views re-mounted at their own addresses with the language rule
  (``localize_views.py``); these patterns come first (``order=-1``), so they win;
- the language rule on Wagtail's snippet views (create, edit, delete, unpublish, bulk
  actions): snippet permissions are per model, and a Korean translator's "change theme" must
  not reach the French themes. These hooks run before wagtail-localize's own
  ``before_edit_snippet`` (which would otherwise show its translation editor).
"""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, Page, TranslatableMixin

from . import localize_views, views
from .rights import may_work_in

# Ahead of every other hook of the same name, wagtail-localize's included.
FIRST = -10


@hooks.register("register_admin_urls", order=FIRST)
def register_admin_urls():
    localize = [
        path(
            "translate/<int:translation_id>/pofile/download/",
            localize_views.download_pofile,
            name="download_pofile",
        ),
        path(
            "translate/<int:translation_id>/pofile/upload/",
            localize_views.upload_pofile,
            name="upload_pofile",
        ),
        path(
            "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            localize_views.edit_string_translation,
            name="edit_string_translation",
        ),
        path(
            "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            localize_views.edit_override,
            name="edit_override",
        ),
        path(
            "translate/<int:translation_id>/machine_translate/",
            localize_views.machine_translate,
            name="machine_translate",
        ),
        path(
            "translate/<int:translation_id>/preview/",
            localize_views.preview_translation,
            name="preview_translation",
        ),
        path(
            "translate/<int:translation_id>/preview/<str:mode>/",
            localize_views.preview_translation,
            name="preview_translation",
        ),
        path(
            "translate/<int:translation_id>/disable/",
            localize_views.stop_translation,
            name="stop_translation",
        ),
        path(
            "submit/page/<int:page_id>/",
            localize_views.SubmitPageTranslationView.as_view(),
            name="submit_page_translation",
        ),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            localize_views.SubmitSnippetTranslationView.as_view(),
            name="submit_snippet_translation",
        ),
        path(
            "update/<int:translation_source_id>/",
            localize_views.UpdateTranslationsView.as_view(),
            name="update_translations",
        ),
    ]
    board = [path("status/", views.TranslationStatusView.as_view(), name="status")]
    return [
        # Same paths as wagtail-localize's "localize/" include; names live in our namespace.
        path("localize/", include((localize, "translations_localize"))),
        path("translations/", include((board, "translations"))),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_view_board(request.user)


@hooks.register("register_admin_menu_item")
def register_status_menu_item():
    return TranslationStatusMenuItem(
        "Translation status",
        reverse("translations:status"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=250,
    )


def _refused(request, objects):
    for obj in objects:
        if (
            isinstance(obj, TranslatableMixin)
            and not isinstance(obj, Page)
            and not may_work_in(request.user, obj.locale_id)
        ):
            return True
    return False


@hooks.register("before_edit_snippet", order=FIRST)
def edit_snippets_of_your_languages(request, instance):
    if _refused(request, [instance]):
        return permission_denied(request)
    return None


@hooks.register("before_delete_snippet", order=FIRST)
def delete_snippets_of_your_languages(request, instances):
    if _refused(request, instances):
        return permission_denied(request)
    return None


@hooks.register("before_unpublish", order=FIRST)
def unpublish_snippets_of_your_languages(request, instance):
    if _refused(request, [instance]):
        return permission_denied(request)
    return None


@hooks.register("before_create_snippet", order=FIRST)
def create_snippets_in_your_languages(request, model):
    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else Locale.get_default()
    if locale is not None and not may_work_in(request.user, locale.pk):
        return permission_denied(request)
    return None


@hooks.register("before_bulk_action", order=FIRST)
def bulk_actions_on_your_languages(request, action_type, objects, action_class_instance):
    if _refused(request, objects):
        return permission_denied(request)
    return None
