"""A report as a file: CSV (as Excel in France or elsewhere reads it), XLSX, PDF.

Plain data in, bytes out: the report is anything with `name`, `title`, `columns` (each with
`key`, `title`, `kind`: text, int, money, percent, date, number), `rows` (dicts) and
`filters` (dict: from, to, site, today), as `services.reports.Report` gives. openpyxl and
reportlab are imported inside the functions.

Values: money and numbers are Decimal (or int), percentages Decimal fractions (0.25 is 25 %),
dates `datetime.date`, None an empty cell.
"""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal
from pathlib import Path

from ..domain.errors import InvalidInput
from .locale_format import check_language, format_date, format_money, format_number

DIALECTS = ("fr", "intl")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MONEY_FORMAT = "#,##0.00 €"
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "yyyy-mm-dd"
NUMBER_FORMAT = "0.0"
_NUMERIC = ("int", "money", "percent", "number")

_WORDS = {
    "en": {"from": "from", "to": "to", "site": "site", "all_sites": "all sites",
           "as_of": "as of", "page": "page {page} of {pages}", "rows": "{n} rows",
           "percent_suffix": " (%)", "none": "no row"},
    "fr": {"from": "du", "to": "au", "site": "site", "all_sites": "tous les sites",
           "as_of": "au", "page": "page {page} sur {pages}", "rows": "{n} lignes",
           "percent_suffix": " (%)", "none": "aucune ligne"},
}


def neutralise(text: str) -> str:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# --- CSV -------------------------------------------------------------------------------

def _csv_number(value, kind: str, decimal_mark: str) -> str:
    if value is None:
        return ""
    if kind == "int":
        return str(int(value))
    if kind == "percent":  # a percentage figure, e.g. 12.5 for 12.5 %
        text = f"{(Decimal(value) * 100).quantize(Decimal('0.01')):f}"
    elif kind == "money":
        text = f"{Decimal(value).quantize(Decimal('0.01')):f}"
    else:
        text = f"{Decimal(value):f}"
    return text.replace(".", decimal_mark)


def _csv_cell(value, kind: str, decimal_mark: str) -> str:
    if kind in _NUMERIC:
        return _csv_number(value, kind, decimal_mark)
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return neutralise(str(value))


def to_csv(report, dialect: str = "fr") -> bytes:
    """`fr`: as Excel in France writes it (semicolons, decimal comma, UTF-8 with BOM);
    `intl`: commas, decimal point, UTF-8. Dates are YYYY-MM-DD; percentages are written as
    figures (12.5 for 12.5 %, the header says "(%)"); no thousands separator."""
    if dialect not in DIALECTS:
        raise InvalidInput("--csv-dialect", "'{dialect}' is not one of {known}",
                           dialect=dialect, known=", ".join(DIALECTS))
    delimiter, decimal_mark, encoding = (";", ",", "utf-8-sig") if dialect == "fr" else \
        (",", ".", "utf-8")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(_header(c, "en")) for c in report.columns])
    for row in report.rows:
        writer.writerow([_csv_cell(row.get(c.key), c.kind, decimal_mark)
                         for c in report.columns])
    return buffer.getvalue().encode(encoding)


