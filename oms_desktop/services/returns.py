"""Customer returns: goods that left with a customer come back onto a site's stock."""

from __future__ import annotations

import datetime

from peewee import Database, fn

from ..domain.errors import InvalidInput, Refused
from ..domain.values import parse_quantity
from ..store.database import writing
from ..store.ledger import post_movement
from ..store.models import LedgerRow, OrderLineRow, ProductRow
from .clock import today as clock_today
from .order_views import OrderView, order_row, order_view, record_event
from .products import resolve_sku
from .references import ORDER, format_ref
from .sites import site_row


def _returned_already(reference: str, product_id: int) -> int:
    return (LedgerRow.select(fn.COALESCE(fn.SUM(LedgerRow.delta), 0))
            .where((LedgerRow.kind == "return") & (LedgerRow.reference == reference)
                   & (LedgerRow.product == product_id)).scalar())


def return_goods(db: Database, ref: str, sku: str, qty: int | str, reason: str,
                 site: str | None = None, today: datetime.date | None = None) -> OrderView:
    """Takes back `qty` of a product the customer received (shipped or collected) into the
    stock of `site` (the order's shop by default), as a `return` row in the ledger."""
    today = today or clock_today()
    qty = parse_quantity(qty, "quantity")
    if not str(reason or "").strip():
        raise InvalidInput("reason", "say why the customer returns it (e.g. 'damaged')")
    with writing(db):
        order = order_row(ref)
        reference = format_ref(ORDER, order.id)
        wanted = resolve_sku(sku)
        lines = [line for line in OrderLineRow.select(OrderLineRow, ProductRow).join(ProductRow)
                 .where((OrderLineRow.order == order) & (ProductRow.sku == wanted))]
        if not lines:
            raise InvalidInput("sku", "{sku} is not on {order}", sku=wanted, order=reference)
        handed = sum(line.qty for line in lines if line.status in ("shipped", "collected"))
        if not handed:
            raise Refused("not_delivered", "{sku} on {order} has not reached the customer: "
                                           "cancel the order instead",
                          sku=wanted, order=reference)
        product_id = lines[0].product_id
        returnable = handed - _returned_already(reference, product_id)
        if qty > returnable:
            raise InvalidInput("quantity", "only {returnable} of {sku} on {order} can still be "
                                           "returned",
                               returnable=returnable, sku=wanted, order=reference)
        site_id = site_row(site).id if site else order.site_id
        post_movement(site_id, product_id, qty, "return", reason.strip(), reference)
        record_event("returned", order=order.id, sku=wanted, qty=qty, reason=reason.strip())
        return order_view(order.id, today)
