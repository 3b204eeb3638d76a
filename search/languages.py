"""Which PostgreSQL text search configuration searches each portal language.

Migration ``0002_postgres_search`` creates one configuration per language, named
``search_<code>``: a copy of PostgreSQL's own configuration for that language (its stemmer and
stop words) where PostgreSQL ships one, of ``simple`` otherwise, with the ``unaccent``
dictionary in front so that accents never decide a match. Any other language code is searched
with ``search_simple``.
"""

# PostgreSQL 15's built-in configurations for portal languages. Bulgarian, Czech, Estonian,
# Croatian, Latvian, Maltese, Polish, Slovak, Slovenian, Korean and Vietnamese have none:
# ``simple`` (lower case, no stemming, no stop words) is the honest choice for them.
POSTGRES_CONFIGURATIONS = {
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sv": "swedish",
}

# The languages the migration made a configuration for (frozen there, repeated here).
CONFIGURED_LANGUAGES = frozenset(
    (
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
        "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ko", "vi", "id",
    )
)  # fmt: skip

SIMPLE_CONFIGURATION = "search_simple"


def configuration_for(language_code):
    """The name of the text search configuration for a language code."""
    if language_code in CONFIGURED_LANGUAGES:
        return f"search_{language_code}"
    return SIMPLE_CONFIGURATION
