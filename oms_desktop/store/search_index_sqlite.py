"""The search index on SQLite, for store/search_index.py: FTS5.

An FTS5 table `search_index` (schema v2, store/migrations.py) holds the words of every own
product and every available catalog offer: name or description, SKU, EAN and supplier
reference, folded for case and accents (unicode61 remove_diacritics 2), with prefix indexes
for 2 and 3 characters. An entry's rowid says what it is: a product's id, or OFFER_BASE + an
offer's id, so that products come first in rowid order (store/search_entries.py).
"""

from __future__ import annotations

import datetime
import unicodedata

from peewee import Database

from .search_entries import OFFER_BASE, OFFER_WORDS, PRODUCT_WORDS, WORD

_DELETE_IDS = "DELETE FROM search_index WHERE rowid IN ({ids})"
_INSERT_PRODUCTS = (f"INSERT INTO search_index (rowid, words) SELECT id, {PRODUCT_WORDS} "
                    f"FROM product WHERE id IN ({{ids}})")
_INSERT_OFFER = (f"INSERT INTO search_index (rowid, words) "
                 f"SELECT {OFFER_BASE} + id, {OFFER_WORDS} FROM catalog_offer "
                 f"WHERE id = ? AND available")
_OPTIMIZE = "INSERT INTO search_index (search_index) VALUES ('optimize')"
_DELETE_SUPPLIER = (f"DELETE FROM search_index WHERE rowid IN "
                    f"(SELECT {OFFER_BASE} + id FROM catalog_offer WHERE supplier_id = ?"
                    f"{{changed}})")
_INSERT_SUPPLIER = (f"INSERT INTO search_index (rowid, words) "
                    f"SELECT {OFFER_BASE} + id, {OFFER_WORDS} FROM catalog_offer "
                    f"WHERE supplier_id = ? AND available{{changed}}")
_CHANGED = " AND updated_at = ?"
# A bulk load writes the index faster with no merging on the way (one 'optimize' merges
# at the end) and a bigger buffer of pending terms ('hashsize', an FTS5 option, default
# 1 MB; 8 MB is as fast as 64 MB for a fifth of the memory): a million offers 9.1 s ->
# 7.2 s. Both are persistent settings of the table, put back to FTS5's defaults after.
_BULK_SETTINGS = ("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0)",
                  "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 8388608)")
_USUAL_SETTINGS = ("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 4)",
                   "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 1048576)")

# The first CANDIDATES matches in rowid order, with their bm25 rank (ranking every match of
# a common word costs a hundred milliseconds on a million offers; these cost a few).
_CANDIDATES_SQL = ("SELECT rowid, rank FROM search_index WHERE search_index MATCH ? "
                   "AND rowid >= ? AND rowid < ? LIMIT ?")
_PROBE_SQL = ("SELECT rowid FROM search_index WHERE search_index MATCH ? "
              "AND rowid >= ? AND rowid < ? LIMIT ?")
_NEXT_SQL = ("SELECT rowid FROM search_index WHERE search_index MATCH ? "
             "AND rowid > ? AND rowid < ? LIMIT ?")


def marks(n: int) -> str:
    """`n` parameter marks, for "... IN ({ids})"."""
    return ", ".join("?" * n)


def index_products(db: Database, ids: list[int]) -> None:
    """(Re)index these products (at most store/search_index.py's _CHUNK of them)."""
    db.execute_sql(_DELETE_IDS.format(ids=marks(len(ids))), ids)
    db.execute_sql(_INSERT_PRODUCTS.format(ids=marks(len(ids))), ids)


def index_offer(db: Database, offer_id: int) -> None:
    db.execute_sql(_DELETE_IDS.format(ids="?"), (OFFER_BASE + offer_id,))
    db.execute_sql(_INSERT_OFFER, (offer_id,))


def index_offers_of_supplier(db: Database, supplier_id: int,
                             changed_at: datetime.datetime | None) -> None:
    """The supplier's offers (those written at `changed_at`, if given) out and back in,
    bulk-written; the index merged into one segment after a change (see
    store/search_index.py's `index_offers_of_supplier`)."""
    changed = "" if changed_at is None else _CHANGED
    params = (supplier_id,) if changed_at is None else (supplier_id, changed_at.isoformat(" "))
    for statement in _BULK_SETTINGS:
        db.execute_sql(statement)
    db.execute_sql(_DELETE_SUPPLIER.format(changed=changed), params)
    written = db.execute_sql("SELECT changes()").fetchone()[0]
    db.execute_sql(_INSERT_SUPPLIER.format(changed=changed), params)
    written += db.execute_sql("SELECT changes()").fetchone()[0]
    for statement in _USUAL_SETTINGS:
        db.execute_sql(statement)
    if written:
        db.execute_sql(_OPTIMIZE)


def match_expression(text: str) -> str | None:
    """The FTS5 query for what was typed: every word a prefix, all of them required.

    Words are runs of letters and digits, so quotes, parentheses, '*', ':' or '-' typed by
    staff never reach FTS5 as syntax, and AND, OR, NOT or NEAR are quoted as plain words.
    A one-character word must match a whole word: as a prefix it would walk the whole
    index (the prefix indexes start at two characters)."""
    words = WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    return " ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words)


def candidates(db: Database, match: str, low: int, high: int, limit: int, ranked: bool):
    """A cursor over the first `limit` matches of an FTS5 expression from `low` to `high` in
    rowid order: (rowid, bm25 rank), or (rowid,) when not `ranked`."""
    return db.execute_sql(_CANDIDATES_SQL if ranked else _PROBE_SQL, (match, low, high, limit))


def next_matches(db: Database, match: str, after: int, high: int, limit: int) -> list[tuple]:
    return db.execute_sql(_NEXT_SQL, (match, after, high, limit)).fetchall()
