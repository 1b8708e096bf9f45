"""Finding products and offers by what staff type or scan, over a million catalog lines.

On SQLite an FTS5 table `search_index` (schema v2, store/migrations.py) holds the words of
every own product and every available catalog offer: name or description, SKU, EAN and
supplier reference, folded for case and accents (unicode61 remove_diacritics 2), with
prefix indexes for 2 and 3 characters. An entry's rowid says what it is: a product's id, or
OFFER_BASE + an offer's id, so that products come first in rowid order.

On PostgreSQL (schema v3, no extension needed) a table `search_index` holds the same
entries, numbered the same way, with the same words, and `document`: those words folded
and split into terms by the migration's SQL functions, a tsvector under a GIN index; what
is typed goes through the same functions, each word a prefix, looked for as the terms of
`search_word` (the vocabulary) it begins where they are few: exact keys, which GIN
intersects several times faster than prefixes. Same results, same order: exact codes,
then the first CANDIDATES matches of each kind in entry order ranked (ts_rank instead of
bm25), then the others in entry order; found by walking the entries in order or through
the GIN index, whichever the documents' statistics say is sooner (see `_way`).

Compiled SQL on the database's own connection (see shared/reference/performance.md); the
writers run inside the caller's transaction, set-based (a supplier's million offers in a
few statements, never row by row).
"""

from __future__ import annotations

import datetime
import re
import time
import unicodedata
import weakref
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import NamedTuple

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
_PRODUCT_SKUS = "SELECT id, sku FROM product WHERE id IN ({ids})"
_OFFER_SKUS = "SELECT id, sku FROM catalog_offer WHERE id IN ({ids}) AND available"

_EXACT_PRODUCTS = "SELECT id, sku FROM product WHERE sku = {p} UNION SELECT id, sku " \
                  "FROM product WHERE ean = {p} LIMIT {n}"
_EXACT_OFFERS = ("SELECT id, sku FROM catalog_offer WHERE sku = {p} "
                 "UNION SELECT id, sku FROM catalog_offer WHERE ean = {p} "
                 "UNION SELECT id, sku FROM catalog_offer WHERE supplier_ref = {p} "
                 "ORDER BY id LIMIT {n}")

_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"[0-9]")


# PostgreSQL: the same entries and words, and their document (store/migrations.py, v3);
# the vocabulary terms of what is written join `search_word`, in the same statement.
def _pg_writing(statement: str) -> str:
    """`statement` (ending in RETURNING document), its new vocabulary, and how many rows."""
    return (f"WITH written AS ({statement}), vocabulary AS (INSERT INTO search_word (word) "
            f"SELECT DISTINCT t FROM written, unnest(tsvector_to_array(document)) AS t "
            f"WHERE left(t, 1) <> '~' ON CONFLICT DO NOTHING) SELECT count(*) FROM written")


def _pg_inserting(rows: str) -> str:
    return _pg_writing(f"INSERT INTO search_index (entry, words, document) SELECT entry, "
                       f"words, oms_search_document(words) FROM ({rows}) AS e "
                       f"RETURNING document")


_PG_DELETE_ENTRIES = "DELETE FROM search_index WHERE entry = ANY(%s)"
_PG_INSERT_PRODUCTS = _pg_inserting(
    f"SELECT id AS entry, {_PRODUCT_WORDS} AS words FROM product WHERE id = ANY(%s)")
_PG_INSERT_OFFER = _pg_inserting(
    f"SELECT {OFFER_BASE} + id AS entry, {_OFFER_WORDS} AS words FROM catalog_offer "
    f"WHERE id = %s AND available")
# A supplier's offers against what the index holds: only the differences are written (the
# words compared as text, documents made for changed and new offers only), so that
# re-importing a million offers of which a few changed costs a join, not a million
# documents, dead rows and GIN insertions.
# `{changed}`: nothing, or only the offers an import has just written (_PG_CHANGED).
_PG_DROP_WITHDRAWN = (f"DELETE FROM search_index AS s USING catalog_offer AS o "
                      f"WHERE o.supplier_id = %s{{changed}} AND NOT o.available "
                      f"AND s.entry = {OFFER_BASE} + o.id")
