"""One supplier's offers a page at a time, over a catalog of a million: compiled SQL.

Every read is bounded, whatever the catalog holds:
- by reference: keyset paging on the (supplier, supplier_ref) index, `(supplier_ref, id)`
  after or up to a key, never OFFSET (row 900,000 costs what row 0 does);
- by words (SQLite): the FTS5 index of store/search_index.py, restricted to the rowids
  between the supplier's lowest and highest offer (a catalog imported at once is one run
  of ids), joined to the offer to keep the supplier's own, at most `scan` index entries
  per call: a call may find fewer rows than asked, and says where it stopped;
- by words (PostgreSQL): the same bounded walk along the reference index, each offer
  tested against its entry of the search index (search_index_pg.py: accents and case
  folded, every word typed a prefix, as the Sell search finds it).

Positions are "after this key": a read forwards takes the keys above it, backwards the
keys up to and including it, so that "just before a row" is "after the key below it"
(ids are integers; a reference's key is (reference, id)).
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

from .search_index import OFFER_BASE

# id, supplier_ref, sku, ean, description, cost_cents, pack_size, min_order_qty,
# lead_days, available: what a list of offers shows
_COLUMNS = ("o.id, o.supplier_ref, o.sku, o.ean, o.description, o.cost_cents, o.pack_size, "
            "o.min_order_qty, o.lead_days, o.available")
NO_ROW = (None,) * 10

_SPAN = ("SELECT (SELECT id FROM catalog_offer WHERE supplier_id = {p} ORDER BY id LIMIT 1), "
         "(SELECT id FROM catalog_offer WHERE supplier_id = {p} ORDER BY id DESC LIMIT 1)")
_COUNT = "SELECT COUNT(*) FROM catalog_offer WHERE supplier_id = {p}"
# Another supplier's offer between low and high: one seek per supplier on its offer index.
_OTHERS_WITHIN = ("SELECT 1 FROM supplier s WHERE s.id <> {p} AND (SELECT o.id FROM "
                  "catalog_offer o WHERE o.supplier_id = s.id AND o.id >= {p} ORDER BY o.id "
                  "LIMIT 1) <= {p} LIMIT 1")

_BY_REF = (f"SELECT {_COLUMNS} FROM catalog_offer o WHERE o.supplier_id = {{p}} {{keyset}} "
           f"ORDER BY o.supplier_ref {{order}}, o.id {{order}} LIMIT {{n}}")
_AFTER = "AND (o.supplier_ref, o.id) > ({p}, {p})"
_UP_TO = "AND (o.supplier_ref, o.id) <= ({p}, {p})"

# (`+o.supplier_id`: through the SKU and EAN indexes, not the supplier's hundreds of
# thousands of offers, which SQLite's planner would otherwise pick without statistics)
_WITH_CODE = (f"SELECT {_COLUMNS} FROM catalog_offer o WHERE o.supplier_id = {{p}} "
              f"AND o.supplier_ref = {{p}} "
              f"UNION SELECT {_COLUMNS} FROM catalog_offer o WHERE +o.supplier_id = {{p}} "
              f"AND o.sku = {{p}} "
              f"UNION SELECT {_COLUMNS} FROM catalog_offer o WHERE +o.supplier_id = {{p}} "
              f"AND o.ean = {{p}} ORDER BY 1 LIMIT {{n}}")

# The next `scan` index entries in the rowid window, each with its offer when the offer is
# the supplier's (NULLs otherwise): one statement, a few milliseconds for a thousand.
_MATCHES = (f"SELECT m.entry, {_COLUMNS} FROM (SELECT rowid AS entry FROM search_index "
            f"WHERE search_index MATCH ? AND rowid > ? AND rowid <= ? "
            f"ORDER BY rowid {{order}} LIMIT ?) AS m "
            f"LEFT JOIN catalog_offer o ON o.id = m.entry - {OFFER_BASE} AND o.supplier_id = ? "
            f"ORDER BY m.entry {{order}}")
_COUNT_IN_SPAN = ("SELECT COUNT(*) FROM search_index WHERE search_index MATCH ? "
                  "AND rowid >= ? AND rowid <= ?")
_COUNT_OF_SUPPLIER = (f"SELECT COUNT(*) FROM (SELECT 1 FROM search_index s "
                      f"JOIN catalog_offer o ON o.id = s.rowid - {OFFER_BASE} "
                      f"WHERE search_index MATCH ? AND s.rowid >= ? AND s.rowid <= ? "
                      f"AND o.supplier_id = ? LIMIT ?)")
_MATCHING_IDS = "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid IN ({ids})"

# PostgreSQL: the offer's entry in the search index holds every word typed (one lookup by
# the entry's key; the query folds and splits the text as the index did).
_HAS_WORDS = (f"EXISTS (SELECT 1 FROM search_index si WHERE si.entry = {OFFER_BASE} + o.id "
              f"AND si.document @@ oms_search_query({{p}}))")
_WITH_WORDS = (f"SELECT o.id FROM catalog_offer o WHERE o.available AND {_HAS_WORDS} "
               f"AND o.id IN ({{ids}})")
_LIKE_SCAN = (f"SELECT {_COLUMNS}, CASE WHEN o.available AND {{like}} THEN 1 ELSE 0 END "
              f"FROM catalog_offer o WHERE o.supplier_id = {{p}} {{keyset}} "
              f"ORDER BY o.supplier_ref {{order}}, o.id {{order}} LIMIT {{n}}")
_LIKE_COUNT = ("SELECT COUNT(*) FROM catalog_offer o WHERE o.supplier_id = {p} "
               "AND o.available AND {like}")


def has_word_index(db: Database) -> bool:
    """True when the FTS5 index answers word searches (SQLite)."""
    return isinstance(db, SqliteDatabase)


def supplier_span(db: Database, supplier_id: int) -> tuple[int, int] | None:
    """The supplier's lowest and highest offer id (two index look-ups), None without offers."""
    low, high = db.execute_sql(_SPAN.format(p=db.param), (supplier_id, supplier_id)).fetchone()
    return None if low is None else (low, high)


