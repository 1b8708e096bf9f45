"""What every PDF of the app is made of: the embedded Unicode fonts, the paper, the styles,
the blocks and tables, and the page decorations ("page X of Y" by a two-pass canvas).

ReportLab is imported inside the functions, so that the services can import the document
records without loading it; it is only paid for when a PDF is drawn.
"""

from __future__ import annotations

import functools
import importlib.resources
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..domain.errors import InvalidInput

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAPER_SIZES = ("A4", "Letter")
MARGIN_MM = 16
_FRAME_PADDING = 6  # points, platypus' default frame padding

INK = "#1f2430"
MUTED = "#5b6577"
ACCENT = "#44506a"  # the app's icon colour
RULE = "#c9d0db"
TINT = "#f2f4f7"  # light background of boxes and alternate rows


@dataclass(frozen=True)
class Party:
    """A company, supplier, shop or customer as printed: a name and the lines under it."""

    name: str
    address: str = ""  # several lines
    phone: str = ""
    email: str = ""

    def lines(self) -> list[str]:
        out = [line.strip() for line in self.address.splitlines() if line.strip()]
        return out + [x for x in (self.phone, self.email) if x]


@dataclass(frozen=True)
class Company:
    """The retailer as it signs its documents (the `company` setting)."""

    name: str
    trade_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    vat_number: str = ""
    registration: str = ""  # SIREN in France
    logo: str | None = None  # path of an image that exists, or None

    @property
    def display_name(self) -> str:
        return self.trade_name or self.name

    def party(self) -> Party:
        return Party(self.name, self.address, self.phone, self.email)

    def legal_line(self, vat_label: str, registration_label: str) -> str:
        """'Maison & Cuisine SAS · SIREN 814672531 · VAT no. FR76814672531'."""
        parts = [self.name]
        if self.registration:
            parts.append(f"{registration_label} {self.registration}")
        if self.vat_number:
            parts.append(f"{vat_label} {self.vat_number}")
        return " · ".join(parts)


def paper(name: str) -> tuple[float, float]:
    """'A4' or 'Letter' (any case) -> (width, height) in points."""
    from reportlab.lib.pagesizes import A4, LETTER

    sizes = {"a4": A4, "letter": LETTER}
    try:
        return sizes[str(name).strip().lower()]
    except KeyError:
        raise InvalidInput("paper", "'{paper}' is not one of {known}",
                           paper=name, known=", ".join(PAPER_SIZES)) from None


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Registers DejaVu Sans (regular and bold, shipped in resources/fonts with its licence)
    once per process; embedded subsets make accents and € print on any machine."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = importlib.resources.files("oms_desktop.resources").joinpath("fonts")
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        with importlib.resources.as_file(folder.joinpath(filename)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> in a paragraph picks the bold face
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT, FONT_BOLD


@functools.cache
def styles() -> dict:
    """The paragraph styles of every document, by name."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    ink, muted, accent = HexColor(INK), HexColor(MUTED), HexColor(ACCENT)
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=ink,
                          alignment=TA_LEFT)

    def style(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "company": style("company", fontName=FONT_BOLD, fontSize=13, leading=16),
        "title": style("title", fontName=FONT_BOLD, fontSize=16, leading=20,
                       textColor=accent, alignment=TA_RIGHT),
        "subtitle": style("subtitle", fontSize=10, leading=13, alignment=TA_RIGHT),
        "label": style("label", fontName=FONT_BOLD, fontSize=7, leading=9,
                       textColor=muted),
        "name": style("name", fontName=FONT_BOLD, fontSize=10, leading=13),
        "small": style("small", fontSize=8, leading=10.5),
        "muted": style("muted", fontSize=7.5, leading=9.5, textColor=muted),
        "cell": style("cell", fontSize=8, leading=10),
        "cell_bold": style("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=10),
        "cell_right": style("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT),
        "cell_bold_right": style("cell_bold_right", fontName=FONT_BOLD, fontSize=8, leading=10,
                                 alignment=TA_RIGHT),
        "head": style("head", fontName=FONT_BOLD, fontSize=7.5, leading=9,
                      textColor=HexColor("#ffffff")),
        "head_right": style("head_right", fontName=FONT_BOLD, fontSize=7.5, leading=9,
                            textColor=HexColor("#ffffff"), alignment=TA_RIGHT),
        "banner": style("banner", fontName=FONT_BOLD, fontSize=11, leading=15,
                        textColor=accent),
        "info_label": style("info_label", fontSize=8.5, leading=11, textColor=muted,
                            alignment=TA_RIGHT),
        "info_value": style("info_value", fontName=FONT_BOLD, fontSize=8.5, leading=11,
                            alignment=TA_RIGHT),
    }


# "24 cm", "1,5 L", "300 g": a number and its unit never end up on two lines.
_NUMBER_AND_UNIT = re.compile(r"(?<=\d) (?=(?:mm|cm|m|cl|ml|L|l|g|kg|%|€)(?![\w]))")


def keep_units_together(text: str) -> str:
    return _NUMBER_AND_UNIT.sub("\u00a0", text)


def paragraph(text: str, style: str = "body"):
    """A paragraph of plain text: escaped (a name may hold "&" or "<"), newlines kept."""
    from reportlab.platypus import Paragraph

    body = escape(keep_units_together(text)).replace("\n", "<br/>")
    return Paragraph(body, styles()[style])


def party_block(label: str, party: Party, extra: Sequence[str] = ()) -> list:
    """A small caps label, the name in bold, then its lines."""
    flowables = [paragraph(label.upper(), "label"), paragraph(party.name, "name")]
    lines = [*party.lines(), *extra]
    if lines:
        flowables.append(paragraph("\n".join(lines), "small"))
    return flowables


def _plain_font() -> list[tuple]:
    """Tables write plain-string cells (even empty ones) in Helvetica unless told: every
    table names our font, so that no unembedded font is ever referenced."""
    return [("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8)]


def side_by_side(left: list, right: list, width: float, boxed: bool = True):
    """Two blocks of flowables next to each other, each in a light box."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    gap = 8
    table = Table([[left, "", right]], colWidths=[(width - gap) / 2, gap, (width - gap) / 2])
    commands = [*_plain_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (1, 0), (1, 0), 0), ("RIGHTPADDING", (1, 0), (1, 0), 0)]
    if boxed:
        commands += [("BACKGROUND", (0, 0), (0, 0), HexColor(TINT)),
                     ("BACKGROUND", (2, 0), (2, 0), HexColor(TINT))]
    table.setStyle(TableStyle(commands))
    return table


