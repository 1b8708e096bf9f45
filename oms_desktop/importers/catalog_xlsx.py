"""Reading a supplier's catalog from an Excel workbook (.xlsx), row by row.

openpyxl's read-only mode streams the sheet's XML, so a large workbook is never held in
memory; the rows are checked by the same RowParser as CSV files, so both refuse the same
rows for the same reasons. Line numbers are the sheet's row numbers, as Excel shows them.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path

from ..domain.errors import InvalidInput
from .catalog_csv import ReadRow, RowParser

XLSX_SUFFIXES = (".xlsx", ".xlsm")


def is_xlsx(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in XLSX_SUFFIXES


@contextlib.contextmanager
def open_xlsx_catalog(path: str | os.PathLike, mapping: Mapping[str, str] | None = None
                      ) -> Iterator[XlsxCatalogStream]:
    """The workbook's first sheet opened for reading row by row, like
    catalog_csv.open_catalog (progress counts rows instead of bytes)."""
    path = Path(path)
    book = _open_workbook(path)
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        line, header = _header(rows, path)
        parser = RowParser(header, mapping, delimiter=";")
        yield XlsxCatalogStream(parser, rows, line, sheet.max_row or 0)
    finally:
        book.close()


def read_xlsx_header(path: str | os.PathLike) -> list[str]:
    """The header cells of the workbook's first sheet, whatever they mean."""
    path = Path(path)
    book = _open_workbook(path)
    try:
        return _header(book.worksheets[0].iter_rows(values_only=True), path)[1]
    finally:
        book.close()


def _open_workbook(path: Path):
    from openpyxl import load_workbook  # heavy: imported only when a workbook comes
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise InvalidInput("file", "cannot open {path}: no such file", path=str(path)) from None
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise InvalidInput("file", "{file} is not a readable Excel workbook ({error})",
                           file=path.name, error=str(exc)) from None


class XlsxCatalogStream:
    encoding = "xlsx"
    delimiter = ""

    def __init__(self, parser: RowParser, rows: Iterator[tuple], header_line: int,
                 total: int):
        self.parser = parser
        self.header = parser.header
        self.columns = parser.titles
        self.rows_read = 0
        self.total = total
        self._rows, self._line = rows, header_line

    def done(self) -> int:
        return self._line

    def __iter__(self) -> Iterator[ReadRow]:
        parse = self.parser.parse
        width = self.parser.width
        for values in self._rows:
            self._line += 1
            cells = [cell_text(value) for value in values]
            if not any(cell.strip() for cell in cells):
                continue
            # Excel pads or trims rows to the sheet's used range: trailing blanks are no
            # extra columns.
            while len(cells) > width and not cells[-1].strip():
                cells.pop()
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            self.rows_read += 1
            ref, parsed, errors = parse(self._line, cells)
            yield self._line, ref, parsed, errors


def _header(rows: Iterator[tuple], path: Path) -> tuple[int, list[str]]:
    for line, values in enumerate(rows, 1):
        cells = [cell_text(value).strip() for value in values]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            return line, cells
    raise InvalidInput("file", "{file} has no header row", file=path.name)


def cell_text(value: object) -> str:
    """A cell as the text a CSV export would hold: 12.9 -> '12.9', 4006381333931.0 ->
    '4006381333931' (Excel keeps EANs and counts as floats), True -> 'yes'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)
