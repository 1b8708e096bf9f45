"""When a PO's date moves or the PO disappears: new promises for the lines pegged to it,
and the list of those now late, for staff to warn the customers."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Database

from ..domain.errors import Refused
from ..domain.model import Channel, LineRequest, Mode, OrderContext
from ..domain.sourcing import plan_line, route_to_customer
from ..store.models import AllocationRow, CustomerOrderRow, OrderLineRow, ProductRow, \
    PurchaseLineRow, PurchaseOrderRow
from .allocations import is_late, persist_allocation, refresh_line_promise
from .configuration import Configuration
from .order_views import record_event
from .references import ORDER, PURCHASE_ORDER, format_ref
from .snapshots import load_snapshot


@dataclass(frozen=True)
class LateLine:
    order: str
    sku: str
    qty: int
    customer: str
    first_promise_date: datetime.date
    promise_date: datetime.date | None
    why: str  # unsupplied, postponed, overdue

    def as_json(self) -> dict:
        return {"order": self.order, "sku": self.sku, "qty": self.qty,
                "customer": self.customer,
                "first_promise_date": self.first_promise_date.isoformat(),
                "promise_date": self.promise_date.isoformat() if self.promise_date else None,
                "why": self.why}


def _context(order: CustomerOrderRow, cfg: Configuration, today: datetime.date) -> OrderContext:
    return OrderContext(cfg.site_codes[order.site_id], Channel(order.channel), Mode(order.mode),
                        today)


def line_expected(line: PurchaseLineRow) -> datetime.date:
    return line.expected_date or PurchaseOrderRow.get_by_id(line.po_id).expected_date


def repromise_pegs(po_line_ids: Iterable[int], cfg: Configuration,
                   today: datetime.date) -> set[int]:
    """New ready and promise dates for the held pegs of these PO lines; returns line ids."""
    touched = set()
    pegs = AllocationRow.select().where((AllocationRow.kind == "po_line")
                                        & (AllocationRow.status == "held")
                                        & AllocationRow.po_line.in_(list(po_line_ids)))
    for alloc in pegs:
        po_line = PurchaseLineRow.get_by_id(alloc.po_line_id)
        po = PurchaseOrderRow.get_by_id(po_line.po_id)
        line = OrderLineRow.get_by_id(alloc.line_id)
        ctx = _context(CustomerOrderRow.get_by_id(line.order_id), cfg, today)
        expected = line_expected(po_line)
        ready = max(expected, today)
        promise, route = route_to_customer(cfg.network, ctx, cfg.site_codes[po.site_id], ready)
        reason = {"code": "incoming_po", "po": format_ref(PURCHASE_ORDER, po.id),
                  "expected": expected.isoformat(), "overdue": expected < today, **route}
        alloc.ready_date, alloc.promise_date = ready, promise
        alloc.site = po.site_id
        alloc.reason = json.dumps(reason)
        alloc.save()
        touched.add(alloc.line_id)
    for line_id in touched:
        refresh_line_promise(OrderLineRow.get_by_id(line_id))
    return touched


def resource_allocations(db: Database, allocations: Iterable[AllocationRow],
                         cfg: Configuration, today: datetime.date) -> set[int]:
    """Finds a new supply for allocations whose supply is gone; marks them unsupplied when
    nothing can serve them. Returns the order line ids touched."""
    touched = set()
    for alloc in allocations:
        line = OrderLineRow.get_by_id(alloc.line_id)
        order = CustomerOrderRow.get_by_id(line.order_id)
        product = ProductRow.get_by_id(line.product_id)
        ctx = _context(order, cfg, today)
        rules = cfg.rules.rules_for(ctx.channel, ctx.mode)
        was = alloc.status
        try:
            plan = plan_line(LineRequest(product.sku, alloc.qty),
                             load_snapshot(db, cfg, product.sku), ctx, cfg.network, rules)
        except Refused:
            alloc.status, alloc.promise_date = "unsupplied", None
            alloc.save()
        else:
            for allocation in plan.allocations:
                persist_allocation(line.id, allocation, cfg, product.id)
            alloc.status = "replaced"
            alloc.save()
        touched.add(line.id)
        if alloc.status != was:
            record_event("resourced", order=order.id, sku=product.sku, qty=alloc.qty,
                         supplied=alloc.status == "replaced")
    for line_id in touched:
        refresh_line_promise(OrderLineRow.get_by_id(line_id))
    return touched


def late_lines(line_ids: Iterable[int], today: datetime.date) -> list[LateLine]:
    result = []
    for line_id in sorted(set(line_ids)):
        line = OrderLineRow.get_by_id(line_id)
        why = is_late(line, today)
        if why:
            order = CustomerOrderRow.get_by_id(line.order_id)
            result.append(LateLine(format_ref(ORDER, order.id),
                                   ProductRow.get_by_id(line.product_id).sku, line.qty,
                                   order.customer_name, line.first_promise_date,
                                   line.promise_date, why))
    return result


def resource_unsupplied(db: Database, product_ids: Iterable[int], cfg: Configuration,
                        today: datetime.date) -> set[int]:
    """New stock or a new PO arrived: lines of these products left without supply get one."""
    waiting = list(AllocationRow.select(AllocationRow).join(OrderLineRow).where(
        (AllocationRow.status == "unsupplied") & OrderLineRow.product.in_(list(product_ids))
        & OrderLineRow.status.in_(("allocated", "ready"))).order_by(AllocationRow.id))
    return resource_allocations(db, waiting, cfg, today) if waiting else set()
