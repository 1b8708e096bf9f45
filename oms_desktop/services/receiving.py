"""Receiving a PO: units already sold go to those customers first, oldest order first;
only the rest becomes free stock."""

from __future__ import annotations

import datetime
import json
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import Database

from ..domain.errors import InvalidInput, Refused
from ..domain.model import Channel, Mode, OrderContext
from ..domain.sourcing import route_to_customer
from ..domain.values import parse_quantity
from ..store.database import writing
from ..store.ledger import post_movement, reserve
from ..store.models import AllocationRow, CustomerOrderRow, OrderLineRow, ProductRow, \
    PurchaseLineRow, PurchaseOrderRow, TransferRow
from .allocations import refresh_line_promise, split_allocation
from .clock import today as clock_today
from .configuration import load_configuration
from .fulfilment import refresh_readiness
from .order_views import record_event
from .products import resolve_sku
from .purchasing import po_row
from .references import ORDER, PURCHASE_ORDER, TRANSFER, format_ref
from .repromise import resource_unsupplied
from .transfers import open_transfer, ship_on_transfer


@dataclass(frozen=True)
class ServedLine:
    order: str
    sku: str
    qty: int
    customer: str
    outcome: str  # ready, waiting (other goods still missing), in_transit
    transfer: str | None = None

    def as_json(self) -> dict:
        return {"order": self.order, "sku": self.sku, "qty": self.qty,
                "customer": self.customer, "outcome": self.outcome, "transfer": self.transfer}


@dataclass(frozen=True)
class Receipt:
    po: str
    status: str
    received: list[tuple[str, int]]
    served: list[ServedLine]
    free_stock: list[tuple[str, int]]
    transfers: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"po": self.po, "status": self.status,
                "received": [{"sku": s, "qty": q} for s, q in self.received],
                "served": [s.as_json() for s in self.served],
                "free_stock": [{"sku": s, "qty": q} for s, q in self.free_stock],
                "transfers": self.transfers}


def _quantities(lines: list[PurchaseLineRow], given: list[tuple[str, int]] | None,
                po_ref: str) -> list[tuple[PurchaseLineRow, int]]:
    if given is None:
        todo = [(line, line.qty - line.received_qty) for line in lines
                if line.qty > line.received_qty]
        if not todo:
            raise Refused("nothing_outstanding", "everything on {po} was received", po=po_ref)
        return todo
    by_sku = defaultdict(list)
    for line in lines:
        by_sku[line.product.sku].append(line)
    todo = []
    for identifier, qty in given:
        qty = parse_quantity(qty, f"quantity of {identifier}")
        sku = resolve_sku(identifier)
        if sku not in by_sku:
            raise InvalidInput("line", "{sku} is not on {po}", sku=sku, po=po_ref)
        candidates = by_sku[sku]
        for i, line in enumerate(candidates):  # fill what is outstanding, extra on the last
            take = qty if i == len(candidates) - 1 else min(qty, max(line.qty - line.received_qty, 0))
            if take:
                todo.append((line, take))
                qty -= take
    return todo


def _record_receipt(peg: AllocationRow, po_ref: str, cfg, order: CustomerOrderRow,
                    today: datetime.date) -> None:
    """The goods are here: the allocation's reason and date now say so (a promise may come
    forward when goods arrive early)."""
    reason = {"code": "po_received", "po": po_ref, "received": today.isoformat(),
              "site": cfg.site_codes[PurchaseOrderRow.get_by_id(
                  PurchaseLineRow.get_by_id(peg.po_line_id).po_id).site_id]}
    if peg.status == "in_transit":
        transfer = TransferRow.get_by_id(peg.transfer_id)
        reason.update(transfer=format_ref(TRANSFER, transfer.id),
                      to_site=cfg.site_codes[transfer.destination_id])
        peg.promise_date = transfer.expected_date
    else:
        ctx = OrderContext(cfg.site_codes[order.site_id], Channel(order.channel),
                           Mode(order.mode), today)
        peg.promise_date, route = route_to_customer(cfg.network, ctx, reason["site"], today)
        reason.update(route)
    peg.reason = json.dumps(reason)
    peg.save()


