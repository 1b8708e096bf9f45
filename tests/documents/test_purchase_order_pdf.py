"""The supplier purchase order: its figures are checked as data first (Decimal totals, the
cells of the table), then in the text of the PDF itself, in English and French, on A4 and
Letter, with 500 lines."""

from __future__ import annotations

import datetime
import io
import time
from decimal import Decimal

import pytest
from pypdf import PdfReader

from oms_desktop.documents.locale_format import format_money
from oms_desktop.documents.pdf_components import Company, Party
from oms_desktop.documents.purchase_order_pdf import POLine, PurchaseOrderDocument, column_widths, \
    line_rows, po_totals, render, totals_rows
from oms_desktop.domain.errors import InvalidInput

D = datetime.date
BUYER = Company("Maison & Cuisine SAS", "Maison & Cuisine", "24 rue Vieille-du-Temple\n75004 Paris",
                "01 99 00 24 00", "contact@maison-cuisine.example", "FR76814672531", "814672531")
SUPPLIER = Party("Coutellerie Thiernoise – Société Générale d'Équipement",
                 "14 rue des Couteliers\n63300 Thiers", "", "commandes@cuisinox.example")
WAREHOUSE = Party("Entrepôt Orléans", "12 rue de la Logistique\n45100 Orléans", "02 61 91 45 00",
                  "entrepot@maison-cuisine.example")


