"""What staff and customers see of an order: plain dataclasses built from the rows."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.errors import NotFound
from ..domain.values import cents_to_decimal
from ..store.models import (
    AllocationRow,
    CustomerOrderRow,
    OrderLineRow,
    ProductRow,
    PurchaseLineRow,
    SiteRow,
    StockEventRow,
    SupplierRow,
    SupplyRequestRow,
)
from .allocations import is_late
from .references import ORDER, PURCHASE_ORDER, TRANSFER, format_ref, parse_ref


@dataclass(frozen=True)
class AllocationView:
    source: str  # site_stock, po_line, catalog
    qty: int
    site: str
    ready_date: datetime.date
    promise_date: datetime.date | None
    status: str
    reason: dict
    po: str | None = None
    supplier: str | None = None
    supplier_ref: str | None = None
    transfer: str | None = None

    def as_json(self) -> dict:
        out = {"source": self.source, "qty": self.qty, "site": self.site,
               "ready_date": self.ready_date.isoformat(),
               "promise_date": self.promise_date.isoformat() if self.promise_date else None,
               "status": self.status, "reason": self.reason}
        for key in ("po", "supplier", "supplier_ref", "transfer"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


@dataclass(frozen=True)
class LineView:
    sku: str
    name: str
    qty: int
    unit_price: Decimal
    status: str
    promise_date: datetime.date | None
    first_promise_date: datetime.date | None
    allocations: list[AllocationView]
    late: str | None = None

    def as_json(self) -> dict:
        return {"sku": self.sku, "name": self.name, "qty": self.qty,
                "unit_price": str(self.unit_price), "status": self.status,
                "promise_date": self.promise_date.isoformat() if self.promise_date else None,
                "first_promise_date": (self.first_promise_date.isoformat()
                                       if self.first_promise_date else None),
                "late": self.late,
                "allocations": [a.as_json() for a in self.allocations]}


@dataclass(frozen=True)
class OrderEvent:
    at: datetime.datetime
    code: str
    detail: dict


@dataclass(frozen=True)
class OrderView:
    order: str
    site: str
    channel: str
    mode: str
    status: str
    customer: str
    contact: str
    delivery_address: str
    created_on: datetime.date
    lines: list[LineView]
    history: list[OrderEvent] = field(default_factory=list)

    @property
    def promise_date(self) -> datetime.date | None:
        dates = [line.promise_date for line in self.lines if line.status != "cancelled"]
        return None if not dates or None in dates else max(dates)

    @property
    def total(self) -> Decimal:
        return sum((line.unit_price * line.qty for line in self.lines
                    if line.status != "cancelled"), Decimal("0.00"))

    def as_json(self) -> dict:
        return {"order": self.order, "site": self.site, "channel": self.channel,
                "mode": self.mode, "status": self.status, "customer": self.customer,
                "contact": self.contact, "delivery_address": self.delivery_address,
                "created_on": self.created_on.isoformat(),
                "promise_date": self.promise_date.isoformat() if self.promise_date else None,
                "total": str(self.total), "lines": [line.as_json() for line in self.lines],
                "history": [{"at": e.at.isoformat(sep=" "), "code": e.code, **e.detail}
                            for e in self.history]}


def order_row(ref: str | int) -> CustomerOrderRow:
    row = CustomerOrderRow.get_or_none(CustomerOrderRow.id == parse_ref(ORDER, ref, "order"))
    if row is None:
        raise NotFound("order", ref)
    return row


def allocation_view(row: AllocationRow, sites: dict[int, str]) -> AllocationView:
    po = supplier = supplier_ref = None
    if row.po_line_id:
        line = PurchaseLineRow.get_by_id(row.po_line_id)
        po = format_ref(PURCHASE_ORDER, line.po_id)
        supplier_ref = line.supplier_ref or None
    if row.supply_request_id and row.kind == "catalog":
        request = SupplyRequestRow.get_by_id(row.supply_request_id)
        supplier = SupplierRow.get_by_id(request.supplier_id).code
        supplier_ref = request.offer.supplier_ref
    reason = json.loads(row.reason or "{}")
    supplier = supplier or reason.get("supplier")
    return AllocationView(row.kind, row.qty, sites[row.site_id], row.ready_date,
                          row.promise_date, row.status, reason, po, supplier, supplier_ref,
                          format_ref(TRANSFER, row.transfer_id) if row.transfer_id else None)


def order_view(order: CustomerOrderRow, today: datetime.date) -> OrderView:
    sites = {s.id: s.code for s in SiteRow.select()}
    lines = []
    query = (OrderLineRow.select(OrderLineRow, ProductRow).join(ProductRow)
             .where(OrderLineRow.order == order).order_by(OrderLineRow.id))
    for line in query:
        allocations = [allocation_view(a, sites) for a in AllocationRow.select().where(
            (AllocationRow.line == line) & (AllocationRow.status != "replaced"))
            .order_by(AllocationRow.id)]
        live = [a for a in allocations if a.status != "released"]
        lines.append(LineView(line.product.sku, line.product.name, line.qty,
                              cents_to_decimal(line.unit_price_cents), line.status,
                              line.promise_date, line.first_promise_date,
                              live or allocations, is_late(line, today)))
    history = [OrderEvent(e.at, e.code, json.loads(e.detail)) for e in StockEventRow.select()
               .where(StockEventRow.order == order).order_by(StockEventRow.id)]
    return OrderView(format_ref(ORDER, order.id), sites[order.site_id], order.channel,
                     order.mode, order.status, order.customer_name, order.customer_contact,
                     order.delivery_address, order.created_on, lines, history)


def record_event(code: str, *, order: int | None = None, po: int | None = None,
                 **detail) -> None:
    StockEventRow.create(order=order, po=po, code=code,
                         detail=json.dumps(detail, default=str))
