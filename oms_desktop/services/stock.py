"""Stock per site: adjustments, the picture of one product, the ledger and its check."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from peewee import JOIN, Database

from ..domain.errors import InvalidInput
from ..domain.values import parse_quantity
from ..store.database import writing
from ..store.ledger import ledger_mismatches, post_movement
from ..store.models import (
    LedgerRow,
    ProductRow,
    PurchaseLineRow,
    PurchaseOrderRow,
    SiteRow,
    StockRow,
    TransferLineRow,
    TransferRow,
)
from ..store.supply import OPEN_PO_STATUSES, incoming_of
from .clock import today as clock_today
from .configuration import load_configuration
from .products import ensure_product, resolve_sku
from .repromise import resource_unsupplied
from .references import PURCHASE_ORDER, TRANSFER, format_ref
from .sites import site_row


@dataclass(frozen=True)
class SiteStock:
    site: str
    kind: str
    on_hand: int
    reserved: int
    available: int
    in_transit_in: int


@dataclass(frozen=True)
class IncomingLine:
    po: str
    site: str
    expected: datetime.date
    ordered: int
    received: int
    free: int


@dataclass(frozen=True)
class StockPicture:
    sku: str
    name: str
    sites: list[SiteStock]
    incoming: list[IncomingLine]

    @property
    def totals(self) -> dict[str, int]:
        return {
            "on_hand": sum(s.on_hand for s in self.sites),
            "reserved": sum(s.reserved for s in self.sites),
            "available": sum(s.available for s in self.sites),
            "incoming_free": sum(i.free for i in self.incoming),
        }


@dataclass(frozen=True)
class LedgerEntry:
    at: datetime.datetime
    site: str
    delta: int
    kind: str
    reason: str
    reference: str


@dataclass(frozen=True)
class StockCheck:
    rows_checked: int
    mismatches: list[tuple[str, str, str, int, int]]  # site, sku, figure, cached, truth

    @property
    def ok(self) -> bool:
        return not self.mismatches


def adjust_stock(db: Database, site: str, sku: str, delta: int | str, reason: str) -> SiteStock:
    """Count corrections, breakage, found goods: a ledger row with the reason given."""
    delta = parse_quantity(delta, "delta", allow_negative=True)
    if not str(reason or "").strip():
        raise InvalidInput("reason", "say why the stock changes (e.g. 'stock count')")
    with writing(db):
        site_id = site_row(site).id
        product = ensure_product(resolve_sku(sku))
        current = StockRow.get_or_none(site=site_id, product=product.id)
        on_hand = current.on_hand if current else 0
        reserved = current.reserved if current else 0
        if on_hand + delta < reserved and reserved == 0:
            raise InvalidInput("delta", "{site} would hold {quantity} of {sku}: stock cannot "
                                        "go below zero",
                               site=site, quantity=on_hand + delta, sku=product.sku)
        if on_hand + delta < reserved:
            raise InvalidInput("delta", "{site} would hold {quantity} of {sku} but {reserved} "
                                        "are reserved for customer orders",
                               site=site, quantity=on_hand + delta, sku=product.sku,
                               reserved=reserved)
        post_movement(site_id, product.id, delta, "adjustment", reason.strip())
        if delta > 0:
            resource_unsupplied(db, [product.id], load_configuration(db, clock_today()),
                                clock_today())
    return next(s for s in stock_picture(db, product.sku).sites if s.site == site_row(site).code)


def stock_picture(db: Database, sku: str) -> StockPicture:
    product = ProductRow.get_or_none(ProductRow.sku == resolve_sku(sku))
    if product is None:  # only in a catalog so far: no stock anywhere
        return StockPicture(resolve_sku(sku), "", [], [])
    transit = {}
    for line in (TransferLineRow.select(TransferLineRow, TransferRow)
                 .join(TransferRow)
                 .where((TransferLineRow.product == product)
                        & (TransferRow.status == "in_transit"))):
        key = line.transfer.destination_id
        transit[key] = transit.get(key, 0) + line.qty
    sites = []
    query = (SiteRow.select(SiteRow, StockRow)
             .join(StockRow, JOIN.LEFT_OUTER,
                   on=(StockRow.site == SiteRow.id) & (StockRow.product == product.id))
             .order_by(SiteRow.kind.desc(), SiteRow.code))
    for site in query:
        stock = getattr(site, "stockrow", None)
        on_hand = stock.on_hand if stock and stock.id else 0
        reserved = stock.reserved if stock and stock.id else 0
        sites.append(SiteStock(site.code, site.kind, on_hand, reserved, on_hand - reserved,
                               transit.get(site.id, 0)))
    codes = {s.id: s.code for s in SiteRow.select()}
    incoming = []
    lines = {line.id: line for line in PurchaseLineRow.select().join(PurchaseOrderRow).where(
        (PurchaseLineRow.product == product) & PurchaseOrderRow.status.in_(OPEN_PO_STATUSES))}
    for line_id, po_id, site_id, expected, free in incoming_of(db, product.id):
        line = lines[line_id]
        incoming.append(IncomingLine(format_ref(PURCHASE_ORDER, po_id), codes[site_id], expected,
                                     line.qty, line.received_qty, max(free, 0)))
    incoming.sort(key=lambda i: (i.expected, i.po))
    return StockPicture(product.sku, product.name, sites, incoming)


def ledger_of(db: Database, sku: str, limit: int = 500) -> list[LedgerEntry]:
    product = ProductRow.get_or_none(ProductRow.sku == resolve_sku(sku))
    if product is None:
        return []
    codes = {s.id: s.code for s in SiteRow.select()}
    rows = (LedgerRow.select().where(LedgerRow.product == product)
            .order_by(LedgerRow.at.desc(), LedgerRow.id.desc()).limit(limit))
    return [LedgerEntry(r.at, codes[r.site_id], r.delta, r.kind, r.reason, r.reference)
            for r in rows]


def check_stock(db: Database) -> StockCheck:
    """Proves that every cached on-hand figure equals the sum of its ledger, and every
    reserved figure the units held for customer orders."""
    codes = {s.id: s.code for s in SiteRow.select()}
    skus = {}
    found = []
    for site_id, product_id, cached, truth in ledger_mismatches(db):
        if product_id not in skus:
            skus[product_id] = ProductRow.get_by_id(product_id).sku
        figure = "reserved" if cached == -1 else "on_hand"
        if figure == "reserved":
            cached = StockRow.get(site=site_id, product=product_id).reserved
        found.append((codes[site_id], skus[product_id], figure, cached, truth))
    return StockCheck(StockRow.select().count(), found)


def in_transit_transfers(db: Database) -> list[str]:
    return [format_ref(TRANSFER, t.id)
            for t in TransferRow.select().where(TransferRow.status == "in_transit")]
