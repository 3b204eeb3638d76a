"""PostgreSQL only: extensions, one text search configuration per language, GIN indexes.

On SQLite every operation here does nothing (the search falls back to folded text there).

- ``unaccent`` (a filtering dictionary: accents never decide a match) and ``pg_trgm``
  (trigram GIN index for the substring matching of Korean words);
- ``search_<code>`` for each portal language: a copy of PostgreSQL's configuration for that
  language if this server has one, else of ``simple``, with ``unaccent`` in front of the
  dictionaries of every word token type; ``search_simple`` for anything else;
- a GIN index on the weighted tsvector and a trigram GIN index on the compact text.

The lists below are frozen copies of ``search.languages`` at the time of writing, as a
migration must not change when the code it was written against does.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

LANGUAGE_CODES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
    "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ko", "vi", "id",
)  # fmt: skip
POSTGRES_CONFIGURATIONS = {
    "da": "danish", "de": "german", "el": "greek", "en": "english", "es": "spanish",
    "fi": "finnish", "fr": "french", "ga": "irish", "hu": "hungarian", "id": "indonesian",
    "it": "italian", "lt": "lithuanian", "nl": "dutch", "pt": "portuguese",
    "ro": "romanian", "sv": "swedish",
}  # fmt: skip
# Token types that carry letters beyond ASCII (the others need no unaccenting).
WORD_TOKEN_TYPES = ("word", "hword", "hword_part")


def configurations():
    yield "search_simple", "simple"
    for code in LANGUAGE_CODES:
        yield f"search_{code}", POSTGRES_CONFIGURATIONS.get(code, "simple")


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_catalog.pg_ts_config")
        available = {row[0] for row in cursor.fetchall()}
        for name, base in configurations():
            if base not in available:
                base = "simple"  # an older PostgreSQL without this language
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {base})")
            for token_type in WORD_TOKEN_TYPES:
                # The dictionaries the copied configuration uses for this token type.
                cursor.execute(
                    """
                    SELECT d.dictname
                    FROM pg_catalog.pg_ts_config_map m
                    JOIN pg_catalog.pg_ts_config c ON c.oid = m.mapcfg
                    JOIN pg_catalog.pg_ts_dict d ON d.oid = m.mapdict
                    JOIN ts_token_type('default') t ON t.tokid = m.maptokentype
                    WHERE c.cfgname = %s AND t.alias = %s
                    ORDER BY m.mapseqno
                    """,
                    [name, token_type],
                )
                dictionaries = [row[0] for row in cursor.fetchall()] or ["simple"]
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {token_type} "
                    f"WITH unaccent, {', '.join(dictionaries)}"
                )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name, _base in configurations():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class PostgresSQL(migrations.RunSQL):
    """RunSQL that runs on PostgreSQL only."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(create_configurations, drop_configurations),
        PostgresSQL(
            "CREATE INDEX search_vector_gin ON search_pageindexentry USING gin (search_vector)",
            "DROP INDEX IF EXISTS search_vector_gin",
        ),
        PostgresSQL(
            "CREATE INDEX search_compact_trgm ON search_pageindexentry "
            "USING gin (compact gin_trgm_ops)",
            "DROP INDEX IF EXISTS search_compact_trgm",
        ),
    ]