def text_of(pdf: bytes) -> list[str]:
    """Each page's text as one line: the no-break spaces of French figures and the line
    breaks of wrapped cells become plain spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def line(n: int, qty: int = 1, cost: str = "10.00", rate: str = "20", **changes) -> POLine:
    fields = dict(supplier_ref=f"REF-{n:04d}", ean=f"376020110{n:04d}", description=f"Item {n}",
                  qty=qty, pack=1, unit_cost=Decimal(cost), vat_rate=Decimal(rate))
    fields.update(changes)
    return POLine(**fields)


def document(lines, **changes) -> PurchaseOrderDocument:
    fields = dict(number="PO-000012", status="confirmed", order_date=D(2026, 11, 26),
                  expected_date=D(2026, 12, 1), buyer=BUYER, supplier=SUPPLIER,
                  delivery=WAREHOUSE, delivery_opening_days="mon,tue,wed,thu,fri",
                  lines=tuple(lines), notes="Livraison sur palette, prévenir 24 h avant.")
    fields.update(changes)
    return PurchaseOrderDocument(**fields)


# --- the figures, before anything is drawn ----------------------------------------------

def test_vat_is_computed_once_per_rate_on_its_base_and_rounded_half_up():
    lines = [line(1, 3, "0.35"), line(2, 1, "0.35"),  # 1.40 at 20 % -> 0.28
             line(3, 7, "1.15", "5.5"), line(4, 1, "0.05", "5.5")]  # 8.10 at 5.5 % -> 0.4455
    totals = po_totals(lines)
    assert totals.excluding_vat == Decimal("9.50")
    assert [(v.rate, v.base, v.vat) for v in totals.vat] == [
        (Decimal("20"), Decimal("1.40"), Decimal("0.28")),
        (Decimal("5.5"), Decimal("8.10"), Decimal("0.45"))]
    assert totals.including_vat == Decimal("10.23")
    assert totals.units == 12
    assert all(isinstance(x, Decimal) for x in (totals.excluding_vat, totals.including_vat))


def test_a_line_total_is_quantity_times_unit_cost_to_the_cent():
    assert line(1, 12, "1.99").total == Decimal("23.88")
    assert line(1, 1000, "1234.56").total == Decimal("1234560.00")


def test_the_cells_of_the_lines_in_english_and_in_french():
    doc = document([line(1, 1200, "1234.5", pack=12),
                    line(2, 2, "3.10", expected=D(2026, 12, 4))])
    assert line_rows(doc, "en") == [
        ["REF-0001", "3760201100001", "Item 1", "1,200", "12", "€1,234.50", "€1,481,400.00"],
        ["REF-0002", "3760201100002", "Item 2\nexpected December 4, 2026", "2", "1", "€3.10",
         "€6.20"]]
    french = [[plain(cell) for cell in row] for row in line_rows(doc, "fr")]
    assert french[0] == ["REF-0001", "3760201100001", "Item 1", "1 200", "12", "1 234,50 €",
                         "1 481 400,00 €"]
    assert french[1][2] == "Item 2\nlivraison prévue le 4 décembre 2026"


def test_a_line_due_on_the_pos_own_date_says_nothing_more():
    doc = document([line(1, expected=D(2026, 12, 1))])
    assert line_rows(doc, "en")[0][2] == "Item 1"


def test_the_totals_rows_name_each_vat_rate_and_its_base():
    totals = po_totals([line(1, 10, "10.00"), line(2, 4, "2.50", "5.5")])
    assert totals_rows(totals, "en") == [
        ("Total excluding VAT", "€110.00", False), ("VAT 20% on €100.00", "€20.00", False),
        ("VAT 5.5% on €10.00", "€0.55", False), ("Total including VAT", "€130.55", True)]
    assert [(plain(a), plain(b), bold) for a, b, bold in totals_rows(totals, "fr")] == [
        ("Total HT", "110,00 €", False), ("TVA 20 % sur 100,00 €", "20,00 €", False),
        ("TVA 5,5 % sur 10,00 €", "0,55 €", False), ("Total TTC", "130,55 €", True)]


def test_the_columns_fill_the_width_of_the_page_and_leave_the_description_the_rest():
    widths = column_widths(500)
    assert sum(widths) == pytest.approx(500)
    assert widths[2] == max(widths)


def test_the_lines_table_repeats_its_header_and_right_aligns_the_numbers():
    from oms_desktop.documents import pdf_components as pc

    table = pc.line_table(["a", "b", "c"], [["x", "y", "1"]] * 3, [100, 100, 50], [2], [1])
    assert table.repeatRows == 1
    commands = pc.line_table_style([2], 4)
    assert ("ALIGN", (2, 0), (2, -1), "RIGHT") in commands
    assert any(c[0] == "ROWBACKGROUNDS" for c in commands)


# --- the PDF ------------------------------------------------------------------------------

def test_the_english_pdf_shows_the_parties_dates_lines_and_totals():
    pdf = render(document([line(1, 3, "12.90"), line(2, 2, "4.00", "5.5")]), "en")
    [page] = text_of(pdf)
    for expected in ("Purchase order", "PO-000012", "Maison & Cuisine SAS", "VAT no. FR76814672531",
                     "Coutellerie Thiernoise – Société Générale d'Équipement",
                     "commandes@cuisinox.example", "Entrepôt Orléans", "12 rue de la Logistique",
                     "Open Monday to Friday", "November 26, 2026", "December 1, 2026",
                     "REF-0001", "3760201100001", "Item 2", "€12.90", "€38.70",
                     "Total excluding VAT", "€46.70", "VAT 20% on €38.70", "€7.74",
                     "VAT 5.5% on €8.00", "€0.44", "Total including VAT", "€54.88",
                     "2 lines, 5 units", "Livraison sur palette, prévenir 24 h avant.",
                     "page 1 of 1"):
        assert expected in page, expected


def test_the_french_pdf_writes_dates_and_money_the_french_way():
    pdf = render(document([line(1, 1000, "1234.56")], order_date=D(2026, 12, 1)), "fr")
    [page] = text_of(pdf)
    for expected in ("Bon de commande", "N° TVA FR76814672531", "Date de commande",
                     "1er décembre 2026", "Ouvert du lundi au vendredi", "1 234,56 €",
                     "1 234 560,00 €", "Total HT", "TVA 20 % sur 1 234 560,00 €",
                     "246 912,00 €",
                     "Total TTC", "1 481 472,00 €", "Remarques".upper(), "page 1 sur 1"):
        assert expected in page, expected


def test_accents_and_the_euro_sign_survive_in_embedded_fonts():
    name = "Cocotte fonte émaillée « Pro » – crème brûlée"
    pdf = render(document([line(1, description=name)],
                          notes="Acompte versé : 150 € ; Œuvre, naïve, Ça, ÿ"), "fr")
    [page] = text_of(pdf)
    assert "Cocotte fonte émaillée « Pro » – crème brûlée" in page
    assert "Acompte versé : 150 € ; Œuvre, naïve, Ça, ÿ" in page
    fonts = [font.get_object() for font in
             PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()]
    assert {str(font["/BaseFont"]).split("+")[-1] for font in fonts} == {
        "DejaVuSans", "DejaVuSans-Bold"}  # no Helvetica, which a PC may lack
    assert all("/FontFile2" in font["/FontDescriptor"].get_object() for font in fonts)


def test_a_draft_says_so_and_a_cancelled_po_says_not_to_deliver():
    assert "DRAFT" in text_of(render(document([line(1)], status="draft"), "en"))[0]
    assert "ANNULÉ – ne pas livrer" in text_of(render(document([line(1)], status="cancelled"),
                                                      "fr"))[0]


def test_a4_and_letter_pages_have_their_own_size():
    doc = document([line(n) for n in range(60)])
    a4 = PdfReader(io.BytesIO(render(doc, "en", "A4")))
    letter = PdfReader(io.BytesIO(render(doc, "en", "letter")))
    assert [round(float(x)) for x in a4.pages[0].mediabox[2:]] == [595, 842]
    assert [round(float(x)) for x in letter.pages[0].mediabox[2:]] == [612, 792]


def test_an_unknown_paper_or_language_is_refused():
    with pytest.raises(InvalidInput) as paper:
        render(document([line(1)]), "en", "A5")
    assert paper.value.field == "paper"
    with pytest.raises(InvalidInput) as language:
        render(document([line(1)]), "de")
    assert language.value.field == "language"


def test_the_logo_is_drawn_when_the_file_exists_and_left_out_when_it_does_not(tmp_path):
    from PIL import Image

    path = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (68, 80, 106)).save(path)

    def images(pdf: bytes) -> int:
        resources = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
        return len(resources.get("/XObject", {}))

    with_logo = BUYER.__class__(**{**BUYER.__dict__, "logo": str(path)})
    assert images(render(document([line(1)], buyer=with_logo), "en")) == 1
    broken = BUYER.__class__(**{**BUYER.__dict__, "logo": str(tmp_path / "missing.png")})
    assert images(render(document([line(1)], buyer=broken), "en")) == 0


def test_500_lines_run_over_pages_with_headers_and_numbers_and_add_up(capsys):
    lines = [line(n, qty=1 + n % 24, cost=f"{(1490 + 37 * n) / 100:.2f}",
                  rate="5.5" if n % 5 == 0 else "20",
                  description=f"Casserole Chef inox triple fond {14 + n % 4 * 2} cm"
                              + (" avec couvercle en verre trempé" if n % 7 == 0 else ""))
             for n in range(500)]
    started = time.perf_counter()
    pdf = render(document(lines), "en")
    seconds = time.perf_counter() - started
    pages = text_of(pdf)
    count = len(pages)
    with capsys.disabled():
        print(f"\n500-line PO (documents only): {seconds:.2f} s, {count} pages, "
              f"{len(pdf) // 1024} KiB")
    assert 8 <= count <= 25
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {count}" in page
        assert "Supplier ref." in page and "Unit cost" in page  # the header, repeated
    everything = "\n".join(pages)
    for n in range(500):  # no line lost or printed twice at a page break
        assert everything.count(f"REF-{n:04d}") == 1, n
    totals = po_totals(lines)
    expected_excl = sum((Decimal(f"{(1490 + 37 * n) / 100:.2f}") * (1 + n % 24)
                         for n in range(500)), Decimal(0))
    assert totals.excluding_vat == expected_excl
    last = pages[-1]
    assert f"Total excluding VAT {format_money(totals.excluding_vat, 'en')}" in last
    assert f"Total including VAT {format_money(totals.including_vat, 'en')}" in last
    assert "500 lines" in last
    assert "Total including VAT" not in "\n".join(pages[:-1])  # the totals come once, at the end
