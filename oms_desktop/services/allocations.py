"""Writing the engine's choices: reservations, pegs, supply requests; and keeping each
line's promise equal to its latest allocation."""

from __future__ import annotations

import datetime
import json

from peewee import fn

from ..domain.errors import Refused
from ..domain.lateness import OPEN_LINE_STATUSES, late_reason
from ..domain.model import Allocation, SourceKind
from ..domain.purchasing import order_quantity
from ..store import rows
from ..store.ledger import reserve, unreserve
from ..store.lookups import offer_supplier_id
from ..store.models import AllocationRow, OrderLineRow, PurchaseLineRow, SupplyRequestRow, \
    database
from .configuration import Configuration
from .snapshots import reason_json

LIVE = ("held", "in_transit", "unsupplied")  # allocations that still count for a line


def persist_allocation(line_id: int, allocation: Allocation, cfg: Configuration,
                       product_id: int) -> int:
    """Holds the chosen supply (reserves stock, pegs a PO line, or asks the supplier for it)
    and records the allocation; returns its id."""
    db = database.obj
    c = allocation.candidate
    site_id = cfg.site_id(c.site)
    request_id = None
    now = rows.now()
    status, transfer_id = "held", c.transfer_id
    if c.kind is SourceKind.SITE_STOCK and transfer_id is not None:
        status = "in_transit"  # held on the transfer; reserved when it arrives
    elif c.kind is SourceKind.SITE_STOCK:
        if not reserve(site_id, product_id, allocation.qty):
            raise Refused("stock_changed", "the stock of {site} changed; try again",
                          {"site": c.site}, site=c.site)
    elif c.kind is SourceKind.CATALOG:
        request_id = rows.insert_row(
            db, "supply_request", offer_id=c.offer_id, supplier_id=_supplier_id(c.offer_id),
            site_id=site_id, product_id=product_id, qty=allocation.qty,
            unit_cost_cents=c.unit_cost_cents, lead_days=c.reason.as_dict()["lead_days"],
            status="pending", po_line_id=None, created_at=now)
    return rows.insert_row(
        db, "allocation", line_id=line_id, kind=c.kind.value, qty=allocation.qty, status=status,
        site_id=site_id, po_line_id=c.po_line_id, supply_request_id=request_id,
        transfer_id=transfer_id, ready_date=c.ready_date, promise_date=c.promise_date,
        reason=json.dumps(reason_json(c.reason.code, c.reason.as_dict())), created_at=now)


def _supplier_id(offer_id: int) -> int:
    return offer_supplier_id(database.obj, offer_id)


def release_allocation(row: AllocationRow, product_id: int) -> None:
    """Give back what an allocation held: reserved units, a peg, or its supply request."""
    if row.status == "held" and row.kind == SourceKind.SITE_STOCK.value:
        unreserve(row.site_id, product_id, row.qty)
    if row.kind == SourceKind.CATALOG.value and row.supply_request_id:
        request = SupplyRequestRow.get_by_id(row.supply_request_id)
        if request.status == "pending":
            request.status = "cancelled"
            request.save()
        elif request.status == "ordered" and request.po_line.po.status == "draft":
            request.status = "cancelled"
            request.save()
            shrink_draft_line(request.po_line)
    row.status = "released"
    row.save()


def shrink_draft_line(line: PurchaseLineRow) -> None:
    """A draft PO line made for customers orders only what its remaining customers need
    (in whole packs); a line nobody needs any more goes, and so does an empty draft."""
    needed = (SupplyRequestRow.select(fn.COALESCE(fn.SUM(SupplyRequestRow.qty), 0))
              .where((SupplyRequestRow.po_line == line)
                     & (SupplyRequestRow.status == "ordered")).scalar())
    po = line.po
    if needed == 0:
        SupplyRequestRow.update(po_line=None).where(SupplyRequestRow.po_line == line).execute()
        line.delete_instance()
        if not po.lines.exists():
            po.status = "cancelled"
            po.save()
        return
    offer = line.offer
    qty = order_quantity(needed, offer.pack_size if offer else 1,
                         offer.min_order_qty if offer else 1)
    if qty < line.qty:
        line.qty = qty
        line.save()


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
    return late_reason(line.status, line.promise_date, line.first_promise_date, today)


def late_lines_condition(today: datetime.date):
    """An open line that lost its supply, was pushed back, or passed its date while not
    ready: `domain.lateness.late_reason` as a query condition."""
    return OrderLineRow.status.in_(OPEN_LINE_STATUSES) & (
        OrderLineRow.promise_date.is_null()
        | (OrderLineRow.promise_date > OrderLineRow.first_promise_date)
        | ((OrderLineRow.status == "allocated") & (OrderLineRow.promise_date < today)))


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