FRENCH_TITLES = {
    "Amount excl. VAT": "Montant HT", "Available": "Disponible",
    "Average delay when late (days)": "Retard moyen (jours)",
    "Average wait (days)": "Attente moyenne (jours)", "Channel": "Canal",
    "Confirmed": "Confirmé le", "Cost excl. VAT": "Coût HT", "Created": "Créé le",
    "Customer / supplier": "Client / fournisseur", "Days late": "Jours de retard",
    "Delivered to": "Livré à", "Expected": "Attendu le", "From future stock": "Stock futur",
    "Late": "En retard", "Lines": "Lignes", "Now promised": "Promis désormais",
    "On hand now": "En stock aujourd'hui", "On hand": "En stock", "On time %": "À l'heure",
    "On time": "À l'heure", "Orders": "Commandes", "PO": "BC", "Product": "Produit",
    "Promised / expected": "Promis / attendu", "Qty ordered": "Qté commandée",
    "Qty received": "Qté reçue", "Qty": "Qté", "Rank": "Rang",
    "Received excl. VAT": "Reçu HT", "Reference": "Référence", "Reserved": "Réservé",
    "Revenue incl. VAT": "CA TTC", "SKU": "Réf.", "Shop": "Magasin", "Site name": "Nom du site",
    "Site": "Site", "Status": "Statut", "Supplier name": "Nom du fournisseur",
    "Supplier": "Fournisseur", "Unit cost": "Coût unitaire", "Units": "Unités",
    "Value at cost": "Valeur au coût", "What": "Quoi", "Why": "Pourquoi",
    "Shelf": "Rayon", "Warehouse": "Entrepôt", "Other shop": "Autre magasin",
    "Incoming PO": "BC attendu", "Catalog": "Catalogue",
    "Stock by site, valued at cost": "Stock par site, valorisé au coût",
    "Sales by channel, shop and source": "Ventes par canal, magasin et provenance",
    "Promises kept": "Promesses tenues",
    "Catalog trials: candidates to stock": "Essais catalogue : candidats au stock",
    "Late promises and overdue POs": "Promesses en retard et BC en retard",
    "Supplier PO history": "Historique des bons de commande fournisseurs",
}


def title_in(text: str, language: str) -> str:
    """A report's or column's title in the document's language."""
    return FRENCH_TITLES.get(text, text) if language == "fr" else text


def _header(column, language: str) -> str:
    suffix = _WORDS[language]["percent_suffix"] if column.kind == "percent" else ""
    return title_in(column.title, language) + suffix


# --- XLSX ------------------------------------------------------------------------------

def _xlsx_value(value, kind: str):
    if value is None:
        return None
    if kind == "int":
        return int(value)
    if kind in ("money", "percent", "number"):
        return float(value)  # Excel holds doubles; the format shows cents
    if kind == "date" and isinstance(value, datetime.date) and not isinstance(
            value, datetime.datetime):
        return datetime.datetime.combine(value, datetime.time())
    if isinstance(value, str):
        return neutralise(value)
    return value