_PG_UPDATE_CHANGED = _pg_writing(
    f"UPDATE search_index AS s SET words = n.words, document = oms_search_document(n.words) "
    f"FROM (SELECT {OFFER_BASE} + o.id AS entry, {_OFFER_WORDS} AS words "
    f"FROM catalog_offer AS o WHERE o.supplier_id = %s{{changed}} AND o.available) AS n "
    f"WHERE s.entry = n.entry AND s.words <> n.words RETURNING s.document")
_PG_INSERT_MISSING = _pg_inserting(
    f"SELECT {OFFER_BASE} + o.id AS entry, {_OFFER_WORDS} AS words "
    f"FROM catalog_offer AS o WHERE o.supplier_id = %s{{changed}} AND o.available "
    f"AND NOT EXISTS (SELECT 1 FROM search_index AS s WHERE s.entry = {OFFER_BASE} + o.id)")
_PG_CHANGED = " AND o.updated_at = %s"
# Statistics of the documents after a change this big, in the same transaction: the
# choice between walking entries in order and the GIN index rests on them.
_PG_ANALYZE_AFTER = 10_000

# What was typed as a tsquery: each word of letters as the vocabulary terms it begins (at
# most EXPANDED, else as a prefix) or a code that it begins; a word with a digit as the
# codes it begins; a single letter or digit as a whole term (see oms_search_query, the
# same without the vocabulary). Parameters: the greatest character, what was typed.
EXPANDED = 64
_PG_EXPAND = (
    "SELECT string_agg(CASE "
    "WHEN length(t) = 1 OR (length(t) = 2 AND left(t, 1) = '~') THEN quote_literal(t) "
    "WHEN left(t, 1) = '~' THEN quote_literal(t) || ':*' "
    "ELSE '(' || concat_ws(' | ', (SELECT CASE WHEN count(*) > {most} "
    "THEN quote_literal(t) || ':*' ELSE string_agg(quote_literal(word), ' | ') END "
    "FROM (SELECT word FROM search_word WHERE word >= (t COLLATE \"C\") "
    "AND word < ((t || %s) COLLATE \"C\") ORDER BY word LIMIT {most} + 1) AS e), "
    "quote_literal('~' || t) || ':*') || ')' END, ' & ') "
    "FROM unnest(oms_search_split(%s)) AS t")
# The first matches in entry order (in a subquery, so that ts_rank scores only those;
# negated: lower is better, as with bm25), and the next ones after a given entry, found in
# one of three ways (see _way):
# - walking the entries in order, each document tested (ts_match_vq is the function
#   behind @@: called by name, the GIN index is out of the planner's choices);
# - through the GIN index, every match then sorted ("entry + 0": the primary key's order
#   is out of the choices);
# - through the GIN index for the rare words typed only, the others tested on what it finds.
_PG_CANDIDATES_SQL = ("SELECT entry, -ts_rank(document, %s::tsquery) FROM "
                      "(SELECT entry, document FROM search_index "
                      "WHERE {match} AND entry >= %s AND entry < %s "
                      "ORDER BY {order} LIMIT %s) AS c ORDER BY entry")
_PG_NEXT_SQL = ("SELECT entry FROM search_index WHERE {match} "
                "AND entry > %s AND entry < %s ORDER BY {order} LIMIT %s")
_PG_WALK = "ts_match_vq(document, %s::tsquery)"
_PG_INDEX = "document @@ %s::tsquery"
_PG_RARE = "document @@ oms_search_query(%s) AND ts_match_vq(document, %s::tsquery)"
# What each way costs, in microseconds (a million offers, 2 cores): walking, per entry
# tested; through the index, per posting of the terms looked for, and per match read and
# sorted.
_WALK_US, _POSTING_US, _MATCH_US = 0.4, 0.08, 1.0
_RARE = 0.001  # a word in fewer entries than this goes through the index
_STATS_SECONDS = 60.0  # how long the documents' statistics are kept per database
_PG_STATS = ("SELECT current_setting('server_encoding'), "
             "(SELECT reltuples FROM pg_class WHERE oid = 'search_index'::regclass), "
             "s.most_common_elems::text::text[], s.most_common_elem_freqs "
             "FROM (SELECT 1) AS one LEFT JOIN pg_stats AS s ON s.schemaname = current_schema() "
             "AND s.tablename = 'search_index' AND s.attname = 'document'")
