"""Moving stock between sites through an in-transit state; units reserved for customers
who collect at the destination travel first."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from peewee import Database

from ..domain.errors import InvalidInput, NotFound, Refused
from ..domain.values import parse_quantity
from ..store.database import writing
from ..store.ledger import post_movement
from ..store.models import AllocationRow, CustomerOrderRow, OrderLineRow, ProductRow, \
    StockRow, TransferLineRow, TransferRow
from .allocations import refresh_line_promise, split_allocation
from .clock import today as clock_today
from .configuration import Configuration, load_configuration
from .fulfilment import refresh_readiness
from .order_views import record_event
from .products import resolve_sku
from .references import ORDER, TRANSFER, format_ref, parse_ref
from .repromise import resource_unsupplied
from .sites import site_row


@dataclass(frozen=True)
class TransferView:
    transfer: str
    origin: str
    destination: str
    status: str
    expected: datetime.date
    lines: list[tuple[str, int]]
    for_orders: list[str]
    ready_orders: list[str]

    def as_json(self) -> dict:
        return {"transfer": self.transfer, "origin": self.origin,
                "destination": self.destination, "status": self.status,
                "expected": self.expected.isoformat(),
                "lines": [{"sku": s, "qty": q} for s, q in self.lines],
                "for_orders": self.for_orders, "ready_orders": self.ready_orders}


def transfer_view(row: TransferRow, ready_orders: list[str] | None = None) -> TransferView:
    lines = [(line.product.sku, line.qty) for line in
             TransferLineRow.select(TransferLineRow, ProductRow).join(ProductRow)
             .where(TransferLineRow.transfer == row).order_by(TransferLineRow.id)]
    orders = sorted({format_ref(ORDER, a.line.order_id) for a in AllocationRow.select(
        AllocationRow, OrderLineRow).join(OrderLineRow).where(AllocationRow.transfer == row)})
    return TransferView(format_ref(TRANSFER, row.id), row.origin.code, row.destination.code,
                        row.status, row.expected_date, lines, orders, ready_orders or [])


def open_transfer(cfg: Configuration, origin_id: int, destination_id: int,
                  today: datetime.date) -> TransferRow:
    origin, destination = cfg.site_codes[origin_id], cfg.site_codes[destination_id]
    network = cfg.network
    dispatch = network.site(origin).calendar.add_days(today, network.site(origin).handling_days)
    arrival = network.carrier_calendar.add_days(dispatch, network.transfer(origin, destination))
    return TransferRow.create(origin=origin_id, destination=destination_id,
                              expected_date=arrival)


def ship_on_transfer(transfer: TransferRow, product_id: int, qty: int,
                     pegs: list[AllocationRow]) -> None:
    """Stock leaves the origin (ledger) with the reservations of `pegs`, which now travel."""
    reserved = sum(p.qty for p in pegs)
    post_movement(transfer.origin_id, product_id, -qty, "transfer_out",
                  reference=format_ref(TRANSFER, transfer.id), reserve_delta=-reserved)
    TransferLineRow.create(transfer=transfer, product=product_id, qty=qty)
    for peg in pegs:
        peg.status, peg.transfer, peg.site = "in_transit", transfer, transfer.destination_id
        peg.save()


def _pegs_for(origin_id: int, destination_id: int, product_id: int) -> list[AllocationRow]:
    """Units reserved at the origin for customers who collect at the destination."""
    return list(AllocationRow.select(AllocationRow).join(OrderLineRow).join(CustomerOrderRow)
                .where((AllocationRow.kind == "site_stock") & (AllocationRow.status == "held")
                       & (AllocationRow.site == origin_id)
                       & (OrderLineRow.product == product_id)
                       & (CustomerOrderRow.mode == "pickup")
                       & (CustomerOrderRow.site == destination_id))
                .order_by(CustomerOrderRow.created_at, CustomerOrderRow.id, AllocationRow.id))


def create_transfer(db: Database, origin: str, destination: str, lines: list[tuple[str, int]],
                    today: datetime.date | None = None) -> TransferView:
    """Sends stock from one site to another; units reserved for customers collecting at the
    destination go first, oldest order first, then free stock."""
    today = today or clock_today()
    if not lines:
        raise InvalidInput("lines", "a transfer needs at least one line")
    with writing(db):
        origin_row, destination_row = site_row(origin), site_row(destination)
        if origin_row.id == destination_row.id:
            raise InvalidInput("destination", "a transfer goes to another site")
        cfg = load_configuration(db, today)
        transfer = open_transfer(cfg, origin_row.id, destination_row.id, today)
        for identifier, qty in lines:
            qty = parse_quantity(qty, f"quantity of {identifier}")
            product = ProductRow.get_or_none(ProductRow.sku == resolve_sku(identifier))
            stock = StockRow.get_or_none(site=origin_row, product=product) if product else None
            pegs = _pegs_for(origin_row.id, destination_row.id, product.id) if product else []
            free = (stock.on_hand - stock.reserved) if stock else 0
            if qty > free + sum(p.qty for p in pegs):
                raise InvalidInput(f"quantity of {identifier}",
                                   "{origin} can send {available} (free or reserved for "
                                   "{destination}), not {qty}",
                                   origin=origin_row.code,
                                   available=free + sum(p.qty for p in pegs),
                                   destination=destination_row.code, qty=qty)
            moving, left = [], qty
            for peg in pegs:
                if left == 0:
                    break
                take = min(left, peg.qty)
                moving.append(split_allocation(peg, take))
                left -= take
            ship_on_transfer(transfer, product.id, qty, moving)
        return transfer_view(transfer)


def transfer_row(ref: str) -> TransferRow:
    row = TransferRow.get_or_none(TransferRow.id == parse_ref(TRANSFER, ref, "transfer"))
    if row is None:
        raise NotFound("transfer", ref)
    return row


def receive_transfer(db: Database, ref: str, today: datetime.date | None = None) -> TransferView:
    """The goods arrived: stock at the destination, and the orders they were for ready."""
    today = today or clock_today()
    with writing(db):
        transfer = transfer_row(ref)
        if transfer.status != "in_transit":
            raise Refused("not_in_transit", "{transfer} is already {status}",
                          transfer=format_ref(TRANSFER, transfer.id), status=transfer.status)
        reserved = defaultdict(int)
        travelling = list(AllocationRow.select().where((AllocationRow.transfer == transfer)
                                                       & (AllocationRow.status == "in_transit")))
        for peg in travelling:
            reserved[peg.line.product_id] += peg.qty
        for line in transfer.lines:
            post_movement(transfer.destination_id, line.product_id, line.qty, "transfer_in",
                          reference=format_ref(TRANSFER, transfer.id),
                          reserve_delta=reserved.pop(line.product_id, 0))
        ready = set()
        for peg in travelling:
            peg.status, peg.ready_date = "held", today
            peg.promise_date = min(peg.promise_date or today, today)
            peg.save()
            refresh_line_promise(OrderLineRow.get_by_id(peg.line_id))
            line = OrderLineRow.get_by_id(peg.line_id)
            if refresh_readiness(line):
                ready.add(format_ref(ORDER, line.order_id))
                record_event("ready", order=line.order_id, transfer=format_ref(TRANSFER, transfer.id))
        resource_unsupplied(db, [line.product_id for line in transfer.lines],
                            load_configuration(db, today), today)
        transfer.status = "received"
        transfer.received_at = datetime.datetime.now().replace(microsecond=0)
        transfer.save()
        return transfer_view(transfer, sorted(ready))


def list_transfers(db: Database, status: str | None = None) -> list[TransferView]:
    query = TransferRow.select().order_by(TransferRow.id.desc())
    if status:
        query = query.where(TransferRow.status == status)
    return [transfer_view(t) for t in query]