def to_xlsx(report) -> bytes:
    """A workbook of one sheet: real numbers (money formatted in euros, percentages as
    percentages), real dates, a bold frozen header row, columns sized to their content."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = report.name[:31]
    sheet.append([_header(c, "en") if c.kind != "percent" else c.title
                  for c in report.columns])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    formats = {"money": MONEY_FORMAT, "percent": PERCENT_FORMAT, "date": DATE_FORMAT,
               "number": NUMBER_FORMAT, "int": "0"}
    widths = [len(c.title) for c in report.columns]
    kinds = [c.kind for c in report.columns]
    for row in report.rows:
        values = [_xlsx_value(row.get(c.key), c.kind) for c in report.columns]
        sheet.append(values)
        for i, value in enumerate(values):
            if value is not None:
                widths[i] = max(widths[i], _display_width(value, kinds[i]))
    for i, kind in enumerate(kinds, 1):
        if kind in formats:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = formats[kind]
        sheet.column_dimensions[get_column_letter(i)].width = min(max(widths[i - 1] + 2, 8), 60)
    sheet.freeze_panes = "A2"
    if report.rows:
        sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _display_width(value, kind: str) -> int:
    if kind == "money":
        return len(f"{value:,.2f}") + 2
    if kind == "date":
        return 10
    if kind == "percent":
        return 6
    return len(str(value))


# --- PDF -------------------------------------------------------------------------------

def _pdf_cell(value, kind: str, language: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return format_money(Decimal(value), language)
    if kind == "percent":
        number = format_number(Decimal(value) * 100, language, 1)
        return f"{number}\u00a0%" if language == "fr" else f"{number}%"
    if kind == "int":
        return format_number(int(value), language)
    if kind == "number":
        return format_number(Decimal(value), language, 1)
    if isinstance(value, datetime.date):
        return format_date(value, language)
    return str(value)


def filters_line(report, language: str) -> str:
    """'from November 1, 2026 to November 26, 2026 · all sites' (the report's filters)."""
    words = _WORDS[check_language(language)]
    filters = report.filters or {}
    parts = []
    if filters.get("from") and filters.get("to"):
        parts.append(f"{words['from']} {format_date(filters['from'], language)} "
                     f"{words['to']} {format_date(filters['to'], language)}")
    elif filters.get("today"):
        parts.append(f"{words['as_of']} {format_date(filters['today'], language)}")
    site = filters.get("site")
    parts.append(f"{words['site']} {site}" if site else words["all_sites"])
    parts.append(words["rows"].format(n=format_number(len(report.rows), language)))
    return " · ".join(parts)


def pdf_table_data(report, language: str) -> tuple[list[str], list[list[str]], list[int]]:
    """Header, body cells (as printed) and the indexes of right-aligned columns."""
    head = [_header(c, language) if c.kind != "percent" else title_in(c.title, language)
            for c in report.columns]
    body = [[_pdf_cell(row.get(c.key), c.kind, language) for c in report.columns]
            for row in report.rows]
    right = [i for i, c in enumerate(report.columns) if c.kind in _NUMERIC]
    return head, body, right


def _column_widths(head, body, total: float) -> list[float]:
    """Widths in proportion to the longest text of each column (capped), filling the page."""
    sample = body[:200]
    longest = [min(max([len(head[i]) * 0.8] + [len(r[i]) for r in sample]), 40) + 2
               for i in range(len(head))]
    scale = total / sum(longest)
    return [w * scale for w in longest]


def to_pdf(report, language: str = "en", page_size: str = "A4") -> bytes:
    """A landscape table with its header repeated on every page, the title, the filters,
    and "page X of Y"."""
    from reportlab.lib.pagesizes import landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from . import pdf_components as pc

    language = check_language(language)
    words = _WORDS[language]
    pc.register_fonts()
    pagesize = landscape(pc.paper(page_size))
    width = pagesize[0] - 2 * pc.MARGIN_MM * mm
    head, body, right = pdf_table_data(report, language)
    wrap = [i for i, c in enumerate(report.columns) if c.kind == "text"]
    story = [pc.paragraph(title_in(report.title, language), "banner"), pc.paragraph(filters_line(report, language),
                                                                "muted"), Spacer(1, 4 * mm)]
    if body:
        story.append(pc.line_table(head, body, _column_widths(head, body, width), right, wrap))
    else:
        story.append(pc.paragraph(words["none"], "body"))
    decoration = pc.PageDecoration(
        running_head=report.title, footer=filters_line(report, language),
        page_label=lambda page, pages: words["page"].format(page=page, pages=pages))
    # As pdf_components.build_pdf, but on landscape paper.
    buffer = io.BytesIO()
    margin = pc.MARGIN_MM * mm - 6  # the frame pads its content by 6 points
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                            topMargin=margin + 12, bottomMargin=margin + 18, title=report.title,
                            author="oms_desktop", creator="oms_desktop", lang=language,
                            initialFontName=pc.FONT, initialFontSize=9)
    doc.build(story, onFirstPage=decoration.on_first_page,
              onLaterPages=decoration.on_later_pages,
              canvasmaker=pc.numbered_canvas(decoration))
    return buffer.getvalue()


def write_report(report, path: str | Path, fmt: str, *, dialect: str = "fr",
                 language: str = "en", page_size: str = "A4") -> int:
    """Writes the report in `fmt` (csv, xlsx, pdf) to `path`; returns the number of bytes."""
    makers = {"csv": lambda: to_csv(report, dialect), "xlsx": lambda: to_xlsx(report),
              "pdf": lambda: to_pdf(report, language, page_size)}
    if fmt not in makers:
        raise InvalidInput("--format", "'{format}' is not one of csv, xlsx, pdf", format=fmt)
    data = makers[fmt]()
    path = Path(path).expanduser()
    try:
        path.write_bytes(data)
    except OSError as error:
        raise InvalidInput("--out", "cannot write {path}: {error}",
                           path=str(path), error=error.strerror or str(error)) from None
    return len(data)
