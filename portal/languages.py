"""The portal's 27 languages, in one place.

Settings, the language switcher and the catalog tooling all read this module, so adding a
language is one line here plus its catalog under ``locale/``.
"""

# The 24 official EU languages, then the partner countries' languages (Australia and
# South Africa read English). Order is the order of the language switcher: EU languages
# in the EU's protocol order by ISO code, partner languages after them.
EU_LANGUAGE_CODES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip
PARTNER_LANGUAGE_CODES = ("ko", "vi", "id")
LANGUAGE_CODES = EU_LANGUAGE_CODES + PARTNER_LANGUAGE_CODES

SOURCE_LANGUAGE_CODE = "en"
TRANSLATION_LANGUAGE_CODES = tuple(c for c in LANGUAGE_CODES if c != SOURCE_LANGUAGE_CODE)

# English names, used by Django's LANGUAGES setting and the admin. Visitors see each
# language by its own name (``name_local`` in Django's LANG_INFO).
ENGLISH_NAMES = {
    "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French",
    "ga": "Irish", "hr": "Croatian", "hu": "Hungarian", "it": "Italian",
    "lt": "Lithuanian", "lv": "Latvian", "mt": "Maltese", "nl": "Dutch", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "sk": "Slovak", "sl": "Slovenian",
    "sv": "Swedish", "ko": "Korean", "vi": "Vietnamese", "id": "Indonesian",
}  # fmt: skip

# Each language by its own name, as the Europa web guide writes them in language switchers
# (Django's LANG_INFO has adverbs for some, such as "česky" or "slovensky").
NATIVE_NAMES = {
    "bg": "български", "cs": "čeština", "da": "dansk", "de": "Deutsch", "el": "ελληνικά",
    "en": "English", "es": "español", "et": "eesti", "fi": "suomi", "fr": "français",
    "ga": "Gaeilge", "hr": "hrvatski", "hu": "magyar", "it": "italiano", "lt": "lietuvių",
    "lv": "latviešu", "mt": "Malti", "nl": "Nederlands", "pl": "polski", "pt": "português",
    "ro": "română", "sk": "slovenčina", "sl": "slovenščina", "sv": "svenska",
    "ko": "한국어", "vi": "Tiếng Việt", "id": "Bahasa Indonesia",
}  # fmt: skip

# Django ships no LANG_INFO entry for Maltese; settings add this one at start-up.
MALTESE_LANG_INFO = {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"}

# gettext plural rules (the Plural-Forms header of each catalog), from the Unicode CLDR
# as GNU gettext spells them. The catalog tooling writes them; Django reads them at run time.
PLURAL_FORMS = {
    "bg": "nplurals=2; plural=(n != 1);",
    "cs": "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
    "da": "nplurals=2; plural=(n != 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "el": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "et": "nplurals=2; plural=(n != 1);",
    "fi": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "ga": "nplurals=5; plural=n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 :(n>6 && n<11) ? 3 : 4;",
    "hr": "nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;",
    "hu": "nplurals=2; plural=(n != 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "lt": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "lv": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);",
    "mt": "nplurals=4; plural=(n==1 ? 0 : n==0 || ( n%100>1 && n%100<11) ? 1 : (n%100>10 && n%100<20 ) ? 2 : 3);",
    "nl": "nplurals=2; plural=(n != 1);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "pt": "nplurals=2; plural=(n != 1);",
    "ro": "nplurals=3; plural=(n==1?0:(((n%100>19)||((n%100==0)&&(n!=0)))?2:1));",
    "sk": "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
    "sv": "nplurals=2; plural=(n != 1);",
    "ko": "nplurals=1; plural=0;",
    "vi": "nplurals=1; plural=0;",
    "id": "nplurals=1; plural=0;",
}
