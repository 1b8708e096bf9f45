"""Products: our own, and those that exist only in a supplier's catalog until first sold."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import Database

from ..domain.errors import InvalidInput, NotFound
from ..domain.values import check_code, format_cents, format_vat_rate, normalize_ean, \
    parse_money, parse_vat_rate
from ..store.database import writing
from ..store.lookups import catalog_skus, product_prices, product_sku
from ..store.models import CatalogOfferRow, ProductRow, database
from ..store.search_index import index_products
from .configuration import setting


@dataclass(frozen=True)
class ProductInfo:
    sku: str
    ean: str | None
    name: str
    price: str
    vat: str
    active: bool


def product_info(row: ProductRow) -> ProductInfo:
    return ProductInfo(row.sku, row.ean, row.name, format_cents(row.price_cents),
                       format_vat_rate(row.vat_bp), row.active)


def add_product(db: Database, sku: str, name: str, price: str, *, ean: str | None = None,
                vat: str = "20") -> ProductInfo:
    sku = check_code(sku, "sku")
    if not str(name).strip():
        raise InvalidInput("name", "must not be empty")
    price_cents = parse_money(price, "price")
    vat_bp = parse_vat_rate(vat)
    ean = normalize_ean(ean)
    with writing(db):
        if ProductRow.get_or_none(ProductRow.sku == sku):
            raise InvalidInput("sku", "product {sku} already exists", sku=sku)
        if ean and ProductRow.get_or_none(ProductRow.ean == ean):
            raise InvalidInput("ean", "EAN {ean} is already used by another product", ean=ean)
        row = ProductRow.create(sku=sku, ean=ean, name=name.strip(), price_cents=price_cents,
                                vat_bp=vat_bp)
        index_products(db, [row.id])
    return product_info(row)


def update_product(db: Database, sku: str, *, name: str | None = None,
                   price: str | None = None, vat: str | None = None, ean: str | None = None,
                   active: bool | str | None = None) -> ProductInfo:
    """Changes what is given; an inactive product is no longer sold (open orders keep it)."""
    changes = {}
    if name is not None:
        if not name.strip():
            raise InvalidInput("name", "must not be empty")
        changes["name"] = name.strip()
    if price is not None:
        changes["price_cents"] = parse_money(price, "price")
    if vat is not None:
        changes["vat_bp"] = parse_vat_rate(vat)
    if ean is not None:
        changes["ean"] = normalize_ean(ean)
    if active is not None:
        changes["active"] = active if isinstance(active, bool) else active == "yes"
    with writing(db):
        row = product_row(resolve_sku(sku))
        if changes.get("ean") and ProductRow.get_or_none(
                (ProductRow.ean == changes["ean"]) & (ProductRow.id != row.id)):
            raise InvalidInput("ean", "EAN {ean} is already used by another product",
                               ean=changes["ean"])
        for key, value in changes.items():
            setattr(row, key, value)
        row.save()
        index_products(db, [row.id])
    return product_info(row)


def product_row(sku: str) -> ProductRow:
    row = ProductRow.get_or_none(ProductRow.sku == sku)
    if row is None:
        raise NotFound("product", sku)
    return row


def resolve_sku(identifier: str) -> str:
    """Our SKU for a SKU, an EAN or a supplier's reference; products that exist only in a
    catalog are found too. Refuses a reference that names different products."""
    key = str(identifier).strip()
    if not key:
        raise InvalidInput("sku", "must not be empty")
    db = database.obj
    sku = product_sku(db, key, by_ean=False) or (key.isdigit() and product_sku(db, key, True))
    if sku:
        return sku
    for column in ("sku", "ean", "supplier_ref"):
        skus = catalog_skus(db, column, key)
        if len(skus) == 1:
            return skus[0]
        if len(skus) > 1:
            raise InvalidInput("sku", "'{key}' names several products ({skus}); use the SKU",
                               key=key, skus=", ".join(sorted(skus)))
    raise NotFound("product", key)


def _catalog_price(offer: CatalogOfferRow) -> int:
    if offer.retail_price_cents:
        return offer.retail_price_cents
    markup = Decimal(str(setting("catalog_markup")))
    return int((Decimal(offer.cost_cents) * markup).quantize(Decimal(1), ROUND_HALF_UP))


@dataclass(frozen=True)
class ProductRef:
    id: int
    sku: str
    price_cents: int
    vat_bp: int


def ensure_product(sku: str) -> ProductRef:
    """The product for `sku`, created from its catalog offer on first sale or stock.
    Runs inside the caller's transaction."""
    found = product_prices(database.obj, sku)
    if found is not None:
        return ProductRef(found[0], sku, found[1], found[2])
    offer = (CatalogOfferRow.select().where(CatalogOfferRow.sku == sku)
             .order_by(CatalogOfferRow.available.desc(), CatalogOfferRow.cost_cents).first())
    if offer is None:
        raise NotFound("product", sku)
    ean = offer.ean if offer.ean and not ProductRow.get_or_none(ProductRow.ean == offer.ean) \
        else None
    row = ProductRow.create(sku=sku, ean=ean, name=offer.description,
                            price_cents=_catalog_price(offer), vat_bp=offer.vat_bp or 2000)
    index_products(database.obj, [row.id])
    return ProductRef(row.id, sku, row.price_cents, row.vat_bp)


def list_products(db: Database, limit: int = 1000) -> list[ProductInfo]:
    return [product_info(r) for r in ProductRow.select().order_by(ProductRow.sku).limit(limit)]
