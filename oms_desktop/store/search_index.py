"""Finding products and offers by what staff type or scan, over a million catalog lines.

What the rest of the app imports, on either backend: the index holds the words of every own
product and every available catalog offer (store/search_entries.py), on SQLite in an FTS5
table (store/search_index_sqlite.py), on PostgreSQL as a tsvector under a GIN index
(store/search_index_pg.py). Here is what both share: exact codes first, then the first
CANDIDATES matches of each kind in entry order ranked (bm25 on SQLite, ts_rank on
PostgreSQL), then the others in entry order, one result per SKU.

Compiled SQL on the database's own connection (see shared/reference/performance.md); the
writers run inside the caller's transaction, set-based (a supplier's million offers in a
few statements, never row by row).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

from peewee import Database, SqliteDatabase

from . import search_index_pg, search_index_sqlite
from .search_entries import OFFER_BASE
from .search_index_sqlite import match_expression

CANDIDATES = 200  # matches ranked by relevance, per kind; the rest follow in rowid order
EXACT_LIMIT = 5
_CHUNK = 500  # ids per statement (under SQLite's 999 bound parameters)

PRODUCT = "product"
OFFER = "offer"

_PRODUCT_SKUS = "SELECT id, sku FROM product WHERE id IN ({ids})"
_OFFER_SKUS = "SELECT id, sku FROM catalog_offer WHERE id IN ({ids}) AND available"

_EXACT_PRODUCTS = "SELECT id, sku FROM product WHERE sku = {p} UNION SELECT id, sku " \
                  "FROM product WHERE ean = {p} LIMIT {n}"
_EXACT_OFFERS = ("SELECT id, sku FROM catalog_offer WHERE sku = {p} "
                 "UNION SELECT id, sku FROM catalog_offer WHERE ean = {p} "
                 "UNION SELECT id, sku FROM catalog_offer WHERE supplier_ref = {p} "
                 "ORDER BY id LIMIT {n}")


def _is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)


def _among(db: Database, sql: str, ids: list[int]) -> tuple[str, tuple]:
    """`sql` ("... IN ({ids})") and its parameters: on PostgreSQL one array (a list of
    hundreds of parameters costs milliseconds to plan)."""
    if _is_sqlite(db):
        return sql.format(ids=search_index_sqlite.marks(len(ids))), tuple(ids)
    return sql.format(ids="SELECT unnest(%s::bigint[])"), (ids,)


def _chunks(values: Iterable[int]) -> Iterator[list[int]]:
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def index_products(db: Database, product_ids: Iterable[int]) -> None:
    """(Re)index these products as they are now; inside the caller's transaction."""
    if not _is_sqlite(db):
        search_index_pg.index_products(db, list(product_ids))
        return
    for ids in _chunks(product_ids):
        search_index_sqlite.index_products(db, ids)


def index_offer(db: Database, offer_id: int) -> None:
    """(Re)index one offer as it is now (an unavailable offer is taken out)."""
    if _is_sqlite(db):
        search_index_sqlite.index_offer(db, offer_id)
    else:
        search_index_pg.index_offer(db, offer_id)


def index_offers_of_supplier(db: Database, supplier_id: int,
                             changed_at: datetime.datetime | None = None) -> None:
    """(Re)index the offers of one supplier, in a few set-based statements: the bulk path,
    for the end of a catalog import, inside the import's transaction. With `changed_at`,
    only the offers whose `updated_at` is that moment (those the import added, changed or
    withdrew): a re-import of an unchanged million-row file then costs nothing here.
    On SQLite, after a bulk change the index is merged into one segment ('optimize'): a search over
    the many segments that bulk deletes and inserts leave behind costs 1.5 times as much.

    On PostgreSQL only what changed is written (see store/search_index_pg.py), and the
    documents' statistics are refreshed after a large change."""
    if _is_sqlite(db):
        search_index_sqlite.index_offers_of_supplier(db, supplier_id, changed_at)
    else:
        search_index_pg.index_offers_of_supplier(db, supplier_id, changed_at)


def search(db: Database, text: str, limit: int = 30, offset: int = 0
           ) -> list[tuple[str, int]]:
    """(kind, key) of what `text` finds, one per SKU, in this order: exact SKU, EAN or
    supplier-reference matches (products, then offers), then products, then available
    offers whose words start with every word typed, the best CANDIDATES of each by
    relevance and the rest as the index holds them. `offset` skips that many results."""
    return [(kind, key) for kind, key, _ in search_hits(db, text, limit, offset)]


