"""Schema versions. Each step runs in its own transaction; the version is recorded with it.

A step must not import today's models for the tables it alters: when a later version
changes a model, copy the model as it was into the step that created it (a frozen copy),
so that upgrading an old file replays history exactly.
"""

from __future__ import annotations

from collections.abc import Callable

from pathlib import Path

from peewee import Database, SqliteDatabase

from ..domain.errors import OmsError
from . import models


class SchemaTooNew(OmsError):
    def __init__(self, found: int, known: int, path: str | None = None):
        if path is None:
            super().__init__("this database was written by a newer version of the app "
                             "(schema {found}; this version knows up to {known}); "
                             "update the app to open it", found=found, known=known)
        else:
            super().__init__("{path}: this database was written by a newer version of the "
                             "app (schema {found}; this version knows up to {known}); "
                             "update the app to open it", path=path, found=found, known=known)
        self.found = found
        self.known = known


def _v1_create_tables(db: Database) -> None:
    db.create_tables(models.ALL_MODELS)


def _v2_search_index(db: Database) -> None:
    """Full-text search over own products and catalog offers (see store/search_index.py).

    Raw SQL with the table and column names as they are at version 2, so that later model
    changes do not alter what this step does. Exact look-ups by SKU and EAN already have
    indexes (product: unique; catalog_offer: sku, ean); a supplier reference was indexed
    only after the supplier column, so a scanned reference of any supplier gets its own.
    """
    db.execute_sql("CREATE INDEX IF NOT EXISTS catalog_offer_supplier_ref "
                   "ON catalog_offer (supplier_ref)")
    if not isinstance(db, SqliteDatabase):
        # PostgreSQL: its full-text index came with version 3 (until then search fell
        # back to LIKE on LOWER(...), without accent folding)
        return
    # An FTS5 table that keeps its own copy of the words, neither contentless nor external
    # content: removing an entry from those needs the exact words it was indexed with
    # ("delete" command), and an import has already overwritten the offer by the time it
    # refreshes the index; contentless_delete=1 (SQLite 3.43+) would lift that, but this
    # SQLite is 3.40 and a file made with it could not be opened by an older SQLite.
    # The copy costs the size of the words (name, SKU, EAN, reference). Kind and key are
    # the rowid: a product's id, or 2**40 + an offer's id (so products come first in rowid
    # order); frozen here because the file depends on it.
    db.execute_sql("CREATE VIRTUAL TABLE search_index USING fts5("
                   "words, tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3')")
    db.execute_sql("INSERT INTO search_index (rowid, words) "
                   "SELECT id, name || ' ' || sku || ' ' || COALESCE(ean, '') FROM product")
    db.execute_sql("INSERT INTO search_index (rowid, words) "
                   "SELECT 1099511627776 + id, description || ' ' || sku || ' ' "
                   "|| COALESCE(ean, '') || CASE WHEN supplier_ref = sku THEN '' "
                   "ELSE ' ' || supplier_ref END FROM catalog_offer WHERE available")


