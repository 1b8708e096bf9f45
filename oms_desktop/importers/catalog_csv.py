"""Reading a supplier's catalog (CSV) into offer records and a per-row error report.

Suppliers send what their software exports: UTF-8 with or without a BOM, or Windows-1252
from older Excel; commas, semicolons or tabs; decimal points or commas; English or French
headers in any order. `read_catalog` accepts all of those, checks every row and reports
each bad field with its physical line number, so the retailer can fix the file in one go.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import BinaryIO, TextIO

from ..domain.errors import InvalidInput
from ..domain.values import MAX_QUANTITY, check_code, normalize_ean, parse_money, \
    parse_vat_rate

UTF8_BOM, UTF8, WINDOWS_1252 = "utf-8-sig", "utf-8", "windows-1252"
DELIMITERS = (";", "\t", ",")  # on a tie the first wins: ';' is the French Excel default
_CHUNK = 1 << 20
MAX_REF_LENGTH = 100
MAX_DESCRIPTION_LENGTH = 255
MAX_LEAD_DAYS = 365

SYNONYMS: dict[str, tuple[str, ...]] = {
    "supplier_ref": ("supplier_ref", "ref", "reference", "référence", "supplier ref",
                     "supplier reference", "vendor ref", "réf fournisseur", "ref_fournisseur",
                     "référence fournisseur", "code article", "ref article",
                     "référence article", "item code"),
    "sku": ("sku", "our sku"),
    "ean": ("ean", "ean13", "ean 13", "ean8", "gencod", "gencode", "code barre",
            "code barres", "code à barres", "barcode", "gtin"),
    "description": ("description", "name", "product name", "designation", "désignation",
                    "libellé", "libellé article", "nom"),
    "cost": ("cost", "unit cost", "price cost", "cost price", "purchase price", "prix achat",
             "prix d'achat", "prix achat ht", "prix d'achat ht", "coût", "pa ht", "pa"),
    "pack": ("pack", "pack size", "colisage", "conditionnement", "pcb"),
    "moq": ("moq", "min qty", "minimum qty", "min order qty", "minimum order quantity",
            "quantité minimum", "quantité minimale", "qté min", "qté minimum"),
    "lead_days": ("lead_days", "lead days", "lead time", "délai", "délai livraison",
                  "délai de livraison"),
    "available": ("available", "availability", "disponible", "disponibilité", "dispo"),
    "price": ("price", "retail price", "rrp", "msrp", "prix de vente", "prix de vente ttc",
              "pv ttc", "pvc", "prix public"),
    "vat": ("vat", "vat rate", "tva", "taux tva", "taux de tva"),
}
REQUIRED = ("supplier_ref", "description", "cost")
ONE_OF = ("sku", "ean")
_YES = frozenset({"yes", "y", "true", "1", "oui", "o"})
_NO = frozenset({"no", "n", "false", "0", "non"})


@dataclass(frozen=True)
class OfferRecord:
    line: int
    supplier_ref: str
    sku: str | None
    ean: str | None
    description: str
    cost_cents: int
    pack_size: int = 1
    min_order_qty: int = 1
    lead_days: int | None = None
    retail_price_cents: int | None = None
    vat_bp: int | None = None
    available: bool = True


@dataclass(frozen=True)
class RowError:
    """One bad field: `column` is the header as written in the file ("row" for the row)."""

    line: int
    column: str
    value: str
    message: str


@dataclass(frozen=True)
class CatalogFile:
    records: list[OfferRecord]
    errors: list[RowError]
    encoding: str
    delimiter: str
    rows_read: int
    columns: dict[str, str]  # field name -> its header in the file, for reporting


def read_catalog(path: str | os.PathLike) -> CatalogFile:
    """Every valid row of the file as an OfferRecord, and every bad field as a RowError.

    Raises InvalidInput("file", ...) when the file as a whole cannot be read: empty, not
    text, not CSV, or a required column missing."""
    path = Path(path)
    encoding = detect_encoding(path)
    try:
        with path.open(encoding=encoding, newline="") as stream:
            return _read_stream(_CountedLines(stream), encoding)
    except UnicodeDecodeError:
        raise InvalidInput("file", f"{path.name} is neither UTF-8 nor Windows-1252 text; "
                                   f"save it as CSV UTF-8") from None
    except csv.Error as exc:
        raise InvalidInput("file", f"{path.name} is not a readable CSV file ({exc})") from None


# --- the file as a whole -------------------------------------------------------------------

def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when every byte decodes strictly, else Windows-1252.

    Scans the file in chunks so that a large catalog is never held in memory."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InvalidInput("file", f"cannot open {path}: {exc.strerror}") from None
    with raw:
        head = raw.read(_CHUNK)
        _refuse_non_text(path, head)
        has_bom = head.startswith(codecs.BOM_UTF8)
        if _is_utf8(head, raw):
            return UTF8_BOM if has_bom else UTF8
    if has_bom:
        raise InvalidInput("file", f"{path.name} starts as UTF-8 but holds invalid UTF-8 bytes")
    return WINDOWS_1252


def _is_utf8(head: bytes, raw: BinaryIO) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    chunk = head
    try:
        while chunk:
            # Pure ASCII needs no decoding (the common case) unless a character is split
            # across the previous chunk's end.
            if not chunk.isascii() or decoder.getstate()[0]:
                decoder.decode(chunk)
            chunk = raw.read(_CHUNK)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _refuse_non_text(path: Path, head: bytes) -> None:
    if not head.strip(codecs.BOM_UTF8 + b" \t\r\n"):
        raise InvalidInput("file", f"{path.name} is empty")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InvalidInput("file", f"{path.name} is UTF-16 text; save it as CSV UTF-8")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InvalidInput("file", f"{path.name} is a spreadsheet or an archive, not CSV; "
                                   f"save it as CSV UTF-8")
    if b"\x00" in head:
        raise InvalidInput("file", f"{path.name} is not a text file")


class _CountedLines:
    """The file's lines, counting them, so that each row knows where it starts even when a
    quoted field spans several lines."""

    def __init__(self, stream: TextIO):
        self._stream = stream
        self.count = 0

    def __iter__(self) -> _CountedLines:
        return self

    def __next__(self) -> str:
        line = next(self._stream)
        self.count += 1
        return line


def _read_stream(lines: _CountedLines, encoding: str) -> CatalogFile:
    header_line, delimiter = _header_line(lines)
    header = next(csv.reader([header_line], delimiter=delimiter))
    columns = map_columns(header)
    records, errors, rows_read = _read_rows(lines, delimiter, header, columns)
    headers = {name: header[index] for name, index in columns.items()}
    return CatalogFile(records, errors, encoding, delimiter, rows_read, headers)


def _header_line(lines: _CountedLines) -> tuple[str, str]:
    """The first non-blank line and the delimiter; honours Excel's 'sep=;' first line."""
    delimiter = None
    for line in lines:
        text = line.strip("\r\n")
        if not text.strip():
            continue
        if delimiter is None and text.lower().startswith("sep=") and len(text) == 5:
            delimiter = text[4]
            continue
        return text, delimiter or detect_delimiter(text)
    raise InvalidInput("file", "the file has no header line")


