"""A supplier's catalog as a list that scrolls through a million offers, and searches it.

The list comes a page at a time. Without words, every offer by supplier reference; with
words, first the offers whose reference, SKU or EAN is exactly what was typed (available or
not: what a scanner sends), then the available offers whose name, SKU, EAN or reference
hold words starting with every word typed, accents and case aside ("eleve" finds
"élève"), in the catalog's order. Each page starts where the last one stopped (a cursor,
never an offset), so the 5,000th page costs what the first does; `count_offers` says how
many there are, apart, as counting costs more than a page.

A page may hold fewer rows than asked while more follow (a word search reads a bounded
slice of the index per page, so that no page takes more than a few milliseconds): read on
while `after` is not None.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import Database

from ..domain.errors import InvalidInput
from ..domain.values import cents_to_decimal
from ..store import offer_reads as reads
from ..store.search_index import match_expression
from .suppliers import supplier_row

PAGE = 200
MAX_PAGE = 1000
SCAN = 1000  # index entries read per page at most (a few ms on a million offers)
EXACT_LIMIT = 20
COUNT_CAP = 100_000  # matches counted at most when other suppliers' offers interleave


@dataclass(frozen=True, slots=True)
class ListedOffer:
    id: int
    supplier_ref: str
    sku: str
    ean: str | None
    description: str
    cost: Decimal  # excl. VAT
    pack_size: int
    min_order_qty: int
    lead_days: int | None  # None: the supplier's lead time
    available: bool


@dataclass(frozen=True)
class OfferCursor:
    """Where a page stopped: opaque to the caller, handed back to read on."""

    part: str  # "ref" (by reference), "code" (exact matches), "word" (word matches)
    key: object  # "after this key"; None: from the start of the part


@dataclass(frozen=True)
class OfferPage:
    rows: list[ListedOffer]
    before: OfferCursor | None  # to read the rows before these; None: nothing before
    after: OfferCursor | None  # to read the rows after these; None: nothing after


@dataclass(frozen=True)
class OfferCount:
    count: int
    at_least: bool = False  # True: there are more (counting stopped at COUNT_CAP)
    searched: bool = False  # a count of matches (else of every offer)


def offer_page(db: Database, supplier_code: str, text: str = "",
               cursor: OfferCursor | None = None, *, limit: int = PAGE,
               backward: bool = False) -> OfferPage:
    """One page of the supplier's offers (all of them by reference, or what `text`
    finds): the rows after `cursor` (from the first when None), or with `backward` the
    rows just before it, in list order either way."""
    if not 0 < limit <= MAX_PAGE:
        raise InvalidInput("page", "limit {limit} is out of range", limit=limit)
    supplier_id = supplier_row(supplier_code).id
    text = str(text or "").strip()
    if not text:
        return _by_ref(db, supplier_id, cursor, limit, backward)
    words = _Words(db, supplier_id, text)
    if backward:
        return _search_backward(words, cursor, limit) if cursor else OfferPage([], None, None)
    return _search_forward(words, cursor, limit)


def count_offers(db: Database, supplier_code: str, text: str = "") -> OfferCount:
    """How many offers `offer_page` lists for `text` (every offer without it)."""
    supplier_id = supplier_row(supplier_code).id
    text = str(text or "").strip()
    if not text:
        return OfferCount(reads.count_offers(db, supplier_id))
    words = _Words(db, supplier_id, text)
    count, at_least = words.count()
    return OfferCount(count, at_least, searched=True)


def _offer(row: tuple) -> ListedOffer:
    oid, ref, sku, ean, description, cost, pack, moq, lead, available = row[:10]
    return ListedOffer(oid, ref, sku, ean, description, cents_to_decimal(cost), pack, moq,
                       lead, bool(available))


def _by_ref(db: Database, supplier_id: int, cursor: OfferCursor | None, limit: int,
            backward: bool) -> OfferPage:
    key = cursor.key if cursor else None
    if backward and cursor is None:
        return OfferPage([], None, None)
    # one more than asked: whether more follow, without reading an empty page at the end
    rows = [_offer(r) for r in reads.offers_by_ref(db, supplier_id, key, limit + 1, backward)]
    more = len(rows) > limit
    rows = rows[:limit]
    if backward:
        rows.reverse()
        before = OfferCursor("ref", (rows[0].supplier_ref, rows[0].id - 1)) if more else None
        return OfferPage(rows, before, cursor)
    after = OfferCursor("ref", (rows[-1].supplier_ref, rows[-1].id)) if more else None
    return OfferPage(rows, cursor, after)


def _search_forward(words: _Words, cursor: OfferCursor | None, limit: int) -> OfferPage:
    rows: list[ListedOffer] = []
    part, key = (cursor.part, cursor.key) if cursor else ("code", None)
    if part == "code":
        for offer in words.exact:
            if key is None or offer.id > key:
                rows.append(offer)
                if len(rows) == limit:
                    return OfferPage(rows, cursor, OfferCursor("code", offer.id))
        key = None
    found, stop = words.forward(key, limit - len(rows))
    rows += found
    return OfferPage(rows, cursor, None if stop is None else OfferCursor("word", stop))


def _search_backward(words: _Words, cursor: OfferCursor, limit: int) -> OfferPage:
    rows: list[ListedOffer] = []  # nearest first, reversed at the end
    key = cursor.key
    if cursor.part == "word":
        rows, stop = words.backward(key, limit)
        if stop is not None:
            return OfferPage(rows[::-1], OfferCursor("word", stop), cursor)
        key = None
    for offer in reversed(words.exact):
        if key is None or offer.id <= key:
            rows.append(offer)
            if len(rows) == limit:
                return OfferPage(rows[::-1], OfferCursor("code", offer.id - 1), cursor)
    return OfferPage(rows[::-1], None, cursor)


class _Words:
    """The matches of what was typed among one supplier's offers: its exact codes, then
    its available offers holding the words, read forwards or backwards a slice at a time."""

    def __init__(self, db: Database, supplier_id: int, text: str) -> None:
        self.db, self.supplier_id, self.text = db, supplier_id, text
        self.exact = [_offer(r) for r in reads.offers_with_code(db, supplier_id, text,
                                                                 EXACT_LIMIT)]
        self.exact_ids = {offer.id for offer in self.exact}
        self.indexed = reads.has_word_index(db)
        self.match = match_expression(text)
        self.words = [w for w in text.split() if w.strip("%_")]
        self.span = reads.supplier_span(db, supplier_id) if self.indexed and self.match \
            else None

    def _has_words(self) -> bool:
        return self.span is not None if self.indexed else bool(self.words)

    def forward(self, key, want: int) -> tuple[list[ListedOffer], object]:
        """Up to `want` matches after `key` and where the next read starts (None: the
        end), from one bounded slice."""
        if want <= 0:
            return [], key
        if not self._has_words():
            return [], None
        return self._collect(self._slice(key, False), want, backward=False)

    def backward(self, key, want: int) -> tuple[list[ListedOffer], object]:
        """Up to `want` matches up to `key`, nearest first, and where a read further back
        starts (None: nothing before them among the word matches)."""
        if not self._has_words():
            return [], None
        return self._collect(self._slice(key, True), want, backward=True)

    def _slice(self, key, backward: bool) -> list[tuple]:
        if self.indexed:
            low, high = self.span
            return reads.scan_matches(self.db, self.supplier_id, self.match, low, high, key,
                                      SCAN, backward)
        return reads.scan_like(self.db, self.supplier_id, self.words, key, SCAN, backward)

    def _collect(self, scanned: list[tuple], want: int, backward: bool
                 ) -> tuple[list[ListedOffer], object]:
        found: list[ListedOffer] = []
        for row in scanned:
            hit = row[1] is not None if self.indexed else row[10] == 1
            offer_id = row[1] if self.indexed else row[0]
            if hit and offer_id not in self.exact_ids:
                found.append(_offer(row[1:] if self.indexed else row))
                if len(found) == want:
                    return found, self._key(row, backward)
        if len(scanned) < SCAN:
            return found, None
        return found, self._key(scanned[-1], backward)

    def _key(self, row: tuple, backward: bool):
        """The position just after `row` (forwards) or just before it (backwards)."""
        if self.indexed:
            return row[0] - 1 if backward else row[0]
        return (row[1], row[0] - 1) if backward else (row[1], row[0])

    def count(self) -> tuple[int, bool]:
        if not self._has_words():
            return len(self.exact), False
        if self.indexed:
            low, high = self.span
            only_theirs = not reads.others_within(self.db, self.supplier_id, low, high)
            matched = reads.count_matches(self.db, self.supplier_id, self.match, low, high,
                                          only_theirs, COUNT_CAP)
            also = reads.matching_ids(self.db, self.match, sorted(self.exact_ids))
            at_least = not only_theirs and matched >= COUNT_CAP
        else:
            matched = reads.count_like(self.db, self.supplier_id, self.words)
            also = reads.with_words(self.db, self.words, sorted(self.exact_ids))
            at_least = False
        return matched + len(self.exact_ids - also), at_least
