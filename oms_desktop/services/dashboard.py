"""What needs doing today, in one read: parcels to ship, customers to call, POs to receive,
catalog sales to order, transfers on the road, and what future stock sold this week."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, Database, fn

from ..domain.lateness import OPEN_LINE_STATUSES, late_reason
from ..domain.model import Mode
from ..domain.values import cents_to_decimal
from ..store.models import AllocationRow, CustomerOrderRow, OrderLineRow, PurchaseLineRow, \
    PurchaseOrderRow, SiteRow, SupplierRow, TransferLineRow, TransferRow
from ..store.rows import as_date
from .purchasing import pending_requests
from .references import ORDER, PURCHASE_ORDER, TRANSFER, format_ref

OPEN_PO_STATUSES = ("confirmed", "partially_received")
# Worst first: no supply at all, then a date already passed, then a date pushed back.
_LATE_ORDER = {"unsupplied": 0, "overdue": 1, "postponed": 2}


@dataclass(frozen=True)
class OrderItem:
    order: str
    customer: str
    site: str
    channel: str
    mode: str
    created_on: datetime.date
    promise_date: datetime.date | None  # the latest promise of its open lines; None: unsupplied
    open_lines: int
    ready_lines: int
    late: str | None = None  # unsupplied, overdue, postponed (domain.lateness)

    @property
    def all_ready(self) -> bool:
        return self.ready_lines == self.open_lines


@dataclass(frozen=True)
class POItem:
    po: str
    supplier: str
    supplier_name: str
    site: str
    status: str
    due: datetime.date  # the earliest expected date of a line still to come
    units: int  # still to receive
    days_late: int  # calendar days past `due` (0: due today)


@dataclass(frozen=True)
class RequestGroup:
    supplier: str
    requests: int
    units: int
    oldest: str  # when the oldest request was made (as the purchasing service gives it)


@dataclass(frozen=True)
class TransferItem:
    transfer: str
    origin: str
    destination: str
    expected: datetime.date
    units: int
    for_orders: int  # customer order lines travelling on it

    def is_late(self, today: datetime.date) -> bool:
        return self.expected < today


@dataclass(frozen=True)
class FutureOrder:
    order: str
    customer: str
    lines: int  # its lines served from future stock
    revenue: Decimal  # of those lines, including VAT
    catalog: bool  # at least one of them from a supplier's catalog


@dataclass(frozen=True)
class FutureSales:
    """Order lines placed this week served by an incoming PO or a supplier's catalog (even
    if the goods have arrived since): the sales that stock on the shelf would have missed."""

    lines: int = 0
    revenue: Decimal = Decimal("0.00")  # including VAT
    po_lines: int = 0
    po_revenue: Decimal = Decimal("0.00")
    catalog_lines: int = 0
    catalog_revenue: Decimal = Decimal("0.00")
    all_lines: int = 0  # every line sold this week, for scale
    all_revenue: Decimal = Decimal("0.00")
    orders: list[FutureOrder] = field(default_factory=list)  # newest first

    @property
    def share(self) -> float:
        return float(self.revenue / self.all_revenue) if self.all_revenue else 0.0


@dataclass(frozen=True)
class Dashboard:
    today: datetime.date
    week_start: datetime.date
    to_ship: list[OrderItem]
    to_collect: list[OrderItem]
    late: list[OrderItem]
    pos_due: list[POItem]
    requests: list[RequestGroup]
    transfers: list[TransferItem]
    future: FutureSales

    @property
    def pending_requests(self) -> int:
        return sum(group.requests for group in self.requests)


def dashboard(db: Database, today: datetime.date) -> Dashboard:
    """Everything the shop should act on today, in a handful of queries."""
    to_ship, to_collect, late = _open_orders(today)
    week_start = today - datetime.timedelta(days=today.weekday())
    return Dashboard(today, week_start, to_ship, to_collect, late, _pos_due(today),
                     _request_groups(db), _transfers(), _future_sales(week_start, today))


def _open_orders(today: datetime.date):
    """One pass over the open lines: orders with ready lines, and late orders (the rule of
    domain.lateness, the same as services.ordering.late_orders)."""
    rows = (OrderLineRow
            .select(OrderLineRow.order, OrderLineRow.status, OrderLineRow.promise_date,
                    OrderLineRow.first_promise_date, CustomerOrderRow.customer_name,
                    SiteRow.code, CustomerOrderRow.channel, CustomerOrderRow.mode,
                    CustomerOrderRow.created_on)
            .join(CustomerOrderRow).join(SiteRow)
            .where(OrderLineRow.status.in_(OPEN_LINE_STATUSES))
            .order_by(OrderLineRow.order, OrderLineRow.id).tuples())
    heads, lines = {}, defaultdict(list)
    for order_id, status, promise, first, customer, site, channel, mode, created in rows:
        heads[order_id] = (customer, site, channel, mode, created)
        lines[order_id].append((status, promise, late_reason(status, promise, first, today)))
    to_ship, to_collect, late = [], [], []
    for order_id, head in heads.items():
        customer, site, channel, mode, created = head
        order_lines = lines[order_id]
        promises = [promise for _, promise, _ in order_lines]
        reasons = [why for _, _, why in order_lines if why]
        worst = min(reasons, key=_LATE_ORDER.__getitem__) if reasons else None
        item = OrderItem(format_ref(ORDER, order_id), customer, site, channel, mode, created,
                         None if None in promises else max(promises), len(order_lines),
                         sum(1 for status, _, _ in order_lines if status == "ready"), worst)
        if item.ready_lines:
            (to_ship if mode == Mode.DELIVERY.value else to_collect).append(item)
        if worst:
            late.append(item)
    by_promise = lambda item: (item.promise_date or datetime.date.max, item.order)  # noqa: E731
    late.sort(key=lambda item: (_LATE_ORDER[item.late], *by_promise(item)))
    return sorted(to_ship, key=by_promise), sorted(to_collect, key=by_promise), late


def _pos_due(today: datetime.date) -> list[POItem]:
    """Confirmed or partly received POs with a line expected today or before."""
    rows = (PurchaseLineRow
            .select(PurchaseOrderRow.id, PurchaseOrderRow.status, PurchaseOrderRow.expected_date,
                    PurchaseLineRow.expected_date, PurchaseLineRow.qty,
                    PurchaseLineRow.received_qty, SupplierRow.code, SupplierRow.name,
                    SiteRow.code)
            .join(PurchaseOrderRow).join(SupplierRow).switch(PurchaseOrderRow).join(SiteRow)
            .where(PurchaseOrderRow.status.in_(OPEN_PO_STATUSES)
                   & (PurchaseLineRow.received_qty < PurchaseLineRow.qty)).tuples())
    due: dict[int, datetime.date] = {}
    units: dict[int, int] = defaultdict(int)
    heads = {}
    for po_id, status, po_date, line_date, qty, received, supplier, name, site in rows:
        expected = line_date or po_date
        due[po_id] = min(due.get(po_id, expected), expected)
        units[po_id] += qty - received
        heads[po_id] = (supplier, name, site, status)
    items = [POItem(format_ref(PURCHASE_ORDER, po_id), *heads[po_id][:3], heads[po_id][3],
                    day, units[po_id], (today - day).days)
             for po_id, day in due.items() if day <= today]
    return sorted(items, key=lambda item: (item.due, item.po))


def _request_groups(db: Database) -> list[RequestGroup]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for request in pending_requests(db):
        groups[request["supplier"]].append(request)
    items = [RequestGroup(supplier, len(requests), sum(r["qty"] for r in requests),
                          min(r["created"] for r in requests))
             for supplier, requests in groups.items()]
    return sorted(items, key=lambda group: (-group.requests, group.supplier))


def _transfers() -> list[TransferItem]:
    origin, destination = SiteRow.alias(), SiteRow.alias()
    rows = (TransferRow
            .select(TransferRow.id, origin.code, destination.code, TransferRow.expected_date,
                    fn.COALESCE(fn.SUM(TransferLineRow.qty), 0))
            .join(origin, on=(TransferRow.origin == origin.id)).switch(TransferRow)
            .join(destination, on=(TransferRow.destination == destination.id))
            .switch(TransferRow).join(TransferLineRow, JOIN.LEFT_OUTER)
            .where(TransferRow.status == "in_transit")
            .group_by(TransferRow.id, origin.code, destination.code, TransferRow.expected_date)
            .tuples())
    customers = dict(AllocationRow
                     .select(AllocationRow.transfer, fn.COUNT(fn.DISTINCT(AllocationRow.line)))
                     .join(TransferRow)
                     .where((TransferRow.status == "in_transit")
                            & (AllocationRow.status == "in_transit"))
                     .group_by(AllocationRow.transfer).tuples())
    items = [TransferItem(format_ref(TRANSFER, transfer_id), from_code, to_code,
                          as_date(expected), int(units), customers.get(transfer_id, 0))
             for transfer_id, from_code, to_code, expected, units in rows]
    return sorted(items, key=lambda item: (item.expected, item.transfer))


def _future_sales(week_start: datetime.date, today: datetime.date) -> FutureSales:
    this_week = ((CustomerOrderRow.created_on >= week_start)
                 & (CustomerOrderRow.created_on <= today)
                 & (OrderLineRow.status != "cancelled"))
    lines = list(OrderLineRow
                 .select(OrderLineRow.id, OrderLineRow.order, OrderLineRow.qty,
                         OrderLineRow.unit_price_cents, CustomerOrderRow.customer_name)
                 .join(CustomerOrderRow).where(this_week).tuples())
    # An allocation that served or serves from the future keeps its PO line or its supply
    # request after the goods arrived (receiving turns it into stock at the site).
    future = (AllocationRow
              .select(AllocationRow.line, AllocationRow.kind, AllocationRow.supply_request)
              .join(OrderLineRow).join(CustomerOrderRow)
              .where(this_week & AllocationRow.status.not_in(("released",))
                     & (AllocationRow.po_line.is_null(False)
                        | AllocationRow.supply_request.is_null(False)
                        | AllocationRow.kind.in_(("po_line", "catalog"))))
              .tuples())
    origin: dict[int, str] = {}
    for line_id, kind, request_id in future:
        if request_id is not None or kind == "catalog":
            origin[line_id] = "catalog"
        else:
            origin.setdefault(line_id, "po")
    cents = defaultdict(int)
    counts = defaultdict(int)
    orders: dict[int, list] = {}  # order id -> [customer, lines, cents, from a catalog]
    for line_id, order_id, qty, price, customer in lines:
        amount = qty * price
        cents["all"] += amount
        counts["all"] += 1
        where = origin.get(line_id)
        if where:
            cents[where] += amount
            counts[where] += 1
            order = orders.setdefault(order_id, [customer, 0, 0, False])
            order[1] += 1
            order[2] += amount
            order[3] = order[3] or where == "catalog"
    return FutureSales(
        counts["po"] + counts["catalog"], cents_to_decimal(cents["po"] + cents["catalog"]),
        counts["po"], cents_to_decimal(cents["po"]), counts["catalog"],
        cents_to_decimal(cents["catalog"]), counts["all"], cents_to_decimal(cents["all"]),
        [FutureOrder(format_ref(ORDER, order_id), customer, count, cents_to_decimal(amount),
                     catalog)
         for order_id, (customer, count, amount, catalog) in sorted(orders.items(),
                                                                      reverse=True)])