def info_table(rows: Sequence[tuple[str, str]], width: float):
    """Label: value pairs, right-aligned (document number, dates)."""
    from reportlab.platypus import Table, TableStyle

    data = [[paragraph(label, "info_label"), paragraph(value, "info_value")]
            for label, value in rows]
    table = Table(data, colWidths=[width * 0.55, width * 0.45])
    table.setStyle(TableStyle([*_plain_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (1, 0), (1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def header(left: list, right: list, width: float):
    """The top of the first page: who sends the document (left), what it is (right)."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([*_plain_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def logo(path: str, max_width: float, max_height: float):
    """The company's logo scaled to fit, or None when the file is missing or unreadable
    (a broken logo must not stop a PO from printing)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(path).getSize()
    except Exception:  # noqa: BLE001 - any unreadable image: print without it
        return None
    scale = min(max_width / width, max_height / height, 1.0)
    image = Image(path, width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def line_table_style(columns_right: Sequence[int], rows: int) -> list[tuple]:
    """The style of a table of lines: a dark header row, light stripes, numbers right.
    Commands as data, so that tests can read them."""
    from reportlab.lib.colors import HexColor

    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(ACCENT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *_plain_font(),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, HexColor(ACCENT)),
    ]
    if rows > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, HexColor(TINT)]))
    for column in columns_right:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    return commands


def line_table(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               columns_right: Sequence[int], wrap: Sequence[int] = ()):
    """A table of lines that continues across pages with its header repeated. Cells of the
    `wrap` columns become paragraphs (they may run on several lines); the others stay
    plain strings, which draws a 500-line table several times faster."""
    from reportlab.platypus import Table, TableStyle

    head_cells = [paragraph(text, "head_right" if i in columns_right else "head")
                  for i, text in enumerate(head)]
    body = [[paragraph(cell, "cell") if i in wrap else cell for i, cell in enumerate(row)]
            for row in rows]
    table = Table([head_cells, *body], colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle(line_table_style(columns_right, len(body) + 1)))
    return table


def totals_table(rows: Sequence[tuple[str, str, bool]], width: float):
    """Label and amount rows, right-aligned; rows flagged True are the bold grand total."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    data = [[paragraph(label, "cell_bold" if bold else "cell"),
             paragraph(amount, "cell_bold_right" if bold else "cell_right")]
            for label, amount, bold in rows]
    table = Table(data, colWidths=[width * 0.62, width * 0.38], hAlign="RIGHT")
    commands = [*_plain_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for index, (_, _, bold) in enumerate(rows):
        if bold:
            commands += [("LINEABOVE", (0, index), (-1, index), 0.8, HexColor(ACCENT)),
                         ("BACKGROUND", (0, index), (-1, index), HexColor(TINT)),
                         ("TOPPADDING", (0, index), (-1, index), 4),
                         ("BOTTOMPADDING", (0, index), (-1, index), 4)]
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class PageDecoration:
    """What is drawn around the story of every page: a running head on later pages, a
    footer line, and "page X of Y" (known only at the end: see `numbered_canvas`).
    `on_first_page` and `on_later_pages` are the platypus onFirstPage / onLaterPages."""

    running_head: str  # e.g. "Maison & Cuisine SAS · Purchase order PO-000012"
    footer: str  # legal line of the company
    page_label: Callable[[int, int], str]  # (page, pages) -> "page 1 of 3"

    def on_first_page(self, canvas, doc) -> None:
        self._footer(canvas, doc)

    def on_later_pages(self, canvas, doc) -> None:
        from reportlab.lib.colors import HexColor

        canvas.saveState()
        width, height = doc.pagesize
        left, right = _content_edges(width)
        top = height - doc.topMargin + 8
        canvas.setFont(FONT, 8)
        canvas.setFillColor(HexColor(MUTED))
        canvas.drawString(left, top, self.running_head)
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 4, right, top - 4)
        canvas.restoreState()
        self._footer(canvas, doc)

    def _footer(self, canvas, doc) -> None:
        from reportlab.lib.colors import HexColor

        canvas.saveState()
        left, right = _content_edges(doc.pagesize[0])
        y = _footer_baseline()
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 10, right, y + 10)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(HexColor(MUTED))
        canvas.drawString(left, y, self.footer)
        canvas.restoreState()

    def draw_page_number(self, canvas, page: int, pages: int) -> None:
        """Called by the numbered canvas once the number of pages is known."""
        from reportlab.lib.colors import HexColor

        _, right = _content_edges(canvas._pagesize[0])
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(HexColor(MUTED))
        canvas.drawRightString(right, _footer_baseline(),
                               self.page_label(page, pages))
        canvas.restoreState()


def _content_edges(page_width: float) -> tuple[float, float]:
    from reportlab.lib.units import mm

    return MARGIN_MM * mm, page_width - MARGIN_MM * mm


def _footer_baseline() -> float:
    from reportlab.lib.units import mm

    return MARGIN_MM * mm - 6


@functools.cache
def _numbered_canvas_class():
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        """The two-pass canvas: pages are kept until the end, then each is finished with
        "page X of Y" once Y is known."""

        def __init__(self, *args, decoration: PageDecoration, **kwargs):
            super().__init__(*args, **kwargs)
            self._decoration = decoration
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decoration.draw_page_number(self, number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def numbered_canvas(decoration: PageDecoration):
    """The canvasmaker to pass to `build`: a canvas that writes "page X of Y"."""
    return functools.partial(_numbered_canvas_class(), decoration=decoration)


def frame_width(paper_name: str) -> float:
    from reportlab.lib.units import mm

    return paper(paper_name)[0] - 2 * MARGIN_MM * mm


def build_pdf(story: list, paper_name: str, decoration: PageDecoration, *, title: str,
              author: str, subject: str = "", lang: str = "en") -> bytes:
    """Lays the story out on pages of `paper_name` and returns the PDF's bytes."""
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    buffer = io.BytesIO()
    # The frame pads its content by 6 points: the margins are set so that the content (and
    # `frame_width`) starts exactly at MARGIN_MM, where the page decorations are drawn.
    margin = MARGIN_MM * mm - _FRAME_PADDING
    doc = SimpleDocTemplate(buffer, pagesize=paper(paper_name), leftMargin=margin,
                            rightMargin=margin, topMargin=margin + 12, bottomMargin=margin + 18,
                            title=title, author=author, subject=subject, creator="oms_desktop",
                            lang=lang, initialFontName=FONT, initialFontSize=9)
    doc.build(story, onFirstPage=decoration.on_first_page,
              onLaterPages=decoration.on_later_pages, canvasmaker=numbered_canvas(decoration))
    return buffer.getvalue()
