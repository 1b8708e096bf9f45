"""Compiled look-ups of a product by what staff type or scan (hot path of every sale)."""

from __future__ import annotations

from peewee import Database

_BY_SKU = "SELECT sku FROM product WHERE sku = {p}"
_BY_EAN = "SELECT sku FROM product WHERE ean = {p}"
_OFFER_SKUS = "SELECT DISTINCT sku FROM catalog_offer WHERE {column} = {p} LIMIT 10"
_PRICES = "SELECT id, price_cents, vat_bp FROM product WHERE sku = {p}"
_OFFER_SUPPLIER = "SELECT supplier_id FROM catalog_offer WHERE id = {p}"


def product_sku(db: Database, key: str, by_ean: bool) -> str | None:
    sql = (_BY_EAN if by_ean else _BY_SKU).format(p=db.param)
    row = db.execute_sql(sql, (key,)).fetchone()
    return row[0] if row else None


def product_prices(db: Database, sku: str) -> tuple[int, int, int] | None:
    """(id, selling price in cents, VAT in basis points) of our product `sku`."""
    row = db.execute_sql(_PRICES.format(p=db.param), (sku,)).fetchone()
    return tuple(row) if row else None


def catalog_skus(db: Database, column: str, key: str) -> list[str]:
    """The distinct SKUs of the offers whose `column` (sku, ean, supplier_ref) is `key`."""
    assert column in ("sku", "ean", "supplier_ref")
    sql = _OFFER_SKUS.format(column=column, p=db.param)
    return [row[0] for row in db.execute_sql(sql, (key,))]


def offer_supplier_id(db: Database, offer_id: int) -> int:
    return db.execute_sql(_OFFER_SUPPLIER.format(p=db.param), (offer_id,)).fetchone()[0]
