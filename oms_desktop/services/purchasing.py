"""Supplier purchase orders: by hand or from pending supply requests; confirm, move, cancel."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import Database, fn

from ..domain.errors import InvalidInput, NotFound, Refused
from ..domain.purchasing import order_and_arrival, order_quantity
from ..domain.values import cents_to_decimal, parse_money, parse_quantity
from ..store.database import writing
from ..store.models import AllocationRow, CatalogOfferRow, ProductRow, PurchaseLineRow, \
    PurchaseOrderRow, SiteRow, SupplierRow, SupplyRequestRow
from .clock import parse_future_date, today as clock_today
from .configuration import business_calendar, load_configuration
from .order_views import record_event
from .products import ensure_product, resolve_sku
from .references import PURCHASE_ORDER, format_ref, parse_ref
from .repromise import LateLine, late_lines, line_expected, repromise_pegs, \
    resource_allocations, resource_unsupplied
from .sites import site_row
from .snapshots import SUPPLIER_WORKING_DAYS
from .suppliers import supplier_row

OPEN_STATUSES = ("draft", "confirmed", "partially_received")


@dataclass(frozen=True)
class POLineView:
    sku: str
    name: str
    ean: str | None
    supplier_ref: str
    qty: int
    received: int
    pegged: int
    unit_cost_cents: int
    expected: datetime.date
    pack_size: int

    @property
    def total_cents(self) -> int:
        return self.qty * self.unit_cost_cents

    def as_json(self) -> dict:
        return {"sku": self.sku, "name": self.name, "ean": self.ean,
                "supplier_ref": self.supplier_ref, "qty": self.qty, "received": self.received,
                "pegged": self.pegged, "unit_cost": str(cents_to_decimal(self.unit_cost_cents)),
                "total": str(cents_to_decimal(self.total_cents)),
                "expected": self.expected.isoformat()}


@dataclass(frozen=True)
class POView:
    po: str
    supplier: str
    supplier_name: str
    site: str
    status: str
    expected: datetime.date
    created: datetime.date
    lines: list[POLineView]
    min_order_cents: int
    late: list[LateLine] = field(default_factory=list)  # lines made late by the last change

    @property
    def total_cents(self) -> int:
        return sum(line.total_cents for line in self.lines)

    @property
    def below_minimum(self) -> bool:
        return self.total_cents < self.min_order_cents

    def as_json(self) -> dict:
        return {"po": self.po, "supplier": self.supplier, "supplier_name": self.supplier_name,
                "site": self.site, "status": self.status, "expected": self.expected.isoformat(),
                "created": self.created.isoformat(),
                "total": str(cents_to_decimal(self.total_cents)),
                "below_minimum": self.below_minimum,
                "lines": [line.as_json() for line in self.lines],
                "late": [late.as_json() for late in self.late]}


def po_row(ref: str | int) -> PurchaseOrderRow:
    row = PurchaseOrderRow.get_or_none(PurchaseOrderRow.id == parse_ref(PURCHASE_ORDER, ref, "po"))
    if row is None:
        raise NotFound("purchase order", ref)
    return row


def po_view(po: PurchaseOrderRow, late: list[LateLine] | None = None) -> POView:
    supplier = SupplierRow.get_by_id(po.supplier_id)
    pegged = dict(AllocationRow.select(AllocationRow.po_line, fn.SUM(AllocationRow.qty))
                  .where((AllocationRow.kind == "po_line") & (AllocationRow.status == "held"))
                  .join(PurchaseLineRow).where(PurchaseLineRow.po == po)
                  .group_by(AllocationRow.po_line).tuples())
    lines = []
    query = (PurchaseLineRow.select(PurchaseLineRow, ProductRow).join(ProductRow)
             .where(PurchaseLineRow.po == po).order_by(PurchaseLineRow.id))
    for line in query:
        pack = line.offer.pack_size if line.offer_id else 1
        lines.append(POLineView(line.product.sku, line.product.name, line.product.ean,
                                line.supplier_ref, line.qty, line.received_qty,
                                pegged.get(line.id, 0), line.unit_cost_cents,
                                line.expected_date or po.expected_date, pack))
    return POView(format_ref(PURCHASE_ORDER, po.id), supplier.code, supplier.name,
                  SiteRow.get_by_id(po.site_id).code, po.status, po.expected_date,
                  po.created_at.date(), lines, supplier.min_order_cents, late or [])


def _offer_for(supplier: SupplierRow, sku: str) -> CatalogOfferRow | None:
    return (CatalogOfferRow.select().where((CatalogOfferRow.supplier == supplier)
                                           & (CatalogOfferRow.sku == sku))
            .order_by(CatalogOfferRow.available.desc()).first())


def create_po(db: Database, supplier: str, site: str, expected: str | datetime.date,
              lines: list[tuple[str, int, str | None]], notes: str = "",
              today: datetime.date | None = None) -> POView:
    """A draft PO by hand. Each line is (SKU/EAN/ref, quantity, unit cost or None for the
    supplier's catalog cost)."""
    today = today or clock_today()
    expected_date = parse_future_date(expected, "expected", today)
    if not lines:
        raise InvalidInput("lines", "a purchase order needs at least one line")
    with writing(db):
        supplier_r = supplier_row(supplier)
        site_r = site_row(site)
        po = PurchaseOrderRow.create(supplier=supplier_r, site=site_r,
                                     expected_date=expected_date, notes=notes)
        for identifier, qty, cost in lines:
            qty = parse_quantity(qty, f"quantity of {identifier}")
            sku = resolve_sku(identifier)
            offer = _offer_for(supplier_r, sku)
            if cost is None and offer is None:
                raise InvalidInput("cost", "{sku} is not in {supplier}'s catalog: "
                                           "give its cost (SKU:QTY:COST)",
                                   sku=sku, supplier=supplier_r.code)
            unit_cost = parse_money(cost, f"cost of {sku}") if cost is not None \
                else offer.cost_cents
            product = ensure_product(sku)
            PurchaseLineRow.create(po=po, product=product.id, offer=offer, qty=qty,
                                   supplier_ref=offer.supplier_ref if offer else sku,
                                   unit_cost_cents=unit_cost)
        record_event("po_created", po=po.id)
        return po_view(po)


def confirm_po(db: Database, ref: str, today: datetime.date | None = None) -> POView:
    """The PO is sent: its quantities become sellable, and the customer lines waiting on its
    catalog requests are pegged to its lines, with their promises recomputed."""
    today = today or clock_today()
    with writing(db):
        po = po_row(ref)
        if po.status != "draft":
            raise Refused("not_draft", "{po} is {status}, only a draft can be confirmed",
                          po=format_ref(PURCHASE_ORDER, po.id), status=po.status)
        po.status = "confirmed"
        po.confirmed_at = datetime.datetime.now().replace(microsecond=0)
        po.save()
        line_ids = [line.id for line in po.lines]
        requests = SupplyRequestRow.select().where(SupplyRequestRow.po_line.in_(line_ids))
        for request in requests:
            AllocationRow.update(kind="po_line", po_line=request.po_line_id).where(
                (AllocationRow.supply_request == request) & (AllocationRow.kind == "catalog")
                & (AllocationRow.status == "held")).execute()
        cfg = load_configuration(db, today)
        touched = repromise_pegs(line_ids, cfg, today)
        resource_unsupplied(db, {line.product_id for line in po.lines}, cfg, today)
        record_event("po_confirmed", po=po.id)
        return po_view(po, late_lines(touched, today))


def set_expected_date(db: Database, ref: str, expected: str | datetime.date,
                      sku: str | None = None, today: datetime.date | None = None) -> POView:
    """The supplier announced a new date (for the whole PO, or one line): promises pegged to
    it move with it, and the lines now late are listed."""
    today = today or clock_today()
    new_date = parse_future_date(expected, "expected", today)
    with writing(db):
        po = po_row(ref)
        if po.status not in OPEN_STATUSES:
            raise Refused("closed", "{po} is {status}",
                          po=format_ref(PURCHASE_ORDER, po.id), status=po.status)
        lines = list(po.lines)
        if sku:
            wanted = resolve_sku(sku)
            lines = [line for line in lines if line.product.sku == wanted]
            if not lines:
                raise InvalidInput("sku", "{sku} is not on {po}",
                                   sku=wanted, po=format_ref(PURCHASE_ORDER, po.id))
            for line in lines:
                line.expected_date = new_date
                line.save()
        else:
            po.expected_date = new_date
            po.save()
            PurchaseLineRow.update(expected_date=None).where(PurchaseLineRow.po == po).execute()
        cfg = load_configuration(db, today)
        touched = repromise_pegs([line.id for line in lines], cfg, today)
        record_event("po_expected", po=po.id, expected=new_date.isoformat(), sku=sku)
        return po_view(po, late_lines(touched, today))


def cancel_po(db: Database, ref: str, today: datetime.date | None = None) -> POView:
    """A draft goes away and its supply requests wait again; a confirmed PO's customer lines
    are sourced anew (another PO, stock, the catalog) and the late ones listed."""
    today = today or clock_today()
    with writing(db):
        po = po_row(ref)
        if po.status not in ("draft", "confirmed"):
            po_ref = format_ref(PURCHASE_ORDER, po.id)
            if po.status == "partially_received":
                raise Refused("cannot_cancel", "{po} is {status}: only a draft or a confirmed PO "
                                               "that nothing was received of can be cancelled "
                                               "(close it instead: oms po close)",
                              po=po_ref, status=po.status)
            raise Refused("cannot_cancel", "{po} is {status}: only a draft or a confirmed PO "
                                           "that nothing was received of can be cancelled",
                          po=po_ref, status=po.status)
        was_draft = po.status == "draft"
        po.status = "cancelled"
        po.save()
        line_ids = [line.id for line in po.lines]
        touched: set[int] = set()
        if was_draft:
            for request in SupplyRequestRow.select().where(SupplyRequestRow.po_line.in_(line_ids)):
                live = AllocationRow.select().where(
                    (AllocationRow.supply_request == request)
                    & (AllocationRow.status == "held")).exists()
                request.status = "pending" if live else "cancelled"
                request.po_line = None
                request.save()
        else:
            cfg = load_configuration(db, today)
            pegs = list(AllocationRow.select().where(
                (AllocationRow.kind == "po_line") & (AllocationRow.status == "held")
                & AllocationRow.po_line.in_(line_ids)).order_by(AllocationRow.id))
            touched = resource_allocations(db, pegs, cfg, today)
        record_event("po_cancelled", po=po.id)
        return po_view(po, late_lines(touched, today))


def close_po(db: Database, ref: str, today: datetime.date | None = None) -> POView:
    """The supplier will not deliver the rest of a partly received PO: it is closed as
    received, and the customers still waiting on it are sourced anew (and listed if late)."""
    today = today or clock_today()
    with writing(db):
        po = po_row(ref)
        if po.status != "partially_received":
            raise Refused("cannot_close", "{po} is {status}: only a partly received PO can be "
                                          "closed (cancel a confirmed one)",
                          po=format_ref(PURCHASE_ORDER, po.id), status=po.status)
        po.status = "received"
        po.save()
        cfg = load_configuration(db, today)
        pegs = list(AllocationRow.select().where(
            (AllocationRow.kind == "po_line") & (AllocationRow.status == "held")
            & AllocationRow.po_line.in_([line.id for line in po.lines]))
            .order_by(AllocationRow.id))
        touched = resource_allocations(db, pegs, cfg, today)
        record_event("po_closed", po=po.id)
        return po_view(po, late_lines(touched, today))


def pos_from_requests(db: Database, supplier: str | None = None,
                      today: datetime.date | None = None) -> list[POView]:
    """Groups pending supply requests into draft POs per supplier and delivery site (joining
    a draft that is already open), rounded up to packs and minimum quantities."""
    today = today or clock_today()
    with writing(db):
        query = SupplyRequestRow.select().where(SupplyRequestRow.status == "pending")
        if supplier:
            query = query.where(SupplyRequestRow.supplier == supplier_row(supplier))
        groups: dict[tuple[int, int], list[SupplyRequestRow]] = defaultdict(list)
        for request in query.order_by(SupplyRequestRow.id):
            groups[(request.supplier_id, request.site_id)].append(request)
        cfg = load_configuration(db, today)
        touched = []
        for (supplier_id, site_id), requests in sorted(groups.items()):
            arrival = _arrival_for(SupplierRow.get_by_id(supplier_id), cfg.first_year, today)
            by_offer: dict[int, list[SupplyRequestRow]] = defaultdict(list)
            for request in requests:
                by_offer[request.offer_id].append(request)
            po = _draft_for(supplier_id, site_id,
                            max(arrival(r.lead_days) for r in requests))
            for offer_id, offer_requests in by_offer.items():
                _add_to_line(po, CatalogOfferRow.get_by_id(offer_id), offer_requests,
                             arrival(max(r.lead_days for r in offer_requests)))
            record_event("po_from_requests", po=po.id, requests=len(requests))
            touched.append(po)
        return [po_view(po) for po in touched]


def _arrival_for(supplier: SupplierRow, first_year: int, today: datetime.date):
    """lead days -> the day goods ordered from `supplier` at its next order day arrive."""
    order_calendar = business_calendar(supplier.order_days, supplier.country, first_year)
    working_days = business_calendar(SUPPLIER_WORKING_DAYS, supplier.country, first_year)
    return lambda lead: order_and_arrival(order_calendar, working_days, lead, today)[1]


def _draft_for(supplier_id: int, site_id: int, arrival: datetime.date) -> PurchaseOrderRow:
    """The open draft for this supplier and site, or a new one; expected when its slowest
    line arrives."""
    existing = (PurchaseOrderRow.select().where(
        (PurchaseOrderRow.supplier == supplier_id) & (PurchaseOrderRow.site == site_id)
        & (PurchaseOrderRow.status == "draft")).order_by(PurchaseOrderRow.id).first())
    if existing is not None:
        if arrival > existing.expected_date:
            PurchaseLineRow.update(expected_date=existing.expected_date).where(
                (PurchaseLineRow.po == existing) & PurchaseLineRow.expected_date.is_null()
            ).execute()
            existing.expected_date = arrival
            existing.save()
        return existing
    return PurchaseOrderRow.create(supplier=supplier_id, site=site_id, expected_date=arrival,
                                   notes="From customer orders")


def _add_to_line(po: PurchaseOrderRow, offer: CatalogOfferRow,
                 requests: list[SupplyRequestRow], arrival: datetime.date) -> None:
    """Puts the requests on the PO's line for the offer, growing it by whole packs when its
    spare units do not cover them. A line faster than the PO's slowest keeps its own date,
    so that one made-to-order item does not make every customer on the PO late."""
    needed = sum(r.qty for r in requests)
    line = (PurchaseLineRow.select().where((PurchaseLineRow.po == po)
                                           & (PurchaseLineRow.offer == offer)).first())
    if line is None:
        line = PurchaseLineRow.create(
            po=po, product=requests[0].product_id, offer=offer, supplier_ref=offer.supplier_ref,
            qty=order_quantity(needed, offer.pack_size, offer.min_order_qty),
            unit_cost_cents=offer.cost_cents,
            expected_date=arrival if arrival != po.expected_date else None)
    else:
        already = (SupplyRequestRow.select(fn.COALESCE(fn.SUM(SupplyRequestRow.qty), 0))
                   .where((SupplyRequestRow.po_line == line)
                          & (SupplyRequestRow.status == "ordered")).scalar())
        spare = line.qty - already
        if spare < needed:
            line.qty += order_quantity(needed - spare, offer.pack_size, 1)
            line.save()
    SupplyRequestRow.update(status="ordered", po_line=line).where(
        SupplyRequestRow.id.in_([r.id for r in requests])).execute()


def show_po(db: Database, ref: str) -> POView:
    return po_view(po_row(ref))


def list_pos(db: Database, status: str | None = None, limit: int = 200) -> list[POView]:
    query = PurchaseOrderRow.select().order_by(PurchaseOrderRow.id.desc()).limit(limit)
    if status:
        query = query.where(PurchaseOrderRow.status == status)
    return [po_view(po) for po in query]


def pending_requests(db: Database) -> list[dict]:
    rows = (SupplyRequestRow.select(SupplyRequestRow, SupplierRow, ProductRow, SiteRow)
            .join(SupplierRow).switch(SupplyRequestRow).join(ProductRow)
            .switch(SupplyRequestRow).join(SiteRow)
            .where(SupplyRequestRow.status == "pending").order_by(SupplyRequestRow.id))
    return [{"supplier": r.supplier.code, "sku": r.product.sku, "qty": r.qty,
             "site": r.site.code, "created": r.created_at.isoformat(sep=" ")} for r in rows]


__all__ = ["create_po", "confirm_po", "cancel_po", "close_po", "set_expected_date", "pos_from_requests",
           "show_po", "list_pos", "line_expected", "po_row", "po_view", "POView"]