_stats: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class _Statistics(NamedTuple):
    terms: list[str]  # the common terms of the documents, in order
    shares: list[float]  # the share of entries holding each
    entries: float
    last_character: str  # of the database's encoding


class _Typed(NamedTuple):
    """What was typed, for PostgreSQL: its tsquery, and the way chosen to find it."""
    query: str
    walk: bool = False
    rare: str = ""  # the words few entries hold, alone through the index (the rest tested)

    def way(self) -> tuple[str, str, tuple[str, ...]]:
        """(condition, order, its parameters)."""
        if self.walk:
            return _PG_WALK, "entry", (self.query,)
        if self.rare:
            return _PG_RARE, "entry + 0", (self.rare, self.query)
        return _PG_INDEX, "entry + 0", (self.query,)


def _is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _among(db: Database, sql: str, ids: list[int]) -> tuple[str, tuple]:
    """`sql` ("... IN ({ids})") and its parameters: on PostgreSQL one array (a list of
    hundreds of parameters costs milliseconds to plan)."""
    if _is_sqlite(db):
        return sql.format(ids=_marks(len(ids))), tuple(ids)
    return sql.format(ids="SELECT unnest(%s::bigint[])"), (ids,)


def _chunks(values: Iterable[int]) -> Iterator[list[int]]:
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def index_products(db: Database, product_ids: Iterable[int]) -> None:
    """(Re)index these products as they are now; inside the caller's transaction."""
    if not _is_sqlite(db):
        ids = list(product_ids)
        db.execute_sql(_PG_DELETE_ENTRIES, (ids,))
        db.execute_sql(_PG_INSERT_PRODUCTS, (ids,)).fetchone()
        return
    for ids in _chunks(product_ids):
        db.execute_sql(_DELETE_IDS.format(ids=_marks(len(ids))), ids)
        db.execute_sql(_INSERT_PRODUCTS.format(ids=_marks(len(ids))), ids)


def index_offer(db: Database, offer_id: int) -> None:
    """(Re)index one offer as it is now (an unavailable offer is taken out)."""
    if not _is_sqlite(db):
        db.execute_sql(_PG_DELETE_ENTRIES, ([OFFER_BASE + offer_id],))
        db.execute_sql(_PG_INSERT_OFFER, (offer_id,)).fetchone()
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
    the many segments that bulk deletes and inserts leave behind costs 1.5 times as much.

    On PostgreSQL only what changed is written (see `_index_supplier_pg`), and the
    documents' statistics are refreshed after a large change."""
    if not _is_sqlite(db):
        _index_supplier_pg(db, supplier_id, changed_at)
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


def _index_supplier_pg(db: Database, supplier_id: int,
                       changed_at: datetime.datetime | None) -> None:
    """Withdrawn offers out, changed words rewritten, new offers in: three set-based
    statements over the supplier's offers (those written at `changed_at`, if given)."""
    changed = "" if changed_at is None else _PG_CHANGED
    params = (supplier_id,) if changed_at is None else (supplier_id, changed_at)
    written = db.execute_sql(_PG_DROP_WITHDRAWN.format(changed=changed), params).rowcount
    for sql in (_PG_UPDATE_CHANGED, _PG_INSERT_MISSING):
        written += db.execute_sql(sql.format(changed=changed), params).fetchone()[0]
    if written >= _PG_ANALYZE_AFTER:
        db.execute_sql("ANALYZE search_index")


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
    match = match_expression(text)
    if match is None:
        return
    if _is_sqlite(db):
        yield from _all_matches(db, match, probe=exact)
    else:  # the SQL folds and splits what was typed; no probe: ts_rank scores few rows
        typed = unicodedata.normalize("NFC", text)
        statistics = _statistics(db)
        query = db.execute_sql(_PG_EXPAND.format(most=EXPANDED),
                               (statistics.last_character, typed)).fetchone()[0]
        if query:
            yield from _all_matches(db, _way(statistics, typed, query, 2 * CANDIDATES))


