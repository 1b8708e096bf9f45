"""Finding products and offers by what staff type or scan, over a million catalog lines.

On SQLite an FTS5 table `search_index` (schema v2, store/migrations.py) holds the words of
every own product and every available catalog offer: name or description, SKU, EAN and
supplier reference, folded for case and accents (unicode61 remove_diacritics 2), with
prefix indexes for 2 and 3 characters. An entry's rowid says what it is: a product's id, or
OFFER_BASE + an offer's id, so that products come first in rowid order.

Compiled SQL on the database's own connection (see shared/reference/performance.md); the
writers run inside the caller's transaction. On PostgreSQL the index functions do nothing
and `search` falls back to LIKE on LOWER(...) (no accent folding there).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable, Iterator

from peewee import Database, SqliteDatabase

OFFER_BASE = 1 << 40  # rowid of an offer's entry = OFFER_BASE + offer id
CANDIDATES = 200  # matches ranked by relevance, per kind; the rest follow in rowid order
EXACT_LIMIT = 5
_CHUNK = 500  # ids per statement (under SQLite's 999 bound parameters)

PRODUCT = "product"
OFFER = "offer"

_PRODUCT_WORDS = "name || ' ' || sku || ' ' || COALESCE(ean, '')"
_OFFER_WORDS = ("description || ' ' || sku || ' ' || COALESCE(ean, '') "
                "|| CASE WHEN supplier_ref = sku THEN '' ELSE ' ' || supplier_ref END")

_DELETE_IDS = "DELETE FROM search_index WHERE rowid IN ({ids})"
_INSERT_PRODUCTS = (f"INSERT INTO search_index (rowid, words) SELECT id, {_PRODUCT_WORDS} "
                    f"FROM product WHERE id IN ({{ids}})")
_INSERT_OFFER = (f"INSERT INTO search_index (rowid, words) "
                 f"SELECT {OFFER_BASE} + id, {_OFFER_WORDS} FROM catalog_offer "
                 f"WHERE id = ? AND available")
_OPTIMIZE = "INSERT INTO search_index (search_index) VALUES ('optimize')"
_DELETE_SUPPLIER = (f"DELETE FROM search_index WHERE rowid IN "
                    f"(SELECT {OFFER_BASE} + id FROM catalog_offer WHERE supplier_id = ?"
                    f"{{changed}})")
_INSERT_SUPPLIER = (f"INSERT INTO search_index (rowid, words) "
                    f"SELECT {OFFER_BASE} + id, {_OFFER_WORDS} FROM catalog_offer "
                    f"WHERE supplier_id = ? AND available{{changed}}")
_CHANGED = " AND updated_at = ?"
# A bulk load writes the index faster with no merging on the way (one 'optimize' merges
# at the end) and a bigger in-memory buffer of pending terms ('hashsize', an FTS5 option
# since 3.8: 64 MB, freed at commit): 16 s -> 9 s for a million offers. Both are
# persistent settings of the table, put back to FTS5's defaults afterwards.
_BULK_SETTINGS = ("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0)",
                  "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 67108864)")
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
_PRODUCT_SKUS = "SELECT id, sku FROM product WHERE id IN ({ids})"
_OFFER_SKUS = "SELECT id, sku FROM catalog_offer WHERE id IN ({ids}) AND available"

_EXACT_PRODUCTS = "SELECT id, sku FROM product WHERE sku = {p} UNION SELECT id, sku " \
                  "FROM product WHERE ean = {p} LIMIT {n}"
_EXACT_OFFERS = ("SELECT id, sku FROM catalog_offer WHERE sku = {p} "
                 "UNION SELECT id, sku FROM catalog_offer WHERE ean = {p} "
                 "UNION SELECT id, sku FROM catalog_offer WHERE supplier_ref = {p} "
                 "ORDER BY id LIMIT {n}")

_WORD = re.compile(r"[^\W_]+")


def _has_index(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _chunks(values: Iterable[int]) -> Iterator[list[int]]:
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def index_products(db: Database, product_ids: Iterable[int]) -> None:
    """(Re)index these products as they are now; inside the caller's transaction."""
    if not _has_index(db):
        return
    for ids in _chunks(product_ids):
        db.execute_sql(_DELETE_IDS.format(ids=_marks(len(ids))), ids)
        db.execute_sql(_INSERT_PRODUCTS.format(ids=_marks(len(ids))), ids)


