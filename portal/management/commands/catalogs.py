"""Extract, fill, compile and check the portal's gettext catalogs.

    manage.py catalogs extract [APP ...]           update PO files from the code (needs gettext)
    manage.py catalogs fill FILE.json [--catalog APP]   merge translations into the catalogs
    manage.py catalogs compile [APP ...]           write .mo files (pure Python, no gettext)
    manage.py catalogs check [APP ...]             list what is untranslated; fails if any

``APP`` is ``portal`` (the project package, into ``locale/``) or one of the apps with a
catalog of its own (``home``, ``cities``, ``news``, ``search``); without it, every catalog.
``fill`` reads ``{msgid: {lang: text}}``; a key ``"context\x04msgid"`` targets a message with
that context (gettext's own separator); plural forms are a list, in the order of the
language's Plural-Forms rule.
"""

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.catalogs import (
    APP_DOMAINS,
    catalog_name,
    fix_header,
    load,
    missing_translations,
    po_files,
)
from portal.languages import PLURAL_FORMS, TRANSLATION_LANGUAGE_CODES

IGNORED = [".venv", "venv", "tests", "staticfiles", "media", "node_modules", *APP_DOMAINS]


@contextmanager
def working_directory(path):
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["extract", "fill", "compile", "check"])
        parser.add_argument("targets", nargs="*")
        parser.add_argument(
            "--catalog",
            action="append",
            dest="catalogs",
            help="with fill: only write into this catalog (portal, home, cities, …)",
        )

    def handle(self, action, targets, catalogs=None, **options):
        self.catalogs = catalogs
        getattr(self, f"do_{action}")(targets)

    def selected_po_files(self, names):
        """PO files of the named catalogs (all when none is named)."""
        for name in names or []:
            if name != "portal" and name not in APP_DOMAINS:
                raise CommandError(f"Unknown catalog {name!r}")
        for code, path in po_files():
            if not names or catalog_name(path) in names:
                yield code, path

    def do_extract(self, targets):
        base = Path(settings.BASE_DIR)
        for target in targets or ["portal", *APP_DOMAINS]:
            if target == "portal":
                folder, ignore = base, IGNORED
            elif target in APP_DOMAINS:
                folder, ignore = base / target, []
                (folder / "locale").mkdir(exist_ok=True)
            else:
                raise CommandError(f"Unknown catalog {target!r}")
            with working_directory(folder):
                call_command(
                    "makemessages",
                    locale=list(TRANSLATION_LANGUAGE_CODES),
                    ignore_patterns=ignore,
                    no_obsolete=True,
                    add_location="file",
                    verbosity=0,
                )
            locale_dir = folder / "locale"
            if target != "portal" and not any(locale_dir.iterdir()):
                locale_dir.rmdir()  # an app without strings needs no catalog
        for code, path in po_files():
            if path.exists():
                po = load(path)
                fix_header(po, code)
                po.save()
        self.stdout.write("Catalogs extracted.")

    def do_fill(self, targets):
        if not targets:
            raise CommandError("Give one or more JSON files of translations.")
        translations = {}
        for name in targets:
            with open(name, encoding="utf-8") as handle:
                for msgid, by_language in json.load(handle).items():
                    translations.setdefault(msgid, {}).update(by_language)
        filled = 0
        for code, path in self.selected_po_files(self.catalogs):
            if not path.exists():
                continue
            po = load(path)
            changed = False
            for entry in po:
                key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
                text = translations.get(key, {}).get(code)
                if text is None:
                    continue
                if entry.msgid_plural:
                    forms = text if isinstance(text, list) else [text]
                    nplurals = int(PLURAL_FORMS[code].split(";")[0].split("=")[1])
                    forms = (forms + [forms[-1]] * nplurals)[:nplurals]
                    entry.msgstr_plural = dict(enumerate(forms))
                else:
                    entry.msgstr = text
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
                entry.previous_msgid = entry.previous_msgid_plural = None
                changed = True
                filled += 1
            if changed:
                fix_header(po, code)
                po.save()
        self.stdout.write(f"{filled} translations written.")

    def do_compile(self, targets):
        count = 0
        for _code, path in self.selected_po_files(targets):
            if not path.exists():
                continue
            mo_path = path.with_suffix(".mo")
            with tempfile.NamedTemporaryFile(suffix=".mo") as compiled:
                load(path).save_as_mofile(compiled.name)
                data = Path(compiled.name).read_bytes()
            # Only rewrite what changed, so compiling never touches another team's files.
            if not mo_path.exists() or mo_path.read_bytes() != data:
                mo_path.write_bytes(data)
                count += 1
        self.stdout.write(f"{count} catalogs compiled.")

    def do_check(self, targets):
        problems = 0
        for code, path in self.selected_po_files(targets):
            if not path.exists():
                self.stdout.write(f"{path}: missing")
                problems += 1
                continue
            for entry in missing_translations(load(path)):
                self.stdout.write(f"{path} [{code}]: {entry.msgid!r}")
                problems += 1
        if problems:
            raise CommandError(f"{problems} untranslated messages or missing catalogs.")
        self.stdout.write("Every catalog is complete.")
