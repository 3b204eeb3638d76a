"""The portal's gettext catalogs: where they are, and what "complete" means.

Each app owns its catalog (``home/locale``, ``cities/locale``, ``news/locale``, ``search/locale``)
so that the teams working on different apps never edit the same PO file; strings of the project
package (base template, error pages) live in the top-level ``locale/``. Every one holds all 26
languages.
"""

from pathlib import Path

from django.conf import settings

import polib

from portal.languages import ENGLISH_NAMES, PLURAL_FORMS, TRANSLATION_LANGUAGE_CODES

# Apps with a catalog of their own; the top-level locale/ takes everything else.
APP_DOMAINS = ("home", "cities", "news", "search")


def catalog_roots():
    """Every locale folder of the project: the top-level one, then each app's."""
    base = Path(settings.BASE_DIR)
    roots = [base / "locale"]
    roots += [base / app / "locale" for app in APP_DOMAINS if (base / app / "locale").is_dir()]
    return roots


def po_files():
    """(language code, path) for every PO file of every catalog root."""
    for root in catalog_roots():
        for code in TRANSLATION_LANGUAGE_CODES:
            yield code, root / code / "LC_MESSAGES" / "django.po"


def catalog_name(path):
    """ "portal" for the top-level catalog, else the app that owns it."""
    app = Path(path).parents[3].name
    return app if app in APP_DOMAINS else "portal"


def fix_header(po, code):
    """Give a catalog its language and the plural rule gettext needs to read it."""
    po.header = f"World Cities portal: {ENGLISH_NAMES[code]} translation."
    po.metadata_is_fuzzy = []  # a fuzzy header would hide the plural rule from msgfmt
    po.metadata["Project-Id-Version"] = "world-cities-portal"
    po.metadata["Language-Team"] = f"{ENGLISH_NAMES[code]} translators of the World Cities portal"
    po.metadata["Last-Translator"] = "World Cities portal team"
    po.metadata.pop("Report-Msgid-Bugs-To", None)
    po.metadata["Language"] = code
    po.metadata["Plural-Forms"] = PLURAL_FORMS[code]
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.metadata.setdefault("Content-Transfer-Encoding", "8bit")
    for key in ("POT-Creation-Date", "PO-Revision-Date"):
        # Dates change on every extraction and tell translators nothing: leave them out
        # so that catalogs only change when their strings do.
        po.metadata.pop(key, None)


def missing_translations(po):
    """Messages of a catalog that have no usable translation."""
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            missing.append(entry)
        elif entry.msgid_plural:
            if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                missing.append(entry)
        elif not entry.msgstr:
            missing.append(entry)
    return missing


def load(path):
    return polib.pofile(str(path), wrapwidth=0)
