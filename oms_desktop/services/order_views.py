"""What staff and customers see of an order: plain dataclasses built from the rows."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.errors import NotFound
from ..domain.values import cents_to_decimal
from ..domain.lateness import late_reason
from ..store.models import CustomerOrderRow, database
from ..store.rows import insert_row, now
from ..store.order_reads import read_order
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


def order_view(order: CustomerOrderRow | int, today: datetime.date) -> OrderView:
    order_id = order if isinstance(order, int) else order.id
    head, lines, allocations, events = read_order(database.obj, order_id)
    by_line: dict[int, list[AllocationView]] = {}
    for (line_id, kind, qty, site, ready, promise, status, reason, po_id, supplier_ref,
         supplier, transfer_id) in allocations:
        by_line.setdefault(line_id, []).append(AllocationView(
            kind, qty, site, ready, promise, status, reason,
            format_ref(PURCHASE_ORDER, po_id) if po_id else None,
            supplier or reason.get("supplier"), supplier_ref,
            format_ref(TRANSFER, transfer_id) if transfer_id else None))
    line_views = []
    for line_id, sku, name, qty, price, status, promise, first in lines:
        held = by_line.get(line_id, [])
        live = [a for a in held if a.status != "released"]
        line_views.append(LineView(sku, name, qty, cents_to_decimal(price), status, promise,
                                   first, live or held, late_reason(status, promise, first,
                                                                    today)))
    history = [OrderEvent(at, code, detail) for at, code, detail in events]
    (_, site, channel, mode, status, customer, contact, address, created_on) = head
    return OrderView(format_ref(ORDER, order_id), site, channel, mode, status, customer,
                     contact, address, created_on, line_views, history)


def record_event(code: str, *, order: int | None = None, po: int | None = None,
                 **detail) -> None:
    insert_row(database.obj, "stock_event", at=now(), order_id=order, po_id=po, code=code,
               detail=json.dumps(detail, default=str))
