"""Lines from allocated to ready, then shipped (home delivery) or collected (in a shop)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from peewee import Database

from ..domain.errors import Refused
from ..domain.model import Mode
from ..store.database import writing
from ..store.ledger import post_movement
from ..store.models import AllocationRow, CustomerOrderRow, OrderLineRow, ProductRow, SiteRow
from .clock import today as clock_today
from .order_views import OrderView, order_row, order_view, record_event
from .references import ORDER, TRANSFER, format_ref


@dataclass(frozen=True)
class Waiting:
    sku: str
    qty: int
    what: str  # site_stock_elsewhere, in_transit, po_line, catalog, unsupplied
    where: str


def line_waits_for(line: OrderLineRow, order: CustomerOrderRow) -> list[Waiting]:
    """What keeps a line from being handed over; empty when its goods are all in place."""
    sku = ProductRow.get_by_id(line.product_id).sku
    codes = {s.id: s.code for s in SiteRow.select()}
    waiting = []
    for a in AllocationRow.select().where((AllocationRow.line == line)
                                          & AllocationRow.status.in_(("held", "in_transit",
                                                                      "unsupplied"))):
        if a.status == "unsupplied":
            waiting.append(Waiting(sku, a.qty, "unsupplied", ""))
        elif a.status == "in_transit":
            waiting.append(Waiting(sku, a.qty, "in_transit", format_ref(TRANSFER, a.transfer_id)))
        elif a.kind != "site_stock":
            waiting.append(Waiting(sku, a.qty, a.kind, codes[a.site_id]))
        elif order.mode != Mode.DELIVERY.value and a.site_id != order.site_id:
            waiting.append(Waiting(sku, a.qty, "site_stock_elsewhere", codes[a.site_id]))
    return waiting


def refresh_readiness(line: OrderLineRow) -> bool:
    """Marks an allocated line ready once all its goods are in place."""
    if line.status == "allocated" and not line_waits_for(line, line.order):
        line.status = "ready"
        line.save()
        return True
    return False


def _describe(waiting: list[Waiting]) -> str:
    words = {"site_stock_elsewhere": "still at {where} (transfer it)",
             "in_transit": "on transfer {where}", "po_line": "on a purchase order",
             "catalog": "to be ordered from the supplier", "unsupplied": "without supply"}
    return "; ".join(f"{w.qty} × {w.sku} {words[w.what].format(where=w.where)}" for w in waiting)


def mark_ready(db: Database, ref: str, today: datetime.date | None = None) -> OrderView:
    """Staff have set the goods aside: every line whose goods are in place becomes ready."""
    today = today or clock_today()
    with writing(db):
        order = _open_order(ref)
        waiting, changed = [], 0
        for line in order.lines:
            if line.status != "allocated":
                continue
            blockers = line_waits_for(line, order)
            if blockers:
                waiting += blockers
            else:
                line.status = "ready"
                line.save()
                changed += 1
        if not changed:
            if waiting:
                raise Refused("goods_not_in_place", "{order} waits for goods: {goods}",
                              order=format_ref(ORDER, order.id), goods=_describe(waiting))
            raise Refused("nothing_to_do", "{order} has no line to prepare",
                          order=format_ref(ORDER, order.id))
        record_event("ready", order=order.id, lines=changed)
        return order_view(order, today)


def _open_order(ref: str) -> CustomerOrderRow:
    order = order_row(ref)
    if order.status != "open":
        raise Refused("not_open", "{order} is {status}",
                      order=format_ref(ORDER, order.id), status=order.status)
    return order


def _finish(db: Database, ref: str, today: datetime.date | None, final: str,
            modes: tuple[str, ...]) -> OrderView:
    today = today or clock_today()
    with writing(db):
        order = _open_order(ref)
        if order.mode not in modes:
            if final == "shipped":
                raise Refused("wrong_mode", "{order} is a {mode} order: it cannot be shipped",
                              order=format_ref(ORDER, order.id), mode=order.mode)
            raise Refused("wrong_mode", "{order} is a {mode} order: it cannot be collected",
                          order=format_ref(ORDER, order.id), mode=order.mode)
        waiting = []
        for line in order.lines:
            if line.status == "allocated":
                blockers = line_waits_for(line, order)
                waiting += blockers
                if not blockers:
                    line.status = "ready"
                    line.save()
        done = hand_over(order, final)
        if not done:
            if waiting:
                raise Refused("goods_not_in_place", "{order}: {goods}",
                              order=format_ref(ORDER, order.id), goods=_describe(waiting))
            raise Refused("goods_not_in_place", "{order}: nothing is ready",
                          order=format_ref(ORDER, order.id))
        record_event(final, order=order.id, skus=done)
        return order_view(order, today)


def ship_order(db: Database, ref: str, today: datetime.date | None = None) -> OrderView:
    """The parcel leaves: ready lines of a home-delivery order are shipped."""
    return _finish(db, ref, today, "shipped", (Mode.DELIVERY.value,))


def collect_order(db: Database, ref: str, today: datetime.date | None = None) -> OrderView:
    """The customer came: ready lines of a pick-up order are handed over."""
    return _finish(db, ref, today, "collected", (Mode.PICKUP.value, Mode.TAKE_AWAY.value))


def hand_over(order: CustomerOrderRow, final_status: str) -> list[str]:
    """Goods leave: a sale in the ledger per allocation, the line closed. Returns the SKUs."""
    ref = format_ref(ORDER, order.id)
    done = []
    for line in OrderLineRow.select().where((OrderLineRow.order == order)
                                            & (OrderLineRow.status == "ready")):
        for a in AllocationRow.select().where((AllocationRow.line == line)
                                              & (AllocationRow.status == "held")):
            post_movement(a.site_id, line.product_id, -a.qty, "sale", final_status, ref,
                          reserve_delta=-a.qty)
            a.status = "done"
            a.save()
        line.status = final_status
        line.save()
        done.append(ProductRow.get_by_id(line.product_id).sku)
    close_if_finished(order)
    return done


def close_if_finished(order: CustomerOrderRow) -> None:
    statuses = {line.status for line in order.lines}
    if statuses <= {"shipped", "collected", "cancelled"}:
        order.status = "cancelled" if statuses == {"cancelled"} else "completed"
        order.save()
