"""The search index on PostgreSQL, for store/search_index.py: a tsvector under a GIN index.

On PostgreSQL (schema v3, no extension needed) a table `search_index` holds the same
entries as SQLite's FTS5 table, numbered the same way, with the same words
(store/search_entries.py), and `document`: those words folded and split into terms by the
migration's SQL functions, a tsvector under a GIN index; what is typed goes through the
same functions, each word a prefix, looked for as the terms of `search_word` (the
vocabulary) it begins where they are few: exact keys, which GIN intersects several times
faster than prefixes. Same results, same order: exact codes, then the first CANDIDATES
matches of each kind in entry order ranked (ts_rank instead of bm25), then the others in
entry order; found by walking the entries in order or through the GIN index, whichever
the documents' statistics say is sooner (see `_way`).
"""

from __future__ import annotations

import datetime
import re
import time
import unicodedata
import weakref
from bisect import bisect_left
from typing import NamedTuple

from peewee import Database

from .search_entries import OFFER_BASE, OFFER_WORDS, PRODUCT_WORDS, WORD

_DIGIT = re.compile(r"[0-9]")


# The same entries and words as on SQLite, and their document (store/migrations.py, v3);
# the vocabulary terms of what is written join `search_word`, in the same statement.
def _writing(statement: str) -> str:
    """`statement` (ending in RETURNING document), its new vocabulary, and how many rows."""
    return (f"WITH written AS ({statement}), vocabulary AS (INSERT INTO search_word (word) "
            f"SELECT DISTINCT t FROM written, unnest(tsvector_to_array(document)) AS t "
            f"WHERE left(t, 1) <> '~' ON CONFLICT DO NOTHING) SELECT count(*) FROM written")


def _inserting(rows: str) -> str:
    return _writing(f"INSERT INTO search_index (entry, words, document) SELECT entry, "
                    f"words, oms_search_document(words) FROM ({rows}) AS e "
                    f"RETURNING document")


_DELETE_ENTRIES = "DELETE FROM search_index WHERE entry = ANY(%s)"
_INSERT_PRODUCTS = _inserting(
    f"SELECT id AS entry, {PRODUCT_WORDS} AS words FROM product WHERE id = ANY(%s)")
_INSERT_OFFER = _inserting(
    f"SELECT {OFFER_BASE} + id AS entry, {OFFER_WORDS} AS words FROM catalog_offer "
    f"WHERE id = %s AND available")
# A supplier's offers against what the index holds: only the differences are written (the
# words compared as text, documents made for changed and new offers only), so that
# re-importing a million offers of which a few changed costs a join, not a million
# documents, dead rows and GIN insertions.
# `{changed}`: nothing, or only the offers an import has just written (_CHANGED).
_DROP_WITHDRAWN = (f"DELETE FROM search_index AS s USING catalog_offer AS o "
                   f"WHERE o.supplier_id = %s{{changed}} AND NOT o.available "
                   f"AND s.entry = {OFFER_BASE} + o.id")
_UPDATE_CHANGED = _writing(
    f"UPDATE search_index AS s SET words = n.words, document = oms_search_document(n.words) "
    f"FROM (SELECT {OFFER_BASE} + o.id AS entry, {OFFER_WORDS} AS words "
    f"FROM catalog_offer AS o WHERE o.supplier_id = %s{{changed}} AND o.available) AS n "
    f"WHERE s.entry = n.entry AND s.words <> n.words RETURNING s.document")
_INSERT_MISSING = _inserting(
    f"SELECT {OFFER_BASE} + o.id AS entry, {OFFER_WORDS} AS words "
    f"FROM catalog_offer AS o WHERE o.supplier_id = %s{{changed}} AND o.available "
    f"AND NOT EXISTS (SELECT 1 FROM search_index AS s WHERE s.entry = {OFFER_BASE} + o.id)")
_CHANGED = " AND o.updated_at = %s"
# Offers (by id) per statement: one statement over a million new documents takes more than
# ten minutes (its documents and their vocabulary held at once), ten of a hundred thousand
# take 35 s, each as long as the one before.
_CHUNK_IDS = 100_000
_IN_CHUNK = " AND o.id >= %s AND o.id < %s"
_SUPPLIER_IDS = "SELECT min(id), max(id) FROM catalog_offer WHERE supplier_id = %s"
# Statistics of the documents after a change this big, in the same transaction: the
# choice between walking entries in order and the GIN index rests on them.
_ANALYZE_AFTER = 10_000