def _v3_search_index_postgresql(db: Database) -> None:
    """The full-text search of version 2 on PostgreSQL, with core PostgreSQL only (no
    unaccent or pg_trgm: a hosted server may refuse CREATE EXTENSION).

    A table `search_index` whose entries are numbered as the FTS5 rowids (a product's id,
    or 2**40 + an offer's id) and hold the same `words` text, plus `document`: those words
    folded and split into terms, a tsvector under a GIN index. A term holding a digit (a
    code, a size, a number) is marked with a leading '~', so that the other terms, the
    vocabulary, can be listed apart in `search_word`: a word typed is then looked for as
    the few vocabulary terms it begins, exact keys that GIN intersects fast, rather than
    as a prefix, whose every posting GIN gathers first (5x slower for common words).
    SQL functions fold and split a text (the same for what is indexed and what is typed)
    and turn what is typed into a tsquery of prefixes. Frozen here (bodies, separators,
    the mark, the numbering): stored documents depend on them. Nothing to do on SQLite."""
    if isinstance(db, SqliteDatabase):
        return
    utf8, version = db.execute_sql("SELECT current_setting('server_encoding') = 'UTF8', "
                                   "current_setting('server_version_num')::int").fetchone()
    db.execute_sql(
        "CREATE FUNCTION oms_search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
        f"PARALLEL SAFE AS $$ SELECT {_fold_expression(utf8, version)} $$")
    separators = _SEPARATORS if utf8 else _SEPARATORS_ASCII
    db.execute_sql(
        "CREATE FUNCTION oms_search_split(text) RETURNS text[] LANGUAGE sql IMMUTABLE "
        "STRICT PARALLEL SAFE AS $$ SELECT array_remove(string_to_array(regexp_replace("
        f"regexp_replace(oms_search_fold($1), {_quote(separators)}, ' ', 'g'), "
        f"{_quote('([^ ]*[0-9][^ ]*)')}, {_quote('~' + chr(92) + '1')}, 'g'), ' '), '') $$")
    # array_to_tsvector takes the terms as they are: no parser, no dictionary, no locale
    db.execute_sql(
        "CREATE FUNCTION oms_search_document(text) RETURNS tsvector LANGUAGE sql IMMUTABLE "
        "STRICT PARALLEL SAFE AS $$ SELECT array_to_tsvector(oms_search_split($1)) $$")
    # Every word typed a prefix of a term (a word of letters: of a vocabulary term or a
    # code); a single letter or digit a whole term, as on SQLite, whose prefix would match
    # a good part of the index. All of them required; each quoted, so that nothing typed
    # is read as tsquery syntax. NULL when nothing typed is a word.
    db.execute_sql(
        "CREATE FUNCTION oms_search_query(text) RETURNS tsquery LANGUAGE sql IMMUTABLE "
        "STRICT PARALLEL SAFE AS $$ SELECT string_agg(CASE "
        "WHEN length(t) = 1 OR (length(t) = 2 AND left(t, 1) = '~') THEN quote_literal(t) "
        "WHEN left(t, 1) = '~' THEN quote_literal(t) || ':*' "
        "ELSE '(' || quote_literal(t) || ':* | ' || quote_literal('~' || t) || ':*)' END, "
        "' & ')::tsquery FROM unnest(oms_search_split($1)) AS t $$")
    db.execute_sql("CREATE TABLE search_index (entry BIGINT PRIMARY KEY, words TEXT NOT NULL, "
                   "document TSVECTOR NOT NULL)")
    db.execute_sql('CREATE TABLE search_word (word TEXT COLLATE "C" PRIMARY KEY)')
    db.execute_sql("INSERT INTO search_index (entry, words, document) "
                   "SELECT entry, words, oms_search_document(words) FROM "
                   "(SELECT id AS entry, name || ' ' || sku || ' ' || COALESCE(ean, '') AS words "
                   "FROM product UNION ALL "
                   "SELECT 1099511627776 + id, description || ' ' || sku || ' ' "
                   "|| COALESCE(ean, '') || CASE WHEN supplier_ref = sku THEN '' "
                   "ELSE ' ' || supplier_ref END FROM catalog_offer WHERE available) AS e")
    db.execute_sql("INSERT INTO search_word (word) SELECT DISTINCT t FROM search_index, "
                   "unnest(tsvector_to_array(document)) AS t WHERE left(t, 1) <> '~'")
    # New entries wait in the index's pending list, which every search reads through: 256 kB
    # (not 4 MB) keeps that under a millisecond, and a bulk load costs no more.
    db.execute_sql("CREATE INDEX search_index_document ON search_index USING gin (document) "
                   "WITH (gin_pending_list_limit = 256)")
    db.execute_sql("ANALYZE search_index")


# Folding as FTS5's `unicode61 remove_diacritics 2` does: lower case, and accents off the
# letters that decompose into a letter and accents (é, ç, ñ, ő...; not æ, ø, œ, ł).
# PostgreSQL 13+ on UTF-8 decomposes (normalize); older servers translate Latin-1 and
# Latin Extended-A as FTS5 folds them (A-Z too, whatever the locale); a database in another
# encoding folds ASCII only. Lower case is applied last: under LC_CTYPE=C, lower() leaves
# non-ASCII letters alone, and decomposing É first leaves an E it can lower.
_COMBINING = "[\\u0300-\\u036f]+"
_FOLD_FROM = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ"
              "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
              "ĀāĂăĄąĆćĈĉĊċČčĎďĐĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦĨĩĪīĬĭĮįİĲĴĵĶķĹĺĻļĽľĿŁŃńŅņŇňŊ"
              "ŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ")
