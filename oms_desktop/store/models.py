"""The tables. Money is integer cents, VAT rates basis points, quantities integers.

Every model ends in `Row` so that it is never mistaken for a domain object; services hand
the layers above plain dataclasses, never these.
"""

from __future__ import annotations

import datetime

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def _table_name(model: type) -> str:
    """SiteRow -> site, PurchaseLineRow -> purchase_line."""
    name = model.__name__.removesuffix("Row")
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


class BaseRow(Model):
    class Meta:
        database = database
        table_function = _table_name


class SchemaVersionRow(BaseRow):
    version = IntegerField()
    applied_at = DateTimeField(default=_now)


class SettingRow(BaseRow):
    key = CharField(primary_key=True)
    value = TextField()  # JSON


class SiteRow(BaseRow):
    code = CharField(unique=True)
    name = CharField()
    kind = CharField()  # shop | warehouse
    address = TextField(default="")
    country = CharField(default="FR")
    handling_days = IntegerField(default=0)
    opening_days = CharField(default="mon,tue,wed,thu,fri,sat")
    phone = CharField(default="")
    email = CharField(default="")


class TransferDaysRow(BaseRow):
    origin = ForeignKeyField(SiteRow, on_delete="CASCADE")
    destination = ForeignKeyField(SiteRow, on_delete="CASCADE")
    days = IntegerField()

    class Meta:
        indexes = ((("origin", "destination"), True),)


class ProductRow(BaseRow):
    sku = CharField(unique=True)
    ean = CharField(null=True, unique=True)
    name = CharField()
    price_cents = IntegerField()  # selling price including VAT
    vat_bp = IntegerField(default=2000)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)


class StockRow(BaseRow):
    """Cached figures per site and product; the ledger is the truth (`oms stock check`)."""

    site = ForeignKeyField(SiteRow)
    product = ForeignKeyField(ProductRow)
    on_hand = IntegerField(default=0)
    reserved = IntegerField(default=0)

    class Meta:
        indexes = ((("product", "site"), True),)


class LedgerRow(BaseRow):
    at = DateTimeField(default=_now, index=True)
    site = ForeignKeyField(SiteRow)
    product = ForeignKeyField(ProductRow)
    delta = IntegerField()
    kind = CharField()  # receipt, sale, transfer_out, transfer_in, adjustment, return
    reason = TextField(default="")
    reference = CharField(default="")  # PO-000001, SO-000001, TR-000001

    class Meta:
        indexes = ((("product", "site"), False),)


class SupplierRow(BaseRow):
    code = CharField(unique=True)
    name = CharField()
    address = TextField(default="")
    email = CharField(default="")
    country = CharField(default="FR")
    lead_days = IntegerField()
    order_days = CharField(default="mon,tue,wed,thu,fri")
    min_order_cents = IntegerField(default=0)


class CatalogOfferRow(BaseRow):
    supplier = ForeignKeyField(SupplierRow)
    supplier_ref = CharField()
    sku = CharField(index=True)
    ean = CharField(null=True, index=True)
    description = CharField()
    cost_cents = IntegerField()
    pack_size = IntegerField(default=1)
    min_order_qty = IntegerField(default=1)
    lead_days = IntegerField(null=True)  # None: the supplier's lead time
    retail_price_cents = IntegerField(null=True)
    vat_bp = IntegerField(null=True)
    available = BooleanField(default=True)
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("supplier", "supplier_ref"), True),)


class PurchaseOrderRow(BaseRow):
    supplier = ForeignKeyField(SupplierRow)
    site = ForeignKeyField(SiteRow)
    status = CharField(default="draft", index=True)
    expected_date = DateField()
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    confirmed_at = DateTimeField(null=True)


class PurchaseLineRow(BaseRow):
    po = ForeignKeyField(PurchaseOrderRow, backref="lines", on_delete="CASCADE")
    product = ForeignKeyField(ProductRow)
    offer = ForeignKeyField(CatalogOfferRow, null=True)
    supplier_ref = CharField(default="")
    qty = IntegerField()
    received_qty = IntegerField(default=0)
    unit_cost_cents = IntegerField()
    expected_date = DateField(null=True)  # None: the PO's date

    class Meta:
        indexes = ((("product", "po"), False),)