def index_offer(db: Database, offer_id: int) -> None:
    """(Re)index one offer as it is now (an unavailable offer is taken out)."""
    if not _has_index(db):
        return
    db.execute_sql(_DELETE_IDS.format(ids="?"), (OFFER_BASE + offer_id,))
    db.execute_sql(_INSERT_OFFER, (offer_id,))


def index_offers_of_supplier(db: Database, supplier_id: int,
                             changed_at: datetime.datetime | None = None) -> None:
    """(Re)index the offers of one supplier, in a few set-based statements: the bulk path,
    for the end of a catalog import, inside the import's transaction. With `changed_at`,
    only the offers whose `updated_at` is that moment (those the import added, changed or
    withdrew): a re-import of an unchanged million-row file then costs nothing here.
    After a bulk change the index is merged into one segment ('optimize'): a search over
    the many segments that bulk deletes and inserts leave behind costs 1.5 times as much."""
    if not _has_index(db):
        return
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
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    return " ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words)


def search(db: Database, text: str, limit: int = 30, offset: int = 0
           ) -> list[tuple[str, int]]:
    """(kind, key) of what `text` finds, one per SKU, in this order: exact SKU, EAN or
    supplier-reference matches (products, then offers), then products, then available
    offers whose words start with every word typed, the best CANDIDATES of each by
    relevance and the rest as the index holds them. `offset` skips that many results."""
    text = str(text or "").strip()
    if not text or limit <= 0:
        return []
    found: list[tuple[str, int]] = []
    seen: set[str] = set()
    skipped = 0
    for kind, key, sku in _results(db, text):
        if sku in seen:
            continue
        seen.add(sku)
        if skipped < offset:
            skipped += 1
            continue
        found.append((kind, key))
        if len(found) >= limit:
            break
    return found


def _results(db: Database, text: str) -> Iterator[tuple[str, int, str]]:
    exact = False
    for found in _exact(db, text):
        exact = True
        yield found
    if _has_index(db):
        match = match_expression(text)
        if match:
            yield from _all_matches(db, match, probe=exact)
    else:
        yield from _like(db, text)


def _exact(db: Database, text: str) -> Iterator[tuple[str, int, str]]:
    p = db.param
    for key, sku in db.execute_sql(_EXACT_PRODUCTS.format(p=p, n=EXACT_LIMIT), (text, text)):
        yield PRODUCT, key, sku
    rows = db.execute_sql(_EXACT_OFFERS.format(p=p, n=EXACT_LIMIT), (text, text, text))
    for key, sku in rows:
        yield OFFER, key, sku


def _first_matches(db: Database, sql: str, match: str
                   ) -> tuple[list[tuple], list[tuple]]:
    """The first matches in rowid order: products and offers, up to CANDIDATES of either
    (whichever comes first)."""
    products: list[tuple] = []
    offers: list[tuple] = []
    cursor = db.execute_sql(sql, (match, 0, OFFER_BASE << 1, 2 * CANDIDATES))
    for row in cursor:
        if row[0] < OFFER_BASE:
            products.append(row)
            if len(products) >= CANDIDATES:
                break
        else:
            offers.append(row)
            if len(offers) >= CANDIDATES:
                break
    cursor.close()
    return products, offers


def _all_matches(db: Database, match: str, probe: bool = False
                 ) -> Iterator[tuple[str, int, str]]:
    """Products, then offers, as `_matches` gives each kind, from one FTS5 statement where
    that is enough: bm25 counts the matches of every word typed once per statement (most of
    a query's cost), and the first CANDIDATES products and the first CANDIDATES offers are
    all among the first 2 * CANDIDATES matches in rowid order when there are fewer than
    CANDIDATES products. With more products, offers come only after every product (deep
    pages), through `_matches`.

    `probe` (after an exact match, when the words typed are a code that few entries hold):
    first the matches without bm25, whose word counts cost tens of milliseconds for a
    code starting with a common word such as a supplier's prefix; when there is at most
    one of each kind there is nothing to rank."""
    if probe:
        products, offers = _first_matches(db, _PROBE_SQL, match)
        if len(products) <= 1 and len(offers) <= 1:
            yield from _resolve(db, [rowid for rowid, in products + offers])
            return
    products, offers = _first_matches(db, _CANDIDATES_SQL, match)
    if len(products) >= CANDIDATES:
        yield from _ranked_then_rest(db, match, products, OFFER_BASE)
        yield from _matches(db, match, OFFER_BASE, OFFER_BASE << 1)
        return
    yield from _resolve(db, [rowid for rowid, _ in sorted(products, key=lambda r: (r[1], r[0]))])
    yield from _ranked_then_rest(db, match, offers, OFFER_BASE << 1)


