"""Issue 2: every catalog is complete, compiles, and its .mo matches the .po."""

import re
import shutil
import subprocess

import polib
import pytest

from portal.catalogs import catalog_name, catalog_roots, load, missing_translations, po_files
from portal.languages import PLURAL_FORMS, TRANSLATION_LANGUAGE_CODES

PO_FILES = list(po_files())
PO_IDS = [f"{catalog_name(path)}/{code}" for code, path in PO_FILES]


def test_every_catalog_root_has_all_26_languages():
    assert len(TRANSLATION_LANGUAGE_CODES) == 26
    for root in catalog_roots():
        for code in TRANSLATION_LANGUAGE_CODES:
            assert (root / code / "LC_MESSAGES" / "django.po").exists(), f"{root}/{code}"


@pytest.mark.parametrize(("code", "path"), PO_FILES, ids=PO_IDS)
def test_catalog_is_complete_and_compiled(code, path):
    po = load(path)
    missing = [entry.msgid for entry in missing_translations(po)]
    assert missing == [], f"{path} lacks translations of {missing}"
    assert po.metadata["Plural-Forms"] == PLURAL_FORMS[code]

    mo_path = path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run manage.py catalogs compile"
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in polib.mofile(str(mo_path))
    }
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        key = (entry.msgctxt, entry.msgid)
        assert key in compiled, f"{mo_path} is out of date ({entry.msgid!r}): run catalogs compile"
        if entry.msgid_plural:
            assert compiled[key][1] == entry.msgstr_plural
        else:
            assert compiled[key][0] == entry.msgstr


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize(("code", "path"), PO_FILES, ids=PO_IDS)
def test_catalog_passes_msgfmt_check(code, path):
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("code", "path"), PO_FILES, ids=PO_IDS)
def test_translations_keep_their_placeholders(code, path):
    """A translation that drops or renames %(name)s would crash or mislead at run time."""
    placeholder = re.compile(r"%\((\w+)\)[sd]")
    for entry in load(path):
        if not entry.msgid or entry.obsolete:
            continue
        expected = set(placeholder.findall(entry.msgid))
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            found = set(placeholder.findall(text))
            # Languages with one plural form may leave the count out of singular forms.
            assert found <= expected | set(placeholder.findall(entry.msgid_plural or "")), (
                f"{path}: {entry.msgid!r} -> {text!r}"
            )
            if not entry.msgid_plural:
                assert found == expected, f"{path}: {entry.msgid!r} -> {text!r}"
