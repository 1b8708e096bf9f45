"""The customers to call when a PO moves, is cancelled or is closed short: who they are,
how to reach them, and what will now reach them later than promised."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import Database

from ..store.models import CustomerOrderRow, ProductRow
from .references import ORDER, parse_ref
from .repromise import LateLine


@dataclass(frozen=True)
class LateItem:
    sku: str
    name: str
    qty: int
    first_promise_date: datetime.date
    promise_date: datetime.date | None  # None: no supply any more
    why: str  # unsupplied, postponed, overdue


@dataclass(frozen=True)
class LateCustomer:
    order: str
    customer: str
    contact: str  # phone or e-mail as given at the sale
    items: list[LateItem]


def late_customers(db: Database, late: Sequence[LateLine]) -> list[LateCustomer]:
    """The late lines of a PO change grouped per order, with the customer's contact and the
    items' names, in the order the lines were given."""
    names = dict(ProductRow.select(ProductRow.sku, ProductRow.name)
                 .where(ProductRow.sku.in_({line.sku for line in late})).tuples()) if late \
        else {}
    grouped: dict[str, list[LateLine]] = {}
    for line in late:
        grouped.setdefault(line.order, []).append(line)
    result = []
    for order, lines in grouped.items():
        row = CustomerOrderRow.get_or_none(CustomerOrderRow.id == parse_ref(ORDER, order,
                                                                             "order"))
        result.append(LateCustomer(
            order, lines[0].customer, row.customer_contact if row else "",
            [LateItem(line.sku, names.get(line.sku, line.sku), line.qty,
                      line.first_promise_date, line.promise_date, line.why)
             for line in lines]))
    return result