def search_hits(db: Database, text: str, limit: int = 30, offset: int = 0
                ) -> list[tuple[str, int, str]]:
    """`search` with each hit's SKU, read on the way (one SKU per hit)."""
    text = str(text or "").strip()
    if not text or limit <= 0:
        return []
    found: list[tuple[str, int, str]] = []
    seen: set[str] = set()
    skipped = 0
    for kind, key, sku in _results(db, text):
        if sku in seen:
            continue
        seen.add(sku)
        if skipped < offset:
            skipped += 1
            continue
        found.append((kind, key, sku))
        if len(found) >= limit:
            break
    return found


def _results(db: Database, text: str) -> Iterator[tuple[str, int, str]]:
    exact = False
    for found in _exact(db, text):
        exact = True
        yield found
    match = match_expression(text)
    if match is None:
        return
    if _is_sqlite(db):
        yield from _all_matches(db, match, probe=exact)
    else:  # the SQL folds and splits what was typed; no probe: ts_rank scores few rows
        typed = search_index_pg.query_of(db, text, 2 * CANDIDATES)
        if typed is not None:
            yield from _all_matches(db, typed)


def _exact(db: Database, text: str) -> Iterator[tuple[str, int, str]]:
    p = db.param
    for key, sku in db.execute_sql(_EXACT_PRODUCTS.format(p=p, n=EXACT_LIMIT), (text, text)):
        yield PRODUCT, key, sku
    rows = db.execute_sql(_EXACT_OFFERS.format(p=p, n=EXACT_LIMIT), (text, text, text))
    for key, sku in rows:
        yield OFFER, key, sku


# an FTS5 expression (SQLite), or what was typed (PostgreSQL)
Match = str | search_index_pg.Typed


def _candidates(db: Database, match: Match, low: int, high: int, limit: int,
                ranked: bool = True):
    """A cursor over the first `limit` matches from `low` to `high` in rowid order:
    (rowid, rank) with lower ranks better, or (rowid,) when not `ranked` (SQLite only)."""
    if isinstance(match, search_index_pg.Typed):
        return search_index_pg.candidates(db, match, low, high, limit)
    return search_index_sqlite.candidates(db, match, low, high, limit, ranked)


def _next_matches(db: Database, match: Match, after: int, high: int, limit: int
                  ) -> list[tuple]:
    if isinstance(match, search_index_pg.Typed):
        return search_index_pg.next_matches(db, match, after, high, limit)
    return search_index_sqlite.next_matches(db, match, after, high, limit)


def _first_matches(db: Database, match: Match, ranked: bool
                   ) -> tuple[list[tuple], list[tuple]]:
    """The first matches in rowid order: products and offers, up to CANDIDATES of either
    (whichever comes first)."""
    products: list[tuple] = []
    offers: list[tuple] = []
    cursor = _candidates(db, match, 0, OFFER_BASE << 1, 2 * CANDIDATES, ranked)
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


def _all_matches(db: Database, match: Match, probe: bool = False
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
        products, offers = _first_matches(db, match, ranked=False)
        if len(products) <= 1 and len(offers) <= 1:
            yield from _resolve(db, [rowid for rowid, in products + offers])
            return
    products, offers = _first_matches(db, match, ranked=True)
    if len(products) >= CANDIDATES:
        yield from _ranked_then_rest(db, match, products, OFFER_BASE)
        yield from _matches(db, match, OFFER_BASE, OFFER_BASE << 1)
        return
    yield from _resolve(db, [rowid for rowid, _ in sorted(products, key=lambda r: (r[1], r[0]))])
    yield from _ranked_then_rest(db, match, offers, OFFER_BASE << 1)


def _matches(db: Database, match: Match, low: int, high: int) -> Iterator[tuple[str, int, str]]:
    """The best CANDIDATES by bm25 (lower is better), then the other matches by rowid."""
    rows = _candidates(db, match, low, high, CANDIDATES).fetchall()
    yield from _ranked_then_rest(db, match, rows, high)


def _ranked_then_rest(db: Database, match: Match, rows: list[tuple[int, float]], high: int
                      ) -> Iterator[tuple[str, int, str]]:
    """The first matches of one kind (rowid order) ranked by bm25, then, when they are
    CANDIDATES of them, the kind's other matches up to `high` in rowid order."""
    yield from _resolve(db, [rowid for rowid, _ in sorted(rows, key=lambda r: (r[1], r[0]))])
    if len(rows) < CANDIDATES:
        return
    after = max(rowid for rowid, _ in rows)
    while True:
        rows = _next_matches(db, match, after, high, _CHUNK)
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
        skus.update(db.execute_sql(*_among(db, _PRODUCT_SKUS, ids)))
    for ids in _chunks(offers):
        skus.update((OFFER_BASE + key, sku) for key, sku in
                    db.execute_sql(*_among(db, _OFFER_SKUS, ids)))
    for rowid in rowids:
        sku = skus.get(rowid)
        if sku is not None:
            if rowid < OFFER_BASE:
                yield PRODUCT, rowid, sku
            else:
                yield OFFER, rowid - OFFER_BASE, sku