class CustomerRow(BaseRow):
    name = CharField(index=True)
    phone = CharField(default="")
    email = CharField(default="")
    address = TextField(default="")


class CustomerOrderRow(BaseRow):
    site = ForeignKeyField(SiteRow)
    channel = CharField()
    mode = CharField()
    customer = ForeignKeyField(CustomerRow, null=True)
    customer_name = CharField(default="")
    customer_contact = CharField(default="")
    delivery_address = TextField(default="")
    status = CharField(default="open", index=True)  # open, completed, cancelled
    created_at = DateTimeField(default=_now)
    created_on = DateField()


class OrderLineRow(BaseRow):
    order = ForeignKeyField(CustomerOrderRow, backref="lines", on_delete="CASCADE")
    product = ForeignKeyField(ProductRow)
    qty = IntegerField()
    unit_price_cents = IntegerField()
    vat_bp = IntegerField()
    status = CharField(default="allocated", index=True)
    first_promise_date = DateField()
    promise_date = DateField(null=True)  # None: the line lost its supply


class SupplyRequestRow(BaseRow):
    """Demand on a supplier created by a catalog sale, waiting to go on a PO."""

    offer = ForeignKeyField(CatalogOfferRow)
    supplier = ForeignKeyField(SupplierRow)
    site = ForeignKeyField(SiteRow)  # where the supplier delivers
    product = ForeignKeyField(ProductRow)
    qty = IntegerField()
    unit_cost_cents = IntegerField()  # the offer's cost when the sale was made
    lead_days = IntegerField()
    status = CharField(default="pending", index=True)  # pending, ordered, cancelled
    po_line = ForeignKeyField(PurchaseLineRow, null=True)
    created_at = DateTimeField(default=_now)


class TransferRow(BaseRow):
    origin = ForeignKeyField(SiteRow)
    destination = ForeignKeyField(SiteRow)
    status = CharField(default="in_transit", index=True)  # in_transit, received
    created_at = DateTimeField(default=_now)
    expected_date = DateField()
    received_at = DateTimeField(null=True)


class TransferLineRow(BaseRow):
    transfer = ForeignKeyField(TransferRow, backref="lines", on_delete="CASCADE")
    product = ForeignKeyField(ProductRow)
    qty = IntegerField()


class AllocationRow(BaseRow):
    """The pegging of (part of) an order line to one supply.

    status: `held` while it waits or reserves, `in_transit` on a transfer to the pick-up
    shop, `done` once shipped or collected, `released` when the order was cancelled,
    `unsupplied` when its supply disappeared (a cancelled PO) and nothing replaced it.
    """

    line = ForeignKeyField(OrderLineRow, backref="allocations", on_delete="CASCADE")
    kind = CharField()  # site_stock, po_line, catalog
    qty = IntegerField()
    status = CharField(default="held", index=True)
    site = ForeignKeyField(SiteRow)  # where the goods are or will arrive
    po_line = ForeignKeyField(PurchaseLineRow, null=True)
    supply_request = ForeignKeyField(SupplyRequestRow, null=True)
    transfer = ForeignKeyField(TransferRow, null=True)
    ready_date = DateField()
    promise_date = DateField(null=True)
    reason = TextField(default="{}")  # JSON: the engine's code and figures
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("kind", "status", "po_line"), False),)


class StockEventRow(BaseRow):
    """What happened to an order line or a PO, for the history shown to staff."""

    at = DateTimeField(default=_now)
    order = ForeignKeyField(CustomerOrderRow, null=True, index=True)
    po = ForeignKeyField(PurchaseOrderRow, null=True, index=True)
    code = CharField()
    detail = TextField(default="{}")  # JSON


ALL_MODELS = (
    SchemaVersionRow, SettingRow, SiteRow, TransferDaysRow, ProductRow, StockRow, LedgerRow,
    SupplierRow, CatalogOfferRow, PurchaseOrderRow, PurchaseLineRow, CustomerRow,
    CustomerOrderRow, OrderLineRow, SupplyRequestRow, TransferRow, TransferLineRow,
    AllocationRow, StockEventRow,
)