def _pegs(line: PurchaseLineRow) -> list[AllocationRow]:
    """The customers waiting for this product on this PO: those pegged to the line first,
    then those pegged to its other lines of the same product; oldest order first."""
    siblings = PurchaseLineRow.select(PurchaseLineRow.id).where(
        (PurchaseLineRow.po == line.po_id) & (PurchaseLineRow.product == line.product_id))
    pegs = list(AllocationRow.select(AllocationRow).join(OrderLineRow).join(CustomerOrderRow)
                .where((AllocationRow.kind == "po_line") & (AllocationRow.status == "held")
                       & AllocationRow.po_line.in_(siblings))
                .order_by(CustomerOrderRow.created_at, CustomerOrderRow.id, AllocationRow.id))
    return sorted(pegs, key=lambda peg: peg.po_line_id != line.id)


def receive_po(db: Database, ref: str, lines: list[tuple[str, int]] | None = None,
               today: datetime.date | None = None) -> Receipt:
    """Books the goods in (all that is outstanding, or the quantities counted, more or less
    than ordered), serves the customers waiting for them and says who they were."""
    today = today or clock_today()
    with writing(db):
        po = po_row(ref)
        po_ref = format_ref(PURCHASE_ORDER, po.id)
        if po.status not in ("confirmed", "partially_received"):
            raise Refused("not_receivable", "{po} is {status}: only a confirmed PO can be "
                                            "received",
                          po=po_ref, status=po.status)
        cfg = load_configuration(db, today)
        po_lines = list(PurchaseLineRow.select(PurchaseLineRow, ProductRow).join(ProductRow)
                        .where(PurchaseLineRow.po == po).order_by(PurchaseLineRow.id))
        served, received, free = [], defaultdict(int), defaultdict(int)
        to_send: dict[int, list[tuple[int, AllocationRow]]] = defaultdict(list)
        touched_lines = []
        for line, qty in _quantities(po_lines, lines, po_ref):
            sku = line.product.sku
            line.received_qty += qty
            line.save()
            post_movement(po.site_id, line.product_id, qty, "receipt", reference=po_ref)
            received[sku] += qty
            left = qty
            for peg in _pegs(line):
                if left == 0:
                    break
                take = min(left, peg.qty)
                peg = split_allocation(peg, take)
                left -= take
                peg.kind, peg.site, peg.ready_date = "site_stock", po.site_id, today
                peg.save()
                reserve(po.site_id, line.product_id, take)
                order = CustomerOrderRow.get_by_id(OrderLineRow.get_by_id(peg.line_id).order_id)
                if order.mode == "pickup" and order.site_id != po.site_id:
                    to_send[order.site_id].append((line.product_id, peg))
                touched_lines.append((peg, sku, order))
            free[sku] += left
        transfers = {}
        for destination_id, items in to_send.items():
            transfer = open_transfer(cfg, po.site_id, destination_id, today)
            transfers[destination_id] = format_ref(TRANSFER, transfer.id)
            by_product = defaultdict(list)
            for product_id, peg in items:
                by_product[product_id].append(peg)
            for product_id, pegs in by_product.items():
                ship_on_transfer(transfer, product_id, sum(p.qty for p in pegs), pegs)
        for peg, sku, order in touched_lines:
            line = OrderLineRow.get_by_id(peg.line_id)
            _record_receipt(peg, po_ref, cfg, order, today)
            refresh_line_promise(line)
            if peg.status == "in_transit":
                outcome = "in_transit"
            else:
                refresh_readiness(line)
                outcome = "ready" if line.status == "ready" else "waiting"
            served.append(ServedLine(format_ref(ORDER, order.id), sku, peg.qty,
                                     order.customer_name, outcome,
                                     transfers.get(order.site_id) if outcome == "in_transit"
                                     else None))
            record_event("served_by_po", order=order.id, po_ref=po_ref, sku=sku, qty=peg.qty,
                         outcome=outcome)
        products = {line.product_id for line in po_lines if free.get(line.product.sku)}
        resource_unsupplied(db, products, cfg, today)
        complete = all(line.received_qty >= line.qty for line in po_lines)
        po.status = "received" if complete else "partially_received"
        po.save()
        record_event("po_received", po=po.id, lines=sum(received.values()))
        return Receipt(po_ref, po.status, sorted(received.items()), served,
                       sorted((s, q) for s, q in free.items() if q), sorted(transfers.values()))