def detect_delimiter(header_line: str) -> str:
    """The delimiter that splits the header into the most columns."""
    counts = {d: len(next(csv.reader([header_line], delimiter=d))) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if counts[best] < 2:
        raise InvalidInput("file", "not a CSV file: the first line has no comma, semicolon "
                                   "or tab between column names")
    return best


# --- columns --------------------------------------------------------------------------------

def normalize_header(text: str) -> str:
    """'Prix d’Achat (€)' -> 'prix d achat': no case, accents, units or punctuation."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)  # units such as "(€)" or "[EUR]"
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


_FIELD_BY_HEADER = {normalize_header(s): name for name, synonyms in SYNONYMS.items()
                    for s in synonyms}


def map_columns(header: list[str]) -> dict[str, int]:
    """Field name -> column index; refuses a file without the columns an offer needs."""
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        name = _FIELD_BY_HEADER.get(normalize_header(title))
        if name is None:
            continue  # extra columns (a supplier's own notes) are ignored
        if name in columns:
            raise InvalidInput("file", f"columns '{header[columns[name]]}' and '{title}' "
                                       f"both mean {name}; keep one")
        columns[name] = index
    _require_columns(columns, header)
    return columns


def _require_columns(columns: dict[str, int], header: list[str]) -> None:
    missing = [name for name in REQUIRED if name not in columns]
    if not any(name in columns for name in ONE_OF):
        missing.append(" or ".join(ONE_OF))
    if missing:
        found = ", ".join(f"'{title}'" for title in header)
        raise InvalidInput("file", f"missing column {', '.join(missing)} "
                                   f"(headers found: {found})")


# --- rows -----------------------------------------------------------------------------------

def _read_rows(lines: _CountedLines, delimiter: str, header: list[str],
               columns: dict[str, int]) -> tuple[list[OfferRecord], list[RowError], int]:
    records: list[OfferRecord] = []
    errors: list[RowError] = []
    first_line_of_ref: dict[str, int] = {}
    rows_read = 0
    for line, cells in _numbered_rows(lines, delimiter):
        rows_read += 1
        if len(cells) != len(header):
            errors.append(RowError(line, "row", delimiter.join(cells)[:80],
                                   f"has {len(cells)} columns, the header has {len(header)}"))
            continue
        record, row_errors = _parse_row(line, cells, columns, header)
        row_errors += _duplicate_ref(line, cells, columns, header, first_line_of_ref)
        errors += row_errors
        if record is not None and not row_errors:
            records.append(record)
    return records, errors, rows_read


def _numbered_rows(lines: _CountedLines, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, cells) for each non-blank row after the header."""
    previous_end = lines.count
    for cells in csv.reader(lines, delimiter=delimiter):
        start, previous_end = previous_end + 1, lines.count
        if any(cell.strip() for cell in cells):  # skips blank lines and Excel's ';;;;'
            yield start, cells


def _duplicate_ref(line: int, cells: list[str], columns: dict[str, int], header: list[str],
                   first_line_of_ref: dict[str, int]) -> list[RowError]:
    index = columns["supplier_ref"]
    ref = " ".join(cells[index].split())  # as _required_text keeps it
    if not ref:
        return []
    first = first_line_of_ref.setdefault(ref, line)
    if first == line:
        return []
    return [RowError(line, header[index], cells[index],
                     f"duplicate supplier reference (first on line {first})")]


def _parse_row(line: int, cells: list[str], columns: dict[str, int],
              header: list[str]) -> tuple[OfferRecord | None, list[RowError]]:
    """The record of one row, or the errors of its bad fields (one per field)."""
    values: dict[str, object] = {}
    errors: list[RowError] = []
    for name, parse in _PARSERS.items():
        text = cells[columns[name]] if name in columns else ""
        try:
            values[name] = parse(text)
        except InvalidInput as exc:
            errors.append(RowError(line, header[columns[name]], text, exc.message))
    present = [name for name in ONE_OF if name in columns]
    if not any(cells[columns[name]].strip() for name in present):
        titles = "/".join(header[columns[name]] for name in present)
        errors.append(RowError(line, titles, "", "needs a SKU or an EAN"))
    if errors:
        return None, errors
    return _record(line, values), []


def _record(line: int, values: dict[str, object]) -> OfferRecord:
    return OfferRecord(
        line=line, supplier_ref=values["supplier_ref"], sku=values["sku"], ean=values["ean"],
        description=values["description"], cost_cents=values["cost"],
        pack_size=values["pack"], min_order_qty=values["moq"], lead_days=values["lead_days"],
        retail_price_cents=values["price"], vat_bp=values["vat"],
        available=values["available"])


# --- fields: each parser takes the cell's text and returns the value or raises InvalidInput --

def parse_whole_number(text: str | int, field: str, minimum: int,
                       maximum: int | None = None) -> int:
    """'6', '6.0' or '6,0' -> 6 within [minimum, maximum]; spreadsheets write either."""
    try:
        number = Decimal(str(text).strip().replace(",", ".").replace(" ", "")
                         .replace("\u00a0", ""))
    except InvalidOperation:
        raise InvalidInput(field, f"'{text}' is not a whole number") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise InvalidInput(field, f"'{text}' is not a whole number")
    value = int(number)
    if value < minimum or (maximum is not None and value > maximum):
        bounds = f"at least {minimum}" if maximum is None else \
            f"between {minimum} and {maximum}"
        raise InvalidInput(field, f"must be {bounds} (got {value})")
    return value


def parse_count(text: str | int, field: str) -> int:
    """Packs and minimum quantities: at least 1, and not a typo's million."""
    value = parse_whole_number(text, field, 1)
    if value > MAX_QUANTITY:
        raise InvalidInput(field, f"must be at most {MAX_QUANTITY} (got {value})")
    return value


def parse_yes_no(text: str | bool, field: str = "available") -> bool:
    if isinstance(text, bool):
        return text
    word = str(text).strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidInput(field, f"'{text}' is not yes or no")


def parse_ean(text: str | None, field: str = "ean") -> str | None:
    """Like normalize_ean, but a 12-digit UPC-A becomes its EAN-13 (a leading 0): Excel
    drops that zero when it takes an EAN for a number."""
    ean = (text or "").strip().replace(" ", "")
    if len(ean) == 12 and ean.isdigit():
        ean = "0" + ean
    return normalize_ean(ean or None, field)


def _required_text(what: str, max_length: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = " ".join(text.split())  # a quoted newline or double space is not meant
        if not value:
            raise InvalidInput(what, f"missing {what}")
        if len(value) > max_length:
            raise InvalidInput(what, f"{what} is longer than {max_length} characters")
        return value
    return parse


def _cost(text: str) -> int:
    if not text.strip():
        raise InvalidInput("cost", "missing cost")
    return parse_money(text, "cost")


def _optional(parse: Callable[[str], object], default: object = None) -> Callable[[str], object]:
    return lambda text: parse(text) if text.strip() else default


_PARSERS: dict[str, Callable[[str], object]] = {
    "supplier_ref": _required_text("supplier reference", MAX_REF_LENGTH),
    "sku": _optional(lambda text: check_code(text, "sku")),
    "ean": parse_ean,
    "description": _required_text("description", MAX_DESCRIPTION_LENGTH),
    "cost": _cost,
    "pack": _optional(lambda text: parse_count(text, "pack"), 1),
    "moq": _optional(lambda text: parse_count(text, "moq"), 1),
    "lead_days": _optional(lambda text: parse_whole_number(text, "lead days", 0,
                                                           MAX_LEAD_DAYS)),
    "available": _optional(parse_yes_no, True),
    "price": _optional(lambda text: parse_money(text, "price")),
    "vat": _optional(lambda text: parse_vat_rate(text, "vat")),
}
