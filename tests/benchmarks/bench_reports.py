"""How long documents and reports take, each beside a bare baseline built in the same run.

Run on demand: `python tests/benchmarks/bench_reports.py` (prints the median of 3 runs):
- the 500-line supplier PO (documents.purchase_order_pdf.render) against a bare reportlab
  Table of the same 500 rows on A4;
- a 10,000-row report as XLSX (documents.report_export.to_xlsx) against a bare openpyxl
  workbook of the same 10,000 rows, and the same report as CSV.
"""

from __future__ import annotations

import datetime
import io
import statistics
import time
from decimal import Decimal

from oms_desktop.documents.pdf_components import Company, Party
from oms_desktop.documents.purchase_order_pdf import POLine, PurchaseOrderDocument, render
from oms_desktop.documents.report_export import to_csv, to_xlsx
from oms_desktop.services.reports import Report, ReportColumn

RUNS = 3
D = datetime.date


def median_seconds(func) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def po_lines(count: int = 500) -> tuple[POLine, ...]:
    return tuple(POLine(f"REF-{n:05d}", f"{4006381000000 + n}",
                        f"Casserole Chef inox triple fond {14 + n % 4 * 2} cm – éco",
                        1 + n % 24, 6, Decimal(1490 + 37 * n) / 100,
                        Decimal("5.5") if n % 5 == 0 else Decimal("20")) for n in range(count))


def po_document(lines) -> PurchaseOrderDocument:
    return PurchaseOrderDocument(
        "PO-000012", "confirmed", D(2026, 11, 26), D(2026, 12, 3),
        Company("Maison & Cuisine SAS", "Maison & Cuisine", "24 rue Vieille-du-Temple\n75004 Paris",
                vat_number="FR76814672531", registration="814672531"),
        Party("Cuisinox SAS", "14 rue des Couteliers\n63300 Thiers"),
        Party("Entrepôt Orléans", "12 rue de la Logistique\n45100 Orléans"),
        "mon,tue,wed,thu,fri", lines)


def bare_table_pdf(lines) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    buffer = io.BytesIO()
    rows = [["Ref", "EAN", "Description", "Qty", "Pack", "Unit cost", "Total"]] + [
        [li.supplier_ref, li.ean, li.description, str(li.qty), str(li.pack), str(li.unit_cost),
         str(li.total)] for li in lines]
    SimpleDocTemplate(buffer, pagesize=A4).build([Table(rows, repeatRows=1)])
    return buffer.getvalue()


def big_report(count: int = 10_000) -> Report:
    columns = [ReportColumn("sku", "SKU"), ReportColumn("product", "Product"),
               ReportColumn("units", "Units", "int"), ReportColumn("revenue", "Revenue", "money"),
               ReportColumn("share", "Share", "percent"), ReportColumn("day", "Day", "date")]
    rows = [{"sku": f"SKU-{n:05d}", "product": f"Théière « Bistrot » {n}", "units": n % 50,
             "revenue": Decimal(n * 137) / 100, "share": Decimal(n % 100) / 100,
             "day": D(2026, 1, 1) + datetime.timedelta(days=n % 330)} for n in range(count)]
    return Report("sales", "Sales", columns, rows, {})


def bare_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([c.title for c in report.columns])
    for row in report.rows:
        sheet.append([row[c.key] if not isinstance(row[c.key], Decimal) else float(row[c.key])
                      for c in report.columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def main() -> None:
    lines = po_lines()
    document = po_document(lines)
    report = big_report()
    figures = [
        ("500-line PO PDF (purchase_order_pdf.render)", lambda: render(document, "fr", "A4")),
        ("  baseline: bare reportlab Table, same 500 rows", lambda: bare_table_pdf(lines)),
        ("10,000-row report XLSX (report_export.to_xlsx)", lambda: to_xlsx(report)),
        ("  baseline: bare openpyxl, same 10,000 rows", lambda: bare_xlsx(report)),
        ("10,000-row report CSV fr (report_export.to_csv)", lambda: to_csv(report, "fr")),
    ]
    print(f"median of {RUNS} runs")
    for label, func in figures:
        print(f"{label:<50} {median_seconds(func) * 1000:9.0f} ms")


if __name__ == "__main__":
    main()
