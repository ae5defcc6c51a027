"""People search on the databases' own text search, in place of the SearchWord table; and the
stored status goes (it was written and never read: a status depends on the time of asking).

SQLite: an FTS5 table (contentless, one column of the person's searched words) kept in step by
triggers on the person table, tokenized by `unicode61 remove_diacritics 2`; the triggers turn
the letters that Unicode does not decompose (ø, æ, ł, ß, ...) into the ones people type.
PostgreSQL: a GIN index on the tsvector of the same columns, folded by `unaccent` (an
extension: the role needs to be allowed to create it, as a database owner is since
PostgreSQL 13) and with punctuation turned into spaces, through one immutable function that the
People search calls (selectors/search.py).
The columns and the SQL are written out here, frozen: a later change makes a migration of its own.
"""

from django.db import migrations

SEARCHED = ("full_name", "given_name", "family_name", "additional_names", "nickname",
            "organisation", "tags")
# Letters that unicode61 and Unicode decomposition leave whole, and what people type for them
# (domain/search_words.py folds a search the same way).
FOLDED = (("ø", "o"), ("Ø", "o"), ("æ", "ae"), ("Æ", "ae"), ("œ", "oe"), ("Œ", "oe"),
          ("ł", "l"), ("Ł", "l"), ("đ", "d"), ("Đ", "d"), ("ð", "d"), ("Ð", "d"),
          ("þ", "th"), ("Þ", "th"), ("ı", "i"), ("ß", "ss"), ("ẞ", "ss"))

TABLE = "followthrough_person_search"
FUNCTION = "followthrough_person_words"


def _sqlite_words(row: str) -> str:
    text = " || ' ' || ".join(f"{row}.{column}" for column in SEARCHED)
    for letter, plain in FOLDED:
        text = f"replace({text}, '{letter}', '{plain}')"
    return text


SQLITE = [
    # prefix: the starts of words of 1 to 3 letters indexed too, so a short prefix ("ma") reads
    # one entry instead of every word that begins so (a search "Ma 1": 11.7 -> 5.1 ms).
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(words, content='', prefix='1 2 3', "
    "tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON followthrough_person BEGIN "
    f"INSERT INTO {TABLE}(rowid, words) VALUES (new.id, {_sqlite_words('new')}); END",
    # A contentless table forgets a row by being told the words it indexed for it.
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON followthrough_person BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, words) VALUES ('delete', old.id, {_sqlite_words('old')}); END",
    f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF {', '.join(SEARCHED)} ON followthrough_person "
    f"BEGIN INSERT INTO {TABLE}({TABLE}, rowid, words) VALUES ('delete', old.id, {_sqlite_words('old')}); "
    f"INSERT INTO {TABLE}(rowid, words) VALUES (new.id, {_sqlite_words('new')}); END",
    f"INSERT INTO {TABLE}(rowid, words) SELECT p.id, {_sqlite_words('p')} FROM followthrough_person p",
]
SQLITE_UNDO = [f"DROP TRIGGER {TABLE}_insert", f"DROP TRIGGER {TABLE}_delete",
               f"DROP TRIGGER {TABLE}_update", f"DROP TABLE {TABLE}"]


def _postgresql(schema: str) -> list[str]:
    arguments = ", ".join(f"${n}" for n in range(1, len(SEARCHED) + 1))
    unaccent = f'"{schema}".unaccent(\'"{schema}".unaccent\'::regdictionary, concat_ws(\' \', {arguments}))'
    # ASCII punctuation becomes a space, as in the search's own folding: "jane.doe" is two
    # words, not the host name PostgreSQL's parser would make of it.
    words = f"regexp_replace(lower({unaccent}), '[\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e]+', ' ', 'g')"
    return [
        f"CREATE FUNCTION {FUNCTION}({', '.join(['text'] * len(SEARCHED))}) RETURNS tsvector "
        # COST: ~15 µs a call, ten times a plain function's; at the default PostgreSQL may
        # choose to fold every person of the owner rather than read the index.
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 1000 "
        f"AS $$ SELECT to_tsvector('simple'::regconfig, {words}) $$",
        f"CREATE INDEX person_search ON followthrough_person USING gin ({FUNCTION}({', '.join(SEARCHED)}))",
    ]


POSTGRESQL_UNDO = ["DROP INDEX person_search",
                   f"DROP FUNCTION {FUNCTION}({', '.join(['text'] * len(SEARCHED))})"]


def create_search(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        statements = SQLITE
    elif connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            cursor.execute("SELECT extnamespace::regnamespace::text FROM pg_extension "
                           "WHERE extname = 'unaccent'")
            schema = cursor.fetchone()[0].strip('"')
        statements = _postgresql(schema)
    else:
        return
    for statement in statements:
        schema_editor.execute(statement)


def drop_search(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"sqlite": SQLITE_UNDO, "postgresql": POSTGRESQL_UNDO}.get(vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ("followthrough", "0012_merges_and_cadence_links"),
    ]

    operations = [
        migrations.DeleteModel(name="SearchWord"),
        migrations.RemoveField(model_name="person", name="status"),
        migrations.RunPython(create_search, drop_search),
    ]