def count_offers(db: Database, supplier_id: int) -> int:
    """Every offer of the supplier, available or not (a count over its index)."""
    return db.execute_sql(_COUNT.format(p=db.param), (supplier_id,)).fetchone()[0]


def others_within(db: Database, supplier_id: int, low: int, high: int) -> bool:
    """True when another supplier has an offer whose id lies between low and high."""
    sql = _OTHERS_WITHIN.format(p=db.param)
    return db.execute_sql(sql, (supplier_id, low, high)).fetchone() is not None


def offers_by_ref(db: Database, supplier_id: int, key: tuple[str, int] | None, limit: int,
                  backward: bool = False) -> list[tuple]:
    """Up to `limit` offers by (reference, id): those after `key` (all from the first when
    None), or backwards those up to `key` (from the last when None), nearest first."""
    p = db.param
    keyset = "" if key is None else (_UP_TO if backward else _AFTER).format(p=p)
    sql = _BY_REF.format(p=p, keyset=keyset, order="DESC" if backward else "ASC",
                         n=int(limit))
    args = (supplier_id,) if key is None else (supplier_id, key[0], key[1])
    return list(db.execute_sql(sql, args))


def offers_with_code(db: Database, supplier_id: int, code: str, limit: int = 20
                     ) -> list[tuple]:
    """The supplier's offers (available or not) whose reference, SKU or EAN is `code`,
    by id: what a scanner sends or a reference typed in full."""
    sql = _WITH_CODE.format(p=db.param, n=int(limit))
    return list(db.execute_sql(sql, (supplier_id, code) * 3))


def scan_matches(db: Database, supplier_id: int, match: str, low: int, high: int,
                 key: int | None, scan: int, backward: bool = False) -> list[tuple]:
    """The next `scan` entries of the FTS5 window of offer ids low..high matching `match`,
    after the offer id `key` (or backwards up to it), nearest first: (offer id, *offer
    columns), the columns None where the entry is another supplier's offer."""
    if backward:
        last = high if key is None else min(key, high)
        sql, args = _MATCHES.format(order="DESC"), (match, low - 1 + OFFER_BASE,
                                                    last + OFFER_BASE, scan, supplier_id)
    else:
        first = low - 1 if key is None else max(key, low - 1)
        sql, args = _MATCHES.format(order="ASC"), (match, first + OFFER_BASE,
                                                   high + OFFER_BASE, scan, supplier_id)
    return [(entry - OFFER_BASE, *rest) for entry, *rest in db.execute_sql(sql, args)]


def count_matches(db: Database, supplier_id: int, match: str, low: int, high: int,
                  only_theirs: bool, cap: int) -> int:
    """How many available offers of the supplier match (at most `cap` when the window
    holds other suppliers' offers too). `only_theirs`: every id in the window is the
    supplier's, so the index alone counts them (a few ms for tens of thousands)."""
    if only_theirs:
        return db.execute_sql(_COUNT_IN_SPAN, (match, low + OFFER_BASE,
                                               high + OFFER_BASE)).fetchone()[0]
    return db.execute_sql(_COUNT_OF_SUPPLIER, (match, low + OFFER_BASE, high + OFFER_BASE,
                                               supplier_id, cap)).fetchone()[0]


def matching_ids(db: Database, match: str, offer_ids: list[int]) -> set[int]:
    """Which of these (few) offers the index finds for `match`."""
    if not offer_ids:
        return set()
    sql = _MATCHING_IDS.format(ids=", ".join("?" * len(offer_ids)))
    return {rowid - OFFER_BASE for rowid, in
            db.execute_sql(sql, (match, *(OFFER_BASE + i for i in offer_ids)))}


def _like(db: Database, words: list[str]) -> tuple[str, list[str]]:
    """The condition an offer of the walk meets when it holds every word, and its values."""
    return _HAS_WORDS.format(p=db.param), [" ".join(words)]


def with_words(db: Database, words: list[str], offer_ids: list[int]) -> set[int]:
    """Which of these (few) available offers hold every word (PostgreSQL)."""
    if not offer_ids:
        return set()
    sql = _WITH_WORDS.format(p=db.param, ids=", ".join([db.param] * len(offer_ids)))
    return {offer_id for offer_id, in db.execute_sql(sql, (" ".join(words), *offer_ids))}


def scan_like(db: Database, supplier_id: int, words: list[str], key: tuple[str, int] | None,
              scan: int, backward: bool = False) -> list[tuple]:
    """Without the word index: the next `scan` offers by (reference, id) after `key` (or
    backwards up to it), each with 1 when it is available and holds every word, else 0."""
    p = db.param
    like, patterns = _like(db, words)
    keyset = "" if key is None else (_UP_TO if backward else _AFTER).format(p=p)
    sql = _LIKE_SCAN.format(p=p, like=like, keyset=keyset, order="DESC" if backward else "ASC",
                            n=int(scan))
    args = [*patterns, supplier_id] + ([] if key is None else [key[0], key[1]])
    return list(db.execute_sql(sql, args))


def count_like(db: Database, supplier_id: int, words: list[str]) -> int:
    like, patterns = _like(db, words)
    sql = _LIKE_COUNT.format(p=db.param, like=like)
    return db.execute_sql(sql, (supplier_id, *patterns)).fetchone()[0]
