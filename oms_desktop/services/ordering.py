"""Customer orders: the promise before the customer commits, placing, cancelling, lates."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from peewee import Database

from ..domain.errors import InvalidInput, Refused
from ..domain.model import Candidate, Channel, LinePlan, LineRequest, Mode, OrderContext, \
    SiteKind
from ..domain.sourcing import candidates, plan_line, plan_order
from ..domain.values import parse_quantity
from ..store.database import writing
from ..store.rows import insert_row, now
from ..store.models import AllocationRow, CustomerOrderRow, CustomerRow, OrderLineRow, \
    ProductRow, SiteRow
from .allocations import late_lines_condition, persist_allocation, refresh_line_promise, \
    release_allocation
from .clock import today as clock_today
from .configuration import Configuration, load_configuration
from .fulfilment import close_if_finished, hand_over, refresh_readiness
from .order_views import OrderView, order_row, order_view, record_event
from .products import ensure_product, resolve_sku
from .references import ORDER, format_ref
from .snapshots import load_snapshot, reason_json


@dataclass(frozen=True)
class Customer:
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class OrderRequest:
    site: str
    lines: list[tuple[str, int]]  # (SKU, EAN or supplier reference; quantity)
    channel: str = "shop"
    mode: str = "pickup"
    customer: Customer = field(default_factory=Customer)
    delivery_address: str = ""


@dataclass(frozen=True)
class OptionView:
    """One way to serve a line, for the availability panel and `oms promise`."""

    source: str
    preference: str
    available: int | None
    site: str
    ready_date: datetime.date
    promise_date: datetime.date
    reason: dict
    po: str | None
    supplier: str | None
    unit_cost_cents: int | None

    def as_json(self) -> dict:
        out = {"source": self.source, "preference": self.preference,
               "available": self.available, "site": self.site,
               "ready_date": self.ready_date.isoformat(),
               "promise_date": self.promise_date.isoformat(), "reason": self.reason}
        if self.po:
            out["po"] = self.po
        if self.supplier:
            out["supplier"] = self.supplier
        return out


@dataclass(frozen=True)
class PromiseLine:
    sku: str
    qty: int
    promise_date: datetime.date
    allocations: list[dict]
    options: list[OptionView]
    why: dict

    def as_json(self) -> dict:
        return {"sku": self.sku, "qty": self.qty, "promise_date": self.promise_date.isoformat(),
                "why": self.why, "allocations": self.allocations,
                "options": [o.as_json() for o in self.options]}


@dataclass(frozen=True)
class PromiseView:
    site: str
    channel: str
    mode: str
    lines: list[PromiseLine]

    @property
    def promise_date(self) -> datetime.date:
        return max(line.promise_date for line in self.lines)

    def as_json(self) -> dict:
        return {"order": None, "site": self.site, "channel": self.channel, "mode": self.mode,
                "promise_date": self.promise_date.isoformat(),
                "lines": [line.as_json() for line in self.lines]}


def _choice(enum, value: str, field_name: str):
    try:
        return enum(str(value).strip().lower().replace("-", "_"))
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise InvalidInput(field_name, "'{value}' is not one of {allowed}",
                           value=value, allowed=allowed) from None


def _context(cfg: Configuration, request: OrderRequest, today: datetime.date) -> OrderContext:
    site = str(request.site).strip().upper()
    if site not in cfg.network.sites:
        raise InvalidInput("site", "unknown site {site}", site=request.site)
    channel = _choice(Channel, request.channel, "channel")
    mode = _choice(Mode, request.mode, "mode")
    if mode is not Mode.DELIVERY and cfg.network.site(site).kind is not SiteKind.SHOP:
        raise InvalidInput("site", "{site} is a warehouse: customers collect in a shop",
                           site=site)
    return OrderContext(site, channel, mode, today)


def _requests(lines: list[tuple[str, int]]) -> list[LineRequest]:
    if not lines:
        raise InvalidInput("lines", "an order needs at least one line")
    return [LineRequest(resolve_sku(sku), parse_quantity(qty, f"quantity of {sku}"))
            for sku, qty in lines]


def _plan(db: Database, cfg: Configuration, ctx: OrderContext, requests: list[LineRequest]):
    rules = cfg.rules.rules_for(ctx.channel, ctx.mode)
    snapshots = {r.sku: load_snapshot(db, cfg, r.sku) for r in requests}
    return plan_order(requests, snapshots, ctx, cfg.network, rules)


def _allocation_json(plan: LinePlan) -> list[dict]:
    out = []
    for allocation in plan.allocations:
        c = allocation.candidate
        item = {"source": c.kind.value, "qty": allocation.qty, "site": c.site,
                "ready_date": c.ready_date.isoformat(),
                "promise_date": c.promise_date.isoformat(),
                "reason": reason_json(c.reason.code, c.reason.as_dict())}
        if c.po:
            item["po"] = c.po
        if c.supplier:
            item["supplier"] = c.supplier
            item["supplier_ref"] = c.supplier_ref
        out.append(item)
    return out


def _option(c: Candidate) -> OptionView:
    return OptionView(c.kind.value, c.preference.value, c.available, c.site, c.ready_date,
                      c.promise_date, reason_json(c.reason.code, c.reason.as_dict()), c.po,
                      c.supplier, c.unit_cost_cents)


def promise(db: Database, request: OrderRequest,
            today: datetime.date | None = None) -> PromiseView:
    """The date the customer would be promised, and every way to serve each line; nothing
    is held or written."""
    today = today or clock_today()
    cfg = load_configuration(db, today)
    ctx = _context(cfg, request, today)
    requests = _requests(request.lines)
    plan = _plan(db, cfg, ctx, requests)
    lines = [PromiseLine(line.sku, line.qty, line.promise_date, _allocation_json(line),
                         [_option(o) for o in line.options],
                         reason_json(line.why.code, line.why.as_dict()))
             for line in plan.lines]
    return PromiseView(ctx.site, ctx.channel.value, ctx.mode.value, lines)


@dataclass(frozen=True)
class LineAvailability:
    """Every way to serve one line, and what the engine would choose (or why it refuses)."""

    sku: str
    qty: int
    options: list[OptionView]
    promise_date: datetime.date | None
    allocations: list[dict]
    why: dict | None
    refusal: str | None  # the reason in words when nothing can serve it


def line_availability(db: Database, site: str, sku: str, qty: int, channel: str = "shop",
                      mode: str = "pickup",
                      today: datetime.date | None = None) -> LineAvailability:
    """For the availability panel: all the options for one line, never raising a refusal."""
    today = today or clock_today()
    cfg = load_configuration(db, today)
    ctx = _context(cfg, OrderRequest(site, [], channel, mode), today)
    [request] = _requests([(sku, qty)])
    rules = cfg.rules.rules_for(ctx.channel, ctx.mode)
    snapshot = load_snapshot(db, cfg, request.sku)
    options = [_option(c) for c in candidates(request, snapshot, ctx, cfg.network, rules)]
    try:
        plan = plan_line(request, snapshot, ctx, cfg.network, rules)
    except Refused as refused:
        return LineAvailability(request.sku, request.qty, options, None, [], None,
                                refused.message)
    return LineAvailability(request.sku, request.qty, options, plan.promise_date,
                            _allocation_json(plan),
                            reason_json(plan.why.code, plan.why.as_dict()), None)


def _customer(request: OrderRequest) -> CustomerRow | None:
    c = request.customer
    if not c.name.strip():
        return None
    query = CustomerRow.select().where(CustomerRow.name == c.name.strip())
    if c.phone:
        query = query.where(CustomerRow.phone == c.phone)
    elif c.email:
        query = query.where(CustomerRow.email == c.email)
    row = query.first()
    if row is None:
        row = CustomerRow.create(name=c.name.strip(), phone=c.phone, email=c.email,
                                 address=c.address or request.delivery_address)
    return row


def place_order(db: Database, request: OrderRequest,
                today: datetime.date | None = None) -> OrderView:
    """Sources every line, holds its supply and records its promise; refuses the whole order
    (with the reason) when a line cannot be served, leaving nothing behind."""
    today = today or clock_today()
    if request.mode == Mode.DELIVERY.value and not (request.delivery_address
                                                     or request.customer.address):
        raise InvalidInput("delivery address", "home delivery needs the customer's address")
    with writing(db):
        cfg = load_configuration(db, today)
        ctx = _context(cfg, request, today)
        plan = _plan(db, cfg, ctx, _requests(request.lines))
        customer = _customer(request)
        contact = ", ".join(x for x in (request.customer.phone, request.customer.email) if x)
        order_id = insert_row(
            db, "customer_order", site_id=cfg.site_id(ctx.site), channel=ctx.channel.value,
            mode=ctx.mode.value, customer_id=customer.id if customer else None,
            customer_name=request.customer.name.strip(), customer_contact=contact,
            delivery_address=request.delivery_address or request.customer.address,
            status="open", created_at=now(), created_on=today)
        for line_plan in plan.lines:
            product = ensure_product(line_plan.sku)
            line_id = insert_row(
                db, "order_line", order_id=order_id, product_id=product.id, qty=line_plan.qty,
                unit_price_cents=product.price_cents, vat_bp=product.vat_bp, status="allocated",
                first_promise_date=line_plan.promise_date, promise_date=line_plan.promise_date)
            for allocation in line_plan.allocations:
                persist_allocation(line_id, allocation, cfg, product.id)
        record_event("placed", order=order_id, promise=plan.promise_date.isoformat())
        if ctx.mode is Mode.TAKE_AWAY:
            order = CustomerOrderRow.get_by_id(order_id)
            for line in order.lines:
                refresh_readiness(line)
            hand_over(order, "collected")
        return order_view(order_id, today)


def cancel_order(db: Database, ref: str, today: datetime.date | None = None) -> OrderView:
    """Releases every reservation, peg and pending supply request the order held."""
    today = today or clock_today()
    with writing(db):
        order = order_row(ref)
        if order.status != "open":
            raise Refused("not_open", "{order} is already {status}",
                          order=format_ref(ORDER, order.id), status=order.status)
        cancelled = 0
        for line in order.lines:
            if line.status not in ("allocated", "ready"):
                continue
            for a in AllocationRow.select().where(
                    (AllocationRow.line == line)
                    & AllocationRow.status.in_(("held", "in_transit", "unsupplied"))):
                release_allocation(a, line.product_id)
            line.status = "cancelled"
            line.save()
            cancelled += 1
        if not cancelled:
            raise Refused("nothing_to_cancel", "every line has already left the shop")
        close_if_finished(order)
        if order.status == "open":
            order.status = "completed"
            order.save()
        record_event("cancelled", order=order.id, lines=cancelled)
        return order_view(order, today)


def show_order(db: Database, ref: str, today: datetime.date | None = None) -> OrderView:
    return order_view(order_row(ref), today or clock_today())


def list_orders(db: Database, *, status: str | None = None, site: str | None = None,
                channel: str | None = None, late_only: bool = False, limit: int = 200,
                today: datetime.date | None = None) -> list[OrderView]:
    today = today or clock_today()
    query = CustomerOrderRow.select().order_by(CustomerOrderRow.id.desc())
    if status:
        query = query.where(CustomerOrderRow.status == status)
    if channel:
        query = query.where(CustomerOrderRow.channel == channel)
    if site:
        query = query.join(SiteRow).where(SiteRow.code == site.upper())
    if late_only:
        query = query.where(CustomerOrderRow.id.in_(_late_order_ids(today)))
    return [order_view(o.id, today) for o in query.limit(limit)]


def _late_order_ids(today: datetime.date):
    """Orders with an open line that lost its supply, was pushed back, or passed its date."""
    return OrderLineRow.select(OrderLineRow.order).where(late_lines_condition(today))


def late_orders(db: Database, today: datetime.date | None = None) -> list[OrderView]:
    """Open orders with a line that lost its supply, was pushed back, or passed its date."""
    today = today or clock_today()
    orders = CustomerOrderRow.select(CustomerOrderRow.id).where(
        CustomerOrderRow.id.in_(_late_order_ids(today))).order_by(CustomerOrderRow.id)
    return [order_view(o.id, today) for o in orders]


def reallocate_order(db: Database, ref: str, today: datetime.date | None = None) -> OrderView:
    """Sources the order's waiting lines anew and keeps what serves the customer sooner:
    a line left without supply, units held at another shop while the pick-up shop now has
    some, a PO slower than today's stock."""
    today = today or clock_today()
    with writing(db):
        order = order_row(ref)
        if order.status != "open":
            raise Refused("not_open", "{order} is {status}",
                          order=format_ref(ORDER, order.id), status=order.status)
        cfg = load_configuration(db, today)
        ctx = OrderContext(cfg.site_codes[order.site_id], Channel(order.channel),
                           Mode(order.mode), today)
        rules = cfg.rules.rules_for(ctx.channel, ctx.mode)
        improved = 0
        for line in order.lines:
            if line.status != "allocated":
                continue
            for alloc in list(AllocationRow.select().where(
                    (AllocationRow.line == line)
                    & AllocationRow.status.in_(("held", "unsupplied")))):
                improved += _try_better(db, cfg, ctx, rules, line, alloc)
            refresh_line_promise(line)
        record_event("reallocated", order=order.id, improved=improved)
        return order_view(order.id, today)


def _try_better(db, cfg, ctx, rules, line: OrderLineRow, alloc: AllocationRow) -> int:
    in_place = alloc.kind == "site_stock" and (ctx.mode is Mode.DELIVERY
                                               or cfg.site_codes[alloc.site_id] == ctx.site)
    if in_place and alloc.status == "held":
        return 0
    sku = ProductRow.get_by_id(line.product_id).sku
    with db.atomic() as savepoint:
        old_promise = alloc.promise_date
        release_allocation(alloc, line.product_id)
        try:
            plan = plan_line(LineRequest(sku, alloc.qty), load_snapshot(db, cfg, sku), ctx,
                             cfg.network, rules)
        except Refused:
            savepoint.rollback()
            return 0
        if old_promise is not None and plan.promise_date >= old_promise:
            savepoint.rollback()
            return 0
        for allocation in plan.allocations:
            persist_allocation(line.id, allocation, cfg, line.product_id)
        alloc.status = "replaced"
        alloc.save()
    return 1