def _matches(db: Database, match: str, low: int, high: int) -> Iterator[tuple[str, int, str]]:
    """The best CANDIDATES by bm25 (lower is better), then the other matches by rowid."""
    rows = db.execute_sql(_CANDIDATES_SQL, (match, low, high, CANDIDATES)).fetchall()
    yield from _ranked_then_rest(db, match, rows, high)


def _ranked_then_rest(db: Database, match: str, rows: list[tuple[int, float]], high: int
                      ) -> Iterator[tuple[str, int, str]]:
    """The first matches of one kind (rowid order) ranked by bm25, then, when they are
    CANDIDATES of them, the kind's other matches up to `high` in rowid order."""
    yield from _resolve(db, [rowid for rowid, _ in sorted(rows, key=lambda r: (r[1], r[0]))])
    if len(rows) < CANDIDATES:
        return
    after = max(rowid for rowid, _ in rows)
    while True:
        rows = db.execute_sql(_NEXT_SQL, (match, after, high, _CHUNK)).fetchall()
        yield from _resolve(db, [rowid for rowid, in rows])
        if len(rows) < _CHUNK:
            return
        after = rows[-1][0]


def _resolve(db: Database, rowids: list[int]) -> Iterator[tuple[str, int, str]]:
    """(kind, key, sku) of index entries, in their order; entries of offers no longer
    available (or of rows gone) are skipped."""
    products = [r for r in rowids if r < OFFER_BASE]
    offers = [r - OFFER_BASE for r in rowids if r >= OFFER_BASE]
    skus: dict[int, str] = {}
    for ids in _chunks(products):
        skus.update(db.execute_sql(_PRODUCT_SKUS.format(ids=_marks(len(ids))), ids))
    for ids in _chunks(offers):
        skus.update((OFFER_BASE + key, sku) for key, sku in
                    db.execute_sql(_OFFER_SKUS.format(ids=_marks(len(ids))), ids))
    for rowid in rowids:
        sku = skus.get(rowid)
        if sku is not None:
            if rowid < OFFER_BASE:
                yield PRODUCT, rowid, sku
            else:
                yield OFFER, rowid - OFFER_BASE, sku


# PostgreSQL: every word must appear (case-insensitively) in the name, SKU, EAN or
# reference; products by name, then available offers by description.
_LIKE_PRODUCTS = ("SELECT id, sku FROM product WHERE {where} ORDER BY name, id "
                  "LIMIT {n} OFFSET {p}")
_LIKE_OFFERS = ("SELECT id, sku FROM catalog_offer WHERE available AND {where} "
                "ORDER BY description, id LIMIT {n} OFFSET {p}")
_PRODUCT_TEXT = "LOWER(name || ' ' || sku || ' ' || COALESCE(ean, ''))"
_OFFER_TEXT = ("LOWER(description || ' ' || sku || ' ' || COALESCE(ean, '') || ' ' "
               "|| supplier_ref)")


def _like(db: Database, text: str) -> Iterator[tuple[str, int, str]]:
    words = [w for w in text.lower().split() if w]
    patterns = [f"%{w.replace('%', '').replace('_', '')}%" for w in words]
    for kind, sql, column in ((PRODUCT, _LIKE_PRODUCTS, _PRODUCT_TEXT),
                              (OFFER, _LIKE_OFFERS, _OFFER_TEXT)):
        where = " AND ".join([f"{column} LIKE {db.param}"] * len(patterns))
        done = 0
        while True:
            rows = db.execute_sql(sql.format(where=where, n=_CHUNK, p=done), patterns).fetchall()
            for key, sku in rows:
                yield kind, key, sku
            done += len(rows)
            if len(rows) < _CHUNK:
                break