# What was typed as a tsquery: each word of letters as the vocabulary terms it begins (at
# most EXPANDED, else as a prefix) or a code that it begins; a word with a digit as the
# codes it begins; a single letter or digit as a whole term (see oms_search_query, the
# same without the vocabulary). Parameters: the greatest character, what was typed.
EXPANDED = 64
_EXPAND = (
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
_CANDIDATES_SQL = ("SELECT entry, -ts_rank(document, %s::tsquery) FROM "
                   "(SELECT entry, document FROM search_index "
                   "WHERE {match} AND entry >= %s AND entry < %s "
                   "ORDER BY {order} LIMIT %s) AS c ORDER BY entry")
_NEXT_SQL = ("SELECT entry FROM search_index WHERE {match} "
             "AND entry > %s AND entry < %s ORDER BY {order} LIMIT %s")
_WALK = "ts_match_vq(document, %s::tsquery)"
_INDEX = "document @@ %s::tsquery"
_RARE_WORDS = "document @@ oms_search_query(%s) AND ts_match_vq(document, %s::tsquery)"
# What each way costs, in microseconds (a million offers, 2 cores): walking, per entry
# tested; through the index, per posting of the terms looked for, and per match read and
# sorted.
_WALK_US, _POSTING_US, _MATCH_US = 0.4, 0.08, 1.0
_RARE = 0.001  # a word in fewer entries than this goes through the index
_STATS_SECONDS = 60.0  # how long the documents' statistics are kept per database
_STATS_SQL = ("SELECT current_setting('server_encoding'), "
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


class Typed(NamedTuple):
    """What was typed, for PostgreSQL: its tsquery, and the way chosen to find it."""
    query: str
    walk: bool = False
    rare: str = ""  # the words few entries hold, alone through the index (the rest tested)

    def way(self) -> tuple[str, str, tuple[str, ...]]:
        """(condition, order, its parameters)."""
        if self.walk:
            return _WALK, "entry", (self.query,)
        if self.rare:
            return _RARE_WORDS, "entry + 0", (self.rare, self.query)
        return _INDEX, "entry + 0", (self.query,)


def index_products(db: Database, ids: list[int]) -> None:
    db.execute_sql(_DELETE_ENTRIES, (ids,))
    db.execute_sql(_INSERT_PRODUCTS, (ids,)).fetchone()


def index_offer(db: Database, offer_id: int) -> None:
    db.execute_sql(_DELETE_ENTRIES, ([OFFER_BASE + offer_id],))
    db.execute_sql(_INSERT_OFFER, (offer_id,)).fetchone()


def index_offers_of_supplier(db: Database, supplier_id: int,
                             changed_at: datetime.datetime | None) -> None:
    """Withdrawn offers out, changed words rewritten, new offers in: three set-based
    statements over the supplier's offers (those written at `changed_at`, if given)."""
    changed = "" if changed_at is None else _CHANGED
    params = (supplier_id,) if changed_at is None else (supplier_id, changed_at)
    written = db.execute_sql(_DROP_WITHDRAWN.format(changed=changed), params).rowcount
    low, high = db.execute_sql(_SUPPLIER_IDS, (supplier_id,)).fetchone()
    for start in range(low, high + 1, _CHUNK_IDS) if low is not None else ():
        for sql in (_UPDATE_CHANGED, _INSERT_MISSING):
            written += db.execute_sql(sql.format(changed=changed + _IN_CHUNK),
                                      (*params, start, start + _CHUNK_IDS)).fetchone()[0]
    if written >= _ANALYZE_AFTER:
        db.execute_sql("ANALYZE search_index")


def query_of(db: Database, text: str, wanted: int) -> Typed | None:
    """What was typed as a tsquery, and the way to find its first `wanted` matches; None
    when it holds no word. The SQL folds and splits what was typed."""
    typed = unicodedata.normalize("NFC", text)
    statistics = _statistics(db)
    query = db.execute_sql(_EXPAND.format(most=EXPANDED),
                           (statistics.last_character, typed)).fetchone()[0]
    return _way(statistics, typed, query, wanted) if query else None


def _way(statistics: _Statistics, text: str, query: str, wanted: int) -> Typed:
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
    typed = WORD.findall(folded)
    entries = statistics.entries
    if not statistics.terms or entries < wanted or not typed:
        return Typed(query)
    share = {word: _share(statistics, word) for word in typed}
    rare = [word for word in typed if share[word] < _RARE]
    if rare:
        alone = folded.isascii() and len(rare) < len(typed)
        return Typed(query, rare=" ".join(rare) if alone else "")
    together = 1.0
    for word in typed:
        together *= share[word]
    walk = min(entries, wanted / together) * _WALK_US
    index = sum(share.values()) * entries * _POSTING_US + together * entries * _MATCH_US
    return Typed(query, walk=walk < index)


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
        encoding, entries, terms, shares = db.execute_sql(_STATS_SQL).fetchone()
        pairs = sorted(zip(terms or [], shares or []))
        kept = (now, _Statistics([t for t, _ in pairs], [f for _, f in pairs], float(entries),
                                 "\U0010ffff" if encoding == "UTF8" else "\xff"))
        _stats[db] = kept
    return kept[1]


def candidates(db: Database, match: Typed, low: int, high: int, limit: int):
    """A cursor over the first `limit` matches from `low` to `high` in entry order:
    (entry, rank), lower ranks better."""
    condition, order, params = match.way()
    return db.execute_sql(_CANDIDATES_SQL.format(match=condition, order=order),
                          (match.query, *params, low, high, limit))


def next_matches(db: Database, match: Typed, after: int, high: int, limit: int
                 ) -> list[tuple]:
    condition, order, params = match.way()
    return db.execute_sql(_NEXT_SQL.format(match=condition, order=order),
                          (*params, after, high, limit)).fetchall()
