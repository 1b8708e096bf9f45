"""The documents staff print or send: a supplier's purchase order and a customer's delivery
promise, as PDF bytes in the user's language on A4 or Letter.

This module gathers what a document needs through the other services (the PO, the order,
the sites, the suppliers, the company details) into the plain records of `documents/`, which
lay them out. ReportLab is only imported when a PDF is drawn.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

from peewee import Database

from ..documents.locale_format import check_language
from ..documents.pdf_components import Company, Party
from ..documents.promise_pdf import PromiseDocument, PromiseItem, PromiseSource
from ..documents.purchase_order_pdf import POLine, PurchaseOrderDocument
from ..domain.values import cents_to_decimal
from ..store.models import ProductRow, PurchaseLineRow, SupplierRow
from ..store.settings import get_setting
from .clock import today as clock_today
from .ordering import show_order
from .purchasing import po_row, po_view
from .sites import SiteInfo, list_sites
from .suppliers import supplier_row

COMPANY_SETTING = "company"


def purchase_order_pdf(db: Database, po_ref: str, language: str = "en",
                       page_size: str = "A4") -> bytes:
    """The purchase order to print or e-mail to the supplier: company and supplier blocks,
    delivery site with its address and opening days, the lines with references, EANs, packs
    and costs, totals excluding VAT, VAT by rate, total including VAT; "page X of Y"."""
    from ..documents import purchase_order_pdf as po_pdf
    from ..documents.pdf_components import paper

    language = check_language(language)
    paper(page_size)  # a wrong paper is refused before anything is read
    return po_pdf.render(purchase_order_document(db, po_ref), language, page_size)


def promise_pdf(db: Database, order_ref: str, language: str = "en", page_size: str = "A4",
                today: datetime.date | None = None) -> bytes:
    """The delivery promise to hand or send to the customer: the shop and its contact, each
    item with where it comes from in plain words and its promised date, the whole order's
    date, where it is collected or delivered, and the shop's conditions."""
    from ..documents import promise_pdf as promise_module
    from ..documents.pdf_components import paper

    language = check_language(language)
    paper(page_size)
    document = promise_document(db, order_ref, language, today)
    return promise_module.render(document, language, page_size)


def purchase_order_document(db: Database, po_ref: str) -> PurchaseOrderDocument:
    """Everything the PO document shows, read in one transaction."""
    with db.atomic():
        po = po_row(po_ref)
        view = po_view(po)
        supplier = supplier_row(view.supplier)
        site = _site(db, view.site)
        rates = _vat_rates(po.id)
        lines = tuple(
            POLine(line.supplier_ref, line.ean or "", line.name, line.qty, line.pack_size,
                   cents_to_decimal(line.unit_cost_cents), rates.get(line.sku, Decimal("20")),
                   line.expected if line.expected != view.expected else None)
            for line in view.lines)
        ordered = po.confirmed_at.date() if po.confirmed_at else view.created
        return PurchaseOrderDocument(
            view.po, view.status, ordered, view.expected, _company_record(),
            Party(supplier.name, supplier.address, "", supplier.email),
            Party(site.name, site.address, site.phone, site.email), site.opening_days,
            lines, po.notes or "")


def promise_document(db: Database, order_ref: str, language: str = "en",
                     today: datetime.date | None = None) -> PromiseDocument:
    """Everything the delivery promise shows, with site and supplier names in the reasons
    in place of their codes."""
    language = check_language(language)
    with db.atomic():
        view = show_order(db, order_ref, today or clock_today())
        sites = {site.code: site for site in list_sites(db)}
        suppliers = dict(SupplierRow.select(SupplierRow.code, SupplierRow.name).tuples())
        shop = sites[view.site]
        company = _company_record()
        names = {code: site.name for code, site in sites.items()}
        items = tuple(
            PromiseItem(line.sku, line.name, line.qty, line.status, line.promise_date,
                        tuple(PromiseSource(a.qty, _named(a.reason, names, suppliers),
                                            a.promise_date, a.status)
                              for a in line.allocations))
            for line in view.lines)
        return PromiseDocument(
            view.order, view.created_on, view.status, view.mode, company,
            Party(shop.name, shop.address, shop.phone, shop.email), shop.opening_days,
            view.customer, view.contact, view.delivery_address, items, view.promise_date,
            _conditions(language))


def _company_record() -> Company:
    """The `company` setting (name, address, VAT number, SIREN, logo...) as printed."""
    company = get_setting(COMPANY_SETTING, {}) or {}
    logo = str(company.get("logo") or "").strip()
    logo_path = Path(logo).expanduser() if logo else None
    return Company(
        name=str(company.get("name") or company.get("trade_name") or ""),
        trade_name=str(company.get("trade_name") or ""),
        address=str(company.get("address") or ""),
        phone=str(company.get("phone") or ""), email=str(company.get("email") or ""),
        vat_number=str(company.get("vat_number") or ""),
        registration=str(company.get("siren") or ""),
        logo=str(logo_path) if logo_path and logo_path.is_file() else None)


def _conditions(language: str) -> str:
    """The shop's own conditions: one text, or one per language ({"en": ..., "fr": ...});
    empty for the document's default."""
    conditions = (get_setting(COMPANY_SETTING, {}) or {}).get("conditions") or ""
    if isinstance(conditions, dict):
        conditions = conditions.get(language) or ""
    return str(conditions)


def _site(db: Database, code: str) -> SiteInfo:
    return next(site for site in list_sites(db) if site.code == code)


def _vat_rates(po_id: int) -> dict[str, Decimal]:
    """SKU -> the product's VAT rate in percent, for the lines of one PO (one query)."""
    rows = (ProductRow.select(ProductRow.sku, ProductRow.vat_bp)
            .join(PurchaseLineRow, on=(PurchaseLineRow.product == ProductRow.id))
            .where(PurchaseLineRow.po == po_id).tuples())
    return {sku: Decimal(vat_bp) / 100 for sku, vat_bp in rows}


def _named(reason: dict, sites: dict[str, str], suppliers: dict[str, str]) -> dict:
    """The reason with names where the engine keeps codes: customers know 'Paris Marais',
    not 'PARIS'."""
    out = dict(reason)
    for key in ("site", "to_site"):
        if out.get(key) in sites:
            out[key] = sites[out[key]]
    if out.get("supplier") in suppliers:
        out["supplier"] = suppliers[out["supplier"]]
    return out
