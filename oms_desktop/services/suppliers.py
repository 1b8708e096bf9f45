"""Suppliers: who we buy from, their lead time, order weekdays and minimum order."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import Database, fn

from ..domain.calendar import format_weekdays, parse_weekdays
from ..domain.errors import InvalidInput, NotFound
from ..domain.values import check_code, format_cents, parse_money
from ..store.database import writing
from ..store.models import CatalogOfferRow, SupplierRow


@dataclass(frozen=True)
class SupplierInfo:
    code: str
    name: str
    address: str
    email: str
    country: str
    lead_days: int
    order_days: str
    min_order: str
    offers: int


def supplier_row(code: str) -> SupplierRow:
    row = SupplierRow.get_or_none(SupplierRow.code == str(code).strip().upper())
    if row is None:
        raise NotFound("supplier", code)
    return row


def _info(row: SupplierRow, offers: int) -> SupplierInfo:
    return SupplierInfo(row.code, row.name, row.address, row.email, row.country, row.lead_days,
                        row.order_days, format_cents(row.min_order_cents), offers)


def add_supplier(db: Database, code: str, name: str, lead_days: int | str, *,
                 order_days: str = "mon-fri", min_order: str = "0", address: str = "",
                 email: str = "", country: str = "FR") -> SupplierInfo:
    code = check_code(code, "code", 20).upper()
    if not str(name).strip():
        raise InvalidInput("name", "must not be empty")
    try:
        lead = int(lead_days)
    except (TypeError, ValueError):
        raise InvalidInput("lead days", "'{text}' is not a whole number of days",
                           text=lead_days) from None
    if not 0 <= lead <= 365:
        raise InvalidInput("lead days", "must be between 0 and 365 (got {value})", value=lead)
    days = format_weekdays(parse_weekdays(order_days, "order days"))
    minimum = parse_money(min_order, "minimum order")
    if email and "@" not in email:
        raise InvalidInput("email", "'{email}' is not an e-mail address", email=email)
    with writing(db):
        if SupplierRow.get_or_none(SupplierRow.code == code):
            raise InvalidInput("code", "supplier {supplier} already exists", supplier=code)
        row = SupplierRow.create(code=code, name=name.strip(), lead_days=lead, order_days=days,
                                 min_order_cents=minimum, address=address, email=email,
                                 country=str(country or "FR").upper())
    return _info(row, 0)


def list_suppliers(db: Database) -> list[SupplierInfo]:
    counts = dict(CatalogOfferRow.select(CatalogOfferRow.supplier, fn.COUNT(CatalogOfferRow.id))
                  .group_by(CatalogOfferRow.supplier).tuples())
    return [_info(row, counts.get(row.id, 0)) for row in SupplierRow.select().order_by(SupplierRow.code)]