def _way(statistics: _Statistics, text: str, query: str, wanted: int) -> _Typed:
    """How to find the first `wanted` matches of `query` soonest. PostgreSQL's planner
    cannot tell (every prefix gets the same 2 % guess, whatever its words), so the choice
    is made here from the documents' statistics: the share of entries holding each common
    term (pg_stats, refreshed by ANALYZE), a typed word's share being that of the common
    terms it begins (few or none: a rare word, such as most codes), the words taken as
    independent. Walking pays per entry passed, the index per posting of every term and
    per match: a rare word goes through the index alone (when the words typed are ASCII
    once folded, so that they are split here as the SQL splits them), the others tested."""
    folded = "".join(c for c in unicodedata.normalize("NFD", text)
                     if not "\u0300" <= c <= "\u036f").lower()
    typed = _WORD.findall(folded)
    entries = statistics.entries
    if not statistics.terms or entries < wanted or not typed:
        return _Typed(query)
    share = {word: _share(statistics, word) for word in typed}
    rare = [word for word in typed if share[word] < _RARE]
    if rare:
        alone = folded.isascii() and len(rare) < len(typed)
        return _Typed(query, rare=" ".join(rare) if alone else "")
    together = 1.0
    for word in typed:
        together *= share[word]
    walk = min(entries, wanted / together) * _WALK_US
    index = sum(share.values()) * entries * _POSTING_US + together * entries * _MATCH_US
    return _Typed(query, walk=walk < index)


def _share(statistics: _Statistics, word: str) -> float:
    """The share of entries holding a common term that `word` begins (the whole term if
    one character), at most 1; 0 when none does. A term with a digit is marked '~'.
    Digits alone begin codes (EANs, references) too rare to be common terms but many: as
    if each entry held two codes of random digits."""
    share = 2 * 10.0 ** -len(word) if word.isdigit() else 0.0
    for term in ("~" + word,) if _DIGIT.search(word) else (word, "~" + word):
        start = bisect_left(statistics.terms, term)
        end = bisect_left(statistics.terms, term + "\U0010ffff") if len(word) > 1 else \
            start + (start < len(statistics.terms) and statistics.terms[start] == term)
        share += sum(statistics.shares[start:end])
    return min(1.0, share)


def _statistics(db: Database) -> _Statistics:
    """The documents' statistics, kept a minute."""
    now = time.monotonic()
    kept = _stats.get(db)
    if kept is None or now - kept[0] > _STATS_SECONDS:
        encoding, entries, terms, shares = db.execute_sql(_PG_STATS).fetchone()
        pairs = sorted(zip(terms or [], shares or []))
        kept = (now, _Statistics([t for t, _ in pairs], [f for _, f in pairs], float(entries),
                                 "\U0010ffff" if encoding == "UTF8" else "\xff"))
        _stats[db] = kept
    return kept[1]


def _exact(db: Database, text: str) -> Iterator[tuple[str, int, str]]:
    p = db.param
    for key, sku in db.execute_sql(_EXACT_PRODUCTS.format(p=p, n=EXACT_LIMIT), (text, text)):
        yield PRODUCT, key, sku
    rows = db.execute_sql(_EXACT_OFFERS.format(p=p, n=EXACT_LIMIT), (text, text, text))
    for key, sku in rows:
        yield OFFER, key, sku


Match = str | _Typed  # an FTS5 expression (SQLite), or what was typed (PostgreSQL)


def _candidates(db: Database, match: Match, low: int, high: int, limit: int,
                ranked: bool = True):
    """A cursor over the first `limit` matches from `low` to `high` in rowid order:
    (rowid, rank) with lower ranks better, or (rowid,) when not `ranked` (SQLite only)."""
    if isinstance(match, _Typed):
        condition, order, params = match.way()
        return db.execute_sql(_PG_CANDIDATES_SQL.format(match=condition, order=order),
                              (match.query, *params, low, high, limit))
    return db.execute_sql(_CANDIDATES_SQL if ranked else _PROBE_SQL, (match, low, high, limit))


def _next_matches(db: Database, match: Match, after: int, high: int, limit: int
                  ) -> list[tuple]:
    if isinstance(match, _Typed):
        condition, order, params = match.way()
        return db.execute_sql(_PG_NEXT_SQL.format(match=condition, order=order),
                              (*params, after, high, limit)).fetchall()
    return db.execute_sql(_NEXT_SQL, (match, after, high, limit)).fetchall()


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