_FOLD_TO = ("abcdefghijklmnopqrstuvwxyz"
            "aaaaaaæceeeeiiiiðnoooooøuuuuyþaaaaaaceeeeiiiinooooouuuuyy"
            "aaaaaaccccccccddđeeeeeeeeeegggggggghhħiiiiiiiiiĳjjkkllllllŀłnnnnnnŋ"
            "ooooooœrrrrrrssssssssttttŧuuuuuuuuuuuuwwyyyzzzzzzs")
# What separates words: ASCII other than letters and digits, Latin-1 punctuation and symbols
# (not ª º ¹ ² ³ µ ¼ ½ ¾: letters and digits to FTS5 as well), × ÷, and the punctuation,
# currency and symbol blocks. Spelled out rather than [[:alnum:]], whose meaning beyond
# ASCII depends on the database's locale (nothing at all under LC_CTYPE=C).
_SEPARATORS_ASCII = "[\\x01-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]+"
_SEPARATORS = ("[\\x01-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xa9\\xab-\\xb1\\xb4\\xb6-\\xb8\\xbb\\xbf"
               "\\xd7\\xf7\\u2000-\\u206f\\u20a0-\\u20cf\\u2100-\\u214f\\u2190-\\u2bff"
               "\\u3000-\\u303f\\ufe30-\\ufe4f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40"
               "\\uff5b-\\uff65]+")


def _quote(text: str) -> str:
    """A dollar-quoted constant: backslashes stay as they are, whatever
    standard_conforming_strings says."""
    assert "$r$" not in text
    return f"$r${text}$r$"


def _fold_expression(utf8: bool, version: int) -> str:
    if utf8 and version >= 130000:
        return f"lower(regexp_replace(normalize($1, NFD), {_quote(_COMBINING)}, '', 'g'))"
    pairs = [(a, b) for a, b in zip(_FOLD_FROM, _FOLD_TO) if utf8 or a.isascii()]
    dropped = "".join(map(chr, range(0x300, 0x370))) if utf8 else ""  # combining accents
    return (f"translate(lower($1), {_quote(''.join(a for a, _ in pairs) + dropped)}, "
            f"{_quote(''.join(b for _, b in pairs))})")


STEPS: list[Callable[[Database], None]] = [_v1_create_tables, _v2_search_index,
                                           _v3_search_index_postgresql]
CURRENT_VERSION = len(STEPS)


def schema_version(db: Database) -> int:
    if not db.table_exists(models.SchemaVersionRow._meta.table_name):
        return 0
    row = models.SchemaVersionRow.select().order_by(models.SchemaVersionRow.version.desc()).first()
    return row.version if row else 0


class ForeignDatabase(OmsError):
    def __init__(self, tables: list[str], path: str | None = None):
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        if path is None:
            super().__init__("this database belongs to another program (tables: {tables}); "
                             "choose another file", tables=shown)
        else:
            super().__init__("{path}: this database belongs to another program (tables: "
                             "{tables}); choose another file", path=path, tables=shown)


def backup_before_upgrade(db: Database, version: int) -> str | None:
    """A consistent copy of an SQLite file beside it before its schema changes."""
    if not isinstance(db, SqliteDatabase):
        return None
    target = Path(db.database).with_name(f"{Path(db.database).name}.schema{version}.bak")
    if target.exists():
        target.unlink()
    db.execute_sql("VACUUM INTO ?", (str(target),))
    return str(target)


def migrate(db: Database) -> int:
    """Bring the schema to CURRENT_VERSION (after a backup of an existing file); refuse a
    database from a newer app, or one that another program made."""
    found = schema_version(db)
    if found > CURRENT_VERSION:
        raise SchemaTooNew(found, CURRENT_VERSION)
    if found == 0 and db.get_tables():
        raise ForeignDatabase(db.get_tables())
    if 0 < found < CURRENT_VERSION:
        backup_before_upgrade(db, found)
    for version in range(found + 1, CURRENT_VERSION + 1):
        with db.atomic():
            STEPS[version - 1](db)
            models.SchemaVersionRow.create(version=version)
    return CURRENT_VERSION
