"""Issue 7: what each database adds. PostgreSQL: a configuration per language (stemming,
stop words, unaccent), weighted tsvectors, GIN and trigram indexes, ts_headline excerpts.
SQLite: folded words and compact text, matched as substrings."""

from django.db import connection

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from portal.languages import LANGUAGE_CODES
from search.languages import POSTGRES_CONFIGURATIONS, configuration_for
from search.models import PageIndexEntry
from search.query import PageSearch

from .conftest import home_of, requires_postgres, requires_sqlite
from .factories import StandardPageFactory, paragraphs

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pages(module_db):
    en, de = home_of("en"), home_of("de")
    return {
        "partnership": StandardPageFactory(
            parent=en,
            title="City partnership",
            body=paragraphs("<p>The cities agreed on a partnership for cleaner harbours.</p>"),
        ),
        "stadt": StandardPageFactory(
            parent=de,
            locale=de.locale,
            title="Die Stadt am Fluss",
            intro="Eine Stadt erneuert ihre Häfen.",
        ),
    }


def titles(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(" ", strip=True) for h in soup.select(".search-result__title")]


# Both databases -----------------------------------------------------------------------


def test_word_beginnings_match_on_both_databases(client, pages):
    assert titles(client, "en", "partner") == ["City partnership"]
    assert titles(client, "de", "erneuer") == ["Die Stadt am Fluss"]


# PostgreSQL ---------------------------------------------------------------------------


@requires_postgres
@pytest.mark.postgres
def test_every_language_has_a_configuration_with_unaccent_first(db):
    with connection.cursor() as cursor:
        for code in LANGUAGE_CODES:
            cursor.execute(
                "SELECT to_tsvector(%s::regconfig, 'Košice Nẵng')::text",
                [configuration_for(code)],
            )
            vector = cursor.fetchone()[0]
            assert "'kosic" in vector and "'nan" in vector, (code, vector)
            assert "š" not in vector and "ẵ" not in vector, (code, vector)


@requires_postgres
@pytest.mark.postgres
def test_languages_postgresql_knows_are_stemmed_and_others_are_simple(db):
    with connection.cursor() as cursor:
        for code in LANGUAGE_CODES:
            cursor.execute(
                """
                SELECT d.dictname FROM pg_ts_config_map m
                JOIN pg_ts_config c ON c.oid = m.mapcfg
                JOIN pg_ts_dict d ON d.oid = m.mapdict
                JOIN ts_token_type('default') t ON t.tokid = m.maptokentype
                WHERE c.cfgname = %s AND t.alias = 'word' ORDER BY m.mapseqno
                """,
                [configuration_for(code)],
            )
            stemmer = POSTGRES_CONFIGURATIONS.get(code)
            expected = ["unaccent", f"{stemmer}_stem" if stemmer else "simple"]
            assert [row[0] for row in cursor.fetchall()] == expected, code
        cursor.execute("SELECT to_tsvector('search_en', 'The cities')::text")
        assert cursor.fetchone()[0] == "'citi':2"  # stemmed; "the" is a stop word
        cursor.execute("SELECT to_tsvector('search_ko', '서울에서는')::text")
        assert cursor.fetchone()[0] == "'서울에서는':1"


@requires_postgres
@pytest.mark.postgres
def test_stemming_finds_other_forms_of_a_word(client, pages):
    assert titles(client, "en", "partnerships") == ["City partnership"]
    assert titles(client, "de", "Städten") == ["Die Stadt am Fluss"]
    assert titles(client, "de", "Hafen erneuern") == ["Die Stadt am Fluss"]


@requires_postgres
@pytest.mark.postgres
def test_excerpt_marks_every_form_of_the_word(client, pages):
    response = client.get("/en/search/", {"q": "city", "type": "page"})
    soup = BeautifulSoup(response.content, "html.parser")
    excerpt = soup.select_one(".search-result__excerpt")
    assert [mark.get_text() for mark in excerpt.select("mark")] == ["cities"]


@requires_postgres
@pytest.mark.postgres
def test_rows_carry_a_weighted_vector_in_their_language(pages):
    row = PageIndexEntry.objects.get(page_id=pages["partnership"].pk)
    assert row.folded_text == ""  # PostgreSQL matches the vector, not folded words
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_filter(search_vector, '{a}')::text FROM search_pageindexentry WHERE id = %s",
            [row.pk],
        )
        assert cursor.fetchone()[0] == "'citi':1A 'partnership':2A"


@requires_postgres
@pytest.mark.postgres
def test_indexes_and_extensions_exist(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        assert {"unaccent", "pg_trgm"} <= {row[0] for row in cursor.fetchall()}
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_pageindexentry'"
        )
        definitions = dict(cursor.fetchall())
    assert "USING gin (search_vector)" in definitions["search_vector_gin"]
    assert "gin_trgm_ops" in definitions["search_compact_trgm"]


@requires_postgres
@pytest.mark.postgres
def test_the_tsquery_searches_the_visitors_language_and_english(pages):
    search = PageSearch("Städte", Locale.objects.get(language_code="de"))
    sql = str(search.results().query)
    assert "search_de" in sql and "search_en" in sql


# SQLite -------------------------------------------------------------------------------


@requires_sqlite
def test_sqlite_rows_carry_folded_words(pages):
    row = PageIndexEntry.objects.get(page_id=pages["stadt"].pk)
    assert row.folded_title == " die stadt am fluss "
    assert row.folded_text == " eine stadt erneuert ihre hafen "
    assert row.search_vector is None


@requires_sqlite
def test_sqlite_matches_accent_folded_word_beginnings_without_stemming(client, pages):
    assert titles(client, "de", "hafen") == ["Die Stadt am Fluss"]  # Häfen
    assert titles(client, "en", "partnership citi") == ["City partnership"]
    # No stemmer: another form of the word is not found on SQLite (it is on PostgreSQL).
    assert titles(client, "en", "partnerships") == []
