"""wagtail-localize's admin views, with the portal's language rule and clearer PO uploads.

``wagtail_hooks.py`` mounts these at wagtail-localize's own addresses, ahead of its URLs, so
``reverse("wagtail_localize:upload_pofile", ...)`` and the translation editor's buttons reach
them unchanged. What they add:

- the language rule of ``translations.rights`` on every view that reads or writes one
  translation (PO download and upload, string and override edits, machine translation, stop):
  wagtail-localize checks page rights, which are per language, but only model rights for
  snippets, which are not;
- "Translate" (submit) offers a translator only their own languages; whoever may edit the
  source's language (communication staff for English) may submit into any language;
- "Sync translated pages" is for those who may edit the source's language;
- a PO upload that is not a PO file of this translation gets a message saying what is wrong
  and changes nothing (wagtail-localize answers a file without its header with a server error).
"""

import contextlib
import os
import re
import tempfile
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation, submit_translations, update_translations
from wagtail_localize.views.edit_translation import user_can_edit_instance

import polib

from .rights import language_rights, may_work_in

MAX_PO_FILE_BYTES = 5 * 1024 * 1024
TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


def translation_language_required(view):
    """Refuse a translation view to users who may not work in the translation's language."""

    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        if not may_work_in(request.user, translation.target_locale_id):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded


download_pofile = translation_language_required(edit_translation.download_pofile)
edit_string_translation = translation_language_required(edit_translation.edit_string_translation)
edit_override = translation_language_required(edit_translation.edit_override)
machine_translate = translation_language_required(edit_translation.machine_translate)
stop_translation = translation_language_required(edit_translation.stop_translation)
preview_translation = translation_language_required(edit_translation.preview_translation)


class InvalidPOFile(Exception):
    """An uploaded file that cannot be imported; the message says why, for the translator."""


def _parse_po(data):
    # polib.pofile() reads a *path* when given a string that names an existing file, so the
    # upload goes through a temporary file of our own, never through a string (as
    # wagtail-localize does it).
    handle = tempfile.NamedTemporaryFile(suffix=".po", delete=False)  # noqa: SIM115
    try:
        with handle:
            handle.write(data)
        return polib.pofile(handle.name)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def read_uploaded_po(uploaded, translation):
    """The PO file uploaded for ``translation``, or InvalidPOFile with the reason."""
    if uploaded is None:
        raise InvalidPOFile("No file was uploaded. Choose the PO file you translated.")
    if uploaded.size > MAX_PO_FILE_BYTES:
        raise InvalidPOFile("The file is larger than 5 MB, so it is not a PO file of this page.")
    data = uploaded.read()
    if not data.strip():
        raise InvalidPOFile("The file is empty.")
    try:
        po = _parse_po(data)
    except (UnicodeDecodeError, LookupError) as error:
        raise InvalidPOFile(
            "The file is not a PO file: it is not UTF-8 text. Save it as UTF-8 and try again."
        ) from error
    except (OSError, ValueError) as error:
        line = re.search(r"\(line (\d+)\)", str(error))
        where = f" on line {line.group(1)}" if line else ""
        raise InvalidPOFile(f"The file is not a valid PO file: syntax error{where}.") from error
    translation_id = po.metadata.get(TRANSLATION_ID_HEADER)
    if not translation_id:
        raise InvalidPOFile(
            f"The file has no {TRANSLATION_ID_HEADER} header, so it was not downloaded from "
            "this translation. Download the PO file here, translate it and upload that file."
        )
    if translation_id != str(translation.uuid):
        raise InvalidPOFile(
            "This PO file belongs to another translation (another page, snippet or language)."
        )
    return po


@require_POST
@translation_language_required
def upload_pofile(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id
    )
    instance = translation.get_target_instance()
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    next_url = (
        get_valid_next_url_from_request(request) or translation.get_target_instance_edit_url()
    )

    try:
        po = read_uploaded_po(request.FILES.get("file"), translation)
    except InvalidPOFile as error:
        messages.error(request, f"{error} Nothing was imported.")
        return redirect(next_url)

    translated = {index for index, entry in enumerate(po) if entry.msgstr and not entry.obsolete}
    if not translated:
        messages.warning(request, "The PO file has no translated strings. Nothing was imported.")
        return redirect(next_url)

    warnings = translation.import_po(po, user=request.user, tool_name="PO File")
    skipped = [warning for warning in warnings if warning.index in translated]
    imported = len(translated) - len(skipped)
    messages.success(
        request,
        f"Imported {imported} translated string{'s' if imported != 1 else ''} from the PO file. "
        "Publish the translation to show them on the site.",
    )
    if skipped:
        messages.warning(
            request,
            f"{len(skipped)} string{'s' if len(skipped) != 1 else ''} of the file no longer "
            "match the English source (it changed since the file was downloaded) and "
            "were skipped.",
        )
    return redirect(next_url)


class OwnLanguagesMixin:
    """Translators may start translations into their own languages only."""

    def get_form(self):
        form = super().get_form()
        rights = language_rights(self.request.user)
        if not rights.allows(self.object.locale_id):
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(pk__in=rights.locale_ids)
        return form


class SubmitPageTranslationView(OwnLanguagesMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(
    OwnLanguagesMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages" re-extracts the source and may publish every translation."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, pk=kwargs["translation_source_id"])
        if not may_work_in(request.user, source.locale_id):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
