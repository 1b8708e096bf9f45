"""Writing the engine's choices: reservations, pegs, supply requests; and keeping each
line's promise equal to its latest allocation."""

from __future__ import annotations

import datetime
import json

from ..domain.errors import Refused
from ..domain.model import Allocation, SourceKind
from ..store.ledger import reserve, unreserve
from ..store.models import AllocationRow, OrderLineRow, SupplyRequestRow
from .configuration import Configuration
from .snapshots import reason_json

LIVE = ("held", "in_transit", "unsupplied")  # allocations that still count for a line


def persist_allocation(line: OrderLineRow, allocation: Allocation, cfg: Configuration,
                       product_id: int) -> AllocationRow:
    c = allocation.candidate
    site_id = cfg.site_id(c.site)
    request = None
    if c.kind is SourceKind.SITE_STOCK:
        if not reserve(site_id, product_id, allocation.qty):
            raise Refused("stock_changed", f"the stock of {c.site} changed; try again",
                          {"site": c.site})
    elif c.kind is SourceKind.CATALOG:
        request = SupplyRequestRow.create(
            offer=c.offer_id, supplier=_supplier_id(c.offer_id), site=site_id,
            product=product_id, qty=allocation.qty, unit_cost_cents=c.unit_cost_cents,
            lead_days=c.reason.as_dict()["lead_days"])
    return AllocationRow.create(
        line=line, kind=c.kind.value, qty=allocation.qty, site=site_id,
        po_line=c.po_line_id, supply_request=request, ready_date=c.ready_date,
        promise_date=c.promise_date, reason=json.dumps(reason_json(c.reason.code,
                                                                    c.reason.as_dict())))


def _supplier_id(offer_id: int) -> int:
    from ..store.models import CatalogOfferRow

    return CatalogOfferRow.get_by_id(offer_id).supplier_id


def release_allocation(row: AllocationRow, product_id: int) -> None:
    """Give back what an allocation held: reserved units, a peg, or its supply request."""
    if row.status == "held" and row.kind == SourceKind.SITE_STOCK.value:
        unreserve(row.site_id, product_id, row.qty)
    if row.kind == SourceKind.CATALOG.value and row.supply_request_id:
        request = SupplyRequestRow.get_by_id(row.supply_request_id)
        if request.status == "pending":
            request.status = "cancelled"
            request.save()
    row.status = "released"
    row.save()


def refresh_line_promise(line: OrderLineRow) -> datetime.date | None:
    """The line's promise is its latest live allocation's; None once one has no supply."""
    dates = [a.promise_date for a in AllocationRow.select().where(
        (AllocationRow.line == line) & AllocationRow.status.in_(LIVE))]
    promise = None if (not dates or any(d is None for d in dates)) else max(dates)
    if promise != line.promise_date:
        line.promise_date = promise
        line.save()
    return promise


def is_late(line: OrderLineRow, today: datetime.date) -> str | None:
    """Why an open line is late: no supply, a promise pushed back, or a promise passed."""
    if line.status not in ("allocated", "ready"):
        return None
    if line.promise_date is None:
        return "unsupplied"
    if line.promise_date > line.first_promise_date:
        return "postponed"
    if line.status == "allocated" and line.promise_date < today:
        return "overdue"
    return None


def split_allocation(row: AllocationRow, take: int) -> AllocationRow:
    """Cuts `take` units off `row` into a new allocation with the same supply; returns the
    new one (or `row` itself when it holds exactly `take`)."""
    if take >= row.qty:
        return row
    row.qty -= take
    row.save()
    data = {k: v for k, v in row.__data__.items() if k != "id"}
    data["qty"] = take
    return AllocationRow.create(**data)
