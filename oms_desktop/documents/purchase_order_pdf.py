"""The supplier purchase order as a PDF: who buys, who sells, where to deliver and when,
the lines, the totals excluding VAT, the VAT by rate and the total including VAT.

The record and the table data are plain Python (Decimal money), checked by the tests before
anything is drawn; `render` lays them out with ReportLab.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .locale_format import check_language, format_date, format_money, format_number, \
    format_percent, format_weekdays
from .pdf_components import Company, Party

CENT = Decimal("0.01")


@dataclass(frozen=True)
class POLine:
    supplier_ref: str
    ean: str
    description: str
    qty: int
    pack: int  # units per pack
    unit_cost: Decimal  # excluding VAT
    vat_rate: Decimal  # percent: Decimal("20"), Decimal("5.5")
    expected: datetime.date | None = None  # only when it differs from the PO's date

    @property
    def total(self) -> Decimal:
        return (self.unit_cost * self.qty).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PurchaseOrderDocument:
    number: str
    status: str  # draft, confirmed, partially_received, received, cancelled
    order_date: datetime.date
    expected_date: datetime.date
    buyer: Company
    supplier: Party
    delivery: Party  # the receiving site
    delivery_opening_days: str  # 'mon,tue,wed,thu,fri'
    lines: tuple[POLine, ...]
    notes: str = ""


@dataclass(frozen=True)
class VatAmount:
    rate: Decimal
    base: Decimal
    vat: Decimal


@dataclass(frozen=True)
class Totals:
    excluding_vat: Decimal
    vat: tuple[VatAmount, ...]  # by rate, highest rate first
    including_vat: Decimal
    units: int

    @property
    def vat_total(self) -> Decimal:
        return sum((v.vat for v in self.vat), Decimal("0.00"))


def po_totals(lines: Iterable[POLine]) -> Totals:
    """Sums the line totals per VAT rate; the VAT of each rate is computed once on its base
    and rounded half up to the cent (as invoices do), so the figures add up on paper."""
    bases: dict[Decimal, Decimal] = defaultdict(lambda: Decimal("0.00"))
    units = 0
    for line in lines:
        bases[line.vat_rate] += line.total
        units += line.qty
    vat = tuple(VatAmount(rate, base, (base * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP))
                for rate, base in sorted(bases.items(), reverse=True))
    excluding = sum(bases.values(), Decimal("0.00"))
    return Totals(excluding, vat, excluding + sum((v.vat for v in vat), Decimal("0.00")),
                  units)


LABELS = {
    "en": {
        "title": "Purchase order", "number": "Order number", "order_date": "Order date",
        "expected": "Expected delivery", "supplier": "Supplier", "deliver_to": "Deliver to",
        "opening": "Open {days}", "buyer": "Buyer",
        "head": ("Supplier ref.", "EAN", "Description", "Qty", "Pack", "Unit cost",
                 "Total"),
        "line_expected": "expected {date}",
        "summary": "{lines} lines, {units} units · amounts excluding VAT",
        "excluding": "Total excluding VAT", "vat": "VAT {rate} on {base}",
        "including": "Total including VAT", "notes": "Notes",
        "vat_number": "VAT no.", "registration": "SIREN",
        "page": "page {page} of {pages}",
        "draft": "DRAFT – not yet confirmed with the supplier",
        "cancelled": "CANCELLED – do not deliver",
    },
    "fr": {
        "title": "Bon de commande", "number": "N° de commande", "order_date": "Date de commande",
        "expected": "Livraison prévue", "supplier": "Fournisseur", "deliver_to": "Livrer à",
        "opening": "Ouvert {days}", "buyer": "Acheteur",
        "head": ("Réf. fournisseur", "EAN", "Désignation", "Qté", "Cond.", "P.U. HT",
                 "Total HT"),
        "line_expected": "livraison prévue le {date}",
        "summary": "{lines} lignes, {units} unités · montants hors taxes",
        "excluding": "Total HT", "vat": "TVA {rate} sur {base}",
        "including": "Total TTC", "notes": "Remarques",
        "vat_number": "N° TVA", "registration": "SIREN",
        "page": "page {page} sur {pages}",
        "draft": "BROUILLON – pas encore confirmé au fournisseur",
        "cancelled": "ANNULÉ – ne pas livrer",
    },
}
# column: (width in points, right-aligned); the description takes what is left
_COLUMNS = ((62, False), (76, False), (None, False), (34, True), (36, True), (58, True),
            (64, True))
_WRAPPED = (0, 2)  # supplier reference and description may run on several lines


def line_rows(document: PurchaseOrderDocument, language: str) -> list[list[str]]:
    """The cells of the lines table, as the reader sees them."""
    words = LABELS[check_language(language)]
    rows = []
    for line in document.lines:
        description = line.description
        if line.expected and line.expected != document.expected_date:
            description += "\n" + words["line_expected"].format(
                date=format_date(line.expected, language))
        rows.append([line.supplier_ref, line.ean or "", description,
                     format_number(line.qty, language), format_number(line.pack, language),
                     format_money(line.unit_cost, language),
                     format_money(line.total, language)])
    return rows


def totals_rows(totals: Totals, language: str) -> list[tuple[str, str, bool]]:
    """(label, amount, is the grand total) rows under the lines."""
    words = LABELS[check_language(language)]
    rows = [(words["excluding"], format_money(totals.excluding_vat, language), False)]
    for vat in totals.vat:
        rows.append((words["vat"].format(rate=format_percent(vat.rate, language),
                                         base=format_money(vat.base, language)),
                     format_money(vat.vat, language), False))
    rows.append((words["including"], format_money(totals.including_vat, language), True))
    return rows


def column_widths(frame_width: float) -> list[float]:
    fixed = sum(width for width, _ in _COLUMNS if width)
    return [width if width else frame_width - fixed for width, _ in _COLUMNS]


def render(document: PurchaseOrderDocument, language: str = "en",
           paper_name: str = "A4") -> bytes:
    """The purchase order as PDF bytes, on A4 or Letter, in English or French."""
    from reportlab.platypus import KeepTogether, Spacer

    from . import pdf_components as pc

    language = check_language(language)
    words = LABELS[language]
    width = pc.frame_width(paper_name)
    buyer = document.buyer
    story: list = [pc.header(_buyer_block(buyer, words, width),
                             _title_block(document, words, language, width), width),
                   Spacer(1, 14)]
    opening = format_weekdays(document.delivery_opening_days, language)
    story.append(pc.side_by_side(
        pc.party_block(words["supplier"], document.supplier),
        pc.party_block(words["deliver_to"], document.delivery,
                       [words["opening"].format(days=opening)] if opening else []),
        width))
    story.append(Spacer(1, 12))
    if document.status in ("draft", "cancelled"):
        story += [pc.paragraph(words[document.status], "banner"), Spacer(1, 6)]
    story.append(pc.line_table(words["head"], line_rows(document, language),
                               column_widths(width),
                               [i for i, (_, right) in enumerate(_COLUMNS) if right],
                               _WRAPPED))
    totals = po_totals(document.lines)
    summary = words["summary"].format(lines=format_number(len(document.lines), language),
                                      units=format_number(totals.units, language))
    story.append(KeepTogether([Spacer(1, 8), pc.paragraph(summary, "muted"), Spacer(1, 4),
                               pc.totals_table(totals_rows(totals, language), width * 0.5)]))
    if document.notes.strip():
        story.append(KeepTogether([Spacer(1, 14), pc.paragraph(words["notes"].upper(), "label"),
                                   pc.paragraph(document.notes.strip(), "small")]))
    decoration = pc.PageDecoration(
        running_head=f"{buyer.display_name} · {words['title']} {document.number}",
        footer=buyer.legal_line(words["vat_number"], words["registration"]),
        page_label=lambda page, pages: words["page"].format(page=page, pages=pages))
    return pc.build_pdf(story, paper_name, decoration,
                        title=f"{words['title']} {document.number}", author=buyer.name,
                        subject=document.supplier.name, lang=language)


def _buyer_block(buyer: Company, words: dict, width: float) -> list:
    from . import pdf_components as pc

    block: list = []
    image = pc.logo(buyer.logo, width * 0.45, 50) if buyer.logo else None
    if image is not None:
        block.append(image)
    block.append(pc.paragraph(buyer.name, "company"))
    lines = buyer.party().lines()
    if buyer.vat_number:
        lines.append(f"{words['vat_number']} {buyer.vat_number}")
    if lines:
        block.append(pc.paragraph("\n".join(lines), "small"))
    return block


def _title_block(document: PurchaseOrderDocument, words: dict, language: str,
                 width: float) -> list:
    from reportlab.platypus import Spacer

    from . import pdf_components as pc

    return [pc.paragraph(words["title"], "title"),
            pc.paragraph(document.number, "subtitle"), Spacer(1, 8),
            pc.info_table([(words["order_date"], format_date(document.order_date, language)),
                           (words["expected"], format_date(document.expected_date, language))],
                          width * 0.5)]
