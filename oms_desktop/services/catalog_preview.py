"""Looking at a supplier's catalog file before importing it: how it is read (encoding,
separator, every header cell and the field each column holds) and what the first rows give.
Nothing is written.

Only a sample is read (the first 200 rows): a preview of a million-row file answers at once
and holds a few rows in memory. The whole file is checked by the import itself, which
reports every rejected row. When the columns cannot be told from the headers, the preview
still gives the header cells, so that the retailer can say which column holds what.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from pathlib import Path

from peewee import Database, chunked

from ..domain.errors import InvalidInput
from ..domain.values import cents_to_decimal, format_vat_rate
from ..importers.catalog_csv import CatalogFile, OfferRecord, RowError, read_csv_header
from ..importers.catalog_xlsx import is_xlsx, read_xlsx_header
from ..store.models import CatalogOfferRow
from .catalog import COMPARED, _changes, _link_to_products, _open_catalog
from .catalog_mappings import MappingFit, fit_mapping, guess_mapping, last_mapping
from .suppliers import supplier_row

__all__ = ["CatalogPreview", "PreviewRow", "RowError", "preview_catalog",
           "write_error_report", "SAMPLE_ROWS"]

SAMPLE_ROWS = 200
_HEAD_BYTES = 1 << 20  # enough lines to estimate the rows of a large file


@dataclass(frozen=True)
class PreviewRow:
    """One row as the import will read it."""

    line: int
    supplier_ref: str
    sku: str | None
    ean: str | None
    description: str
    cost: Decimal
    pack_size: int
    min_order_qty: int
    lead_days: int | None
    retail_price: Decimal | None
    vat: str | None
    available: bool


@dataclass(frozen=True)
class CatalogPreview:
    supplier: str
    file_name: str
    file_size: int  # bytes
    encoding: str  # utf-8, utf-8-sig (with BOM), windows-1252, or xlsx
    delimiter: str  # "" for a workbook
    header: list[str]  # every non-blank header cell, as written
    mapping_from: str  # "given" (by the caller), "last" (the last import's) or "guess"
    mapping_name: str | None  # the saved mapping the last import used, if any
    fit: MappingFit  # the columns as they read this file, and what is amiss
    ignored: list[str]  # header cells no field reads (a supplier's notes, ...)
    sample: int  # rows asked for
    rows_read: int  # rows checked: at most `sample`
    complete: bool  # the sample is the whole file
    estimated_rows: int | None  # rows in the whole file (exact when complete)
    rows: list[PreviewRow]  # the valid rows of the sample
    errors: list[RowError]  # every bad field of the sample's rejected rows, by line
    added: int  # what importing the sample's valid rows would do
    updated: int
    unchanged: int

    @property
    def columns(self) -> dict[str, str]:
        """Field -> the header cell holding it (the recognised columns)."""
        return self.fit.columns

    @property
    def can_import(self) -> bool:
        """The columns let an import read the file."""
        return self.fit.complete

    @property
    def valid(self) -> int:
        return self.added + self.updated + self.unchanged

    @property
    def rejected_rows(self) -> int:
        return len({error.line for error in self.errors})


def preview_catalog(db: Database, supplier_code: str, path: str | os.PathLike,
                    mapping: Mapping[str, str] | None = None,
                    sample: int = SAMPLE_ROWS) -> CatalogPreview:
    """Reads the first `sample` rows as `import_catalog` would and says what they give.

    `mapping` is {field: header}; without it, the columns of the supplier's last import
    when this file has all of them, else the columns guessed from the headers. A mapping
    that leaves a required field without a column is no error: the preview says so
    (`fit`) and shows the header cells to choose from. Raises InvalidInput("file", ...)
    when the file as a whole cannot be read (empty, not CSV or XLSX, not text)."""
    code = supplier_row(supplier_code).code
    last = last_mapping(db, code) if mapping is None else None
    name = last.name if last else None
    attempts = _attempts(mapping, last)
    for columns, source in attempts:
        with contextlib.ExitStack() as stack:
            try:
                stream = stack.enter_context(_open_catalog(path, columns))
            except InvalidInput:
                continue  # these columns do not read this file: try the next ones
            fit = fit_mapping(dict(stream.columns), stream.header)
            return _sampled(code, path, stream, fit, source, name if source == "last" else None,
                            sample)
    # No columns read the file: the header alone, for the retailer to map by hand.
    header, encoding, delimiter = read_header(path)
    if mapping is None:
        fit, source = fit_mapping(guess_mapping(header), header), "guess"
    else:
        fit, source = fit_mapping(mapping, header), "given"
    if fit.complete:  # e.g. two headers meaning one field: the first is taken
        with _open_catalog(path, fit.columns) as stream:
            return _sampled(code, path, stream, fit, source, None, sample)
    return CatalogPreview(code, Path(path).name, _size(path), encoding, delimiter,
                          _cells(header), source, None, fit, _ignored(header, fit), sample,
                          0, False, _estimate(path, encoding, None), [], [], 0, 0, 0)


def _attempts(mapping: Mapping[str, str] | None, last) -> list[tuple[dict | None, str]]:
    if mapping is not None:
        fit = fit_mapping(mapping, [str(title) for title in mapping.values()])
        return [(fit.columns, "given")] if fit.complete else []
    if last is not None and last.columns:
        return [(last.columns, "last"), (None, "guess")]
    return [(None, "guess")]


def _sampled(code: str, path: str | os.PathLike, stream, fit: MappingFit, source: str,
             name: str | None, sample: int) -> CatalogPreview:
    records: list[OfferRecord] = []
    errors: list[RowError] = []
    first_line: dict[str, int] = {}
    ref_title = stream.columns["supplier_ref"]
    rows = iter(stream)
    taken = 0
    for line, ref, values, row_errors in islice(rows, max(sample, 0)):
        taken += 1
        first = first_line.setdefault(ref, line) if ref else line
        if first != line:  # as the import refuses it, with every later copy
            row_errors = (row_errors or []) + [RowError.of(
                line, ref_title, ref, "duplicate supplier reference (first on line {first})",
                first=first)]
        if row_errors:
            errors += row_errors
        else:
            records.append(OfferRecord(line, *values))
    complete = next(rows, None) is None
    catalog = CatalogFile(records, errors, stream.encoding, stream.delimiter, taken,
                          dict(stream.columns))
    supplier = supplier_row(code)
    existing = _existing_offers(supplier, {record.supplier_ref for record in records})
    offers, conflicts = _link_to_products(catalog, existing)
    added, updated, unchanged = _changes(offers, existing)
    refused = {error.line for error in conflicts}
    header = list(stream.header)
    total = getattr(stream, "total", 0) if stream.encoding == "xlsx" else None
    return CatalogPreview(
        code, Path(path).name, _size(path), stream.encoding, stream.delimiter, _cells(header),
        source, name, fit, _ignored(header, fit), sample, taken, complete,
        taken if complete else _estimate(path, stream.encoding, total),
        [_row(record) for record in records if record.line not in refused],
        sorted(errors + conflicts, key=lambda e: e.line), len(added), len(updated), unchanged)


def _existing_offers(supplier, refs: Iterable[str]) -> dict[str, tuple]:
    """The supplier's offers with these references, as {supplier_ref: (sku, ean, ... in
    COMPARED order)}: only the sample's, never a million-offer catalog."""
    columns = [getattr(CatalogOfferRow, name) for name in ("supplier_ref", *COMPARED)]
    found: dict[str, tuple] = {}
    for batch in chunked(sorted(refs), 500):
        query = CatalogOfferRow.select(*columns).where(
            (CatalogOfferRow.supplier == supplier) & CatalogOfferRow.supplier_ref.in_(batch))
        found.update((ref, tuple(values)) for ref, *values in query.tuples())
    return found


def _row(record: OfferRecord) -> PreviewRow:
    return PreviewRow(
        record.line, record.supplier_ref, record.sku, record.ean, record.description,
        cents_to_decimal(record.cost_cents), record.pack_size, record.min_order_qty,
        record.lead_days,
        None if record.retail_price_cents is None else cents_to_decimal(record.retail_price_cents),
        None if record.vat_bp is None else format_vat_rate(record.vat_bp), record.available)


def _cells(header: Sequence[str]) -> list[str]:
    return [str(title) for title in header if str(title).strip()]


def _ignored(header: Sequence[str], fit: MappingFit) -> list[str]:
    used = set(fit.columns.values())
    return [title for title in _cells(header) if title not in used]


def _size(path: str | os.PathLike) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _estimate(path: str | os.PathLike, encoding: str, total: int | None) -> int | None:
    """Rows in a file read only in part: from the sheet's size for a workbook, from the
    length of the first lines for a CSV file (two significant figures)."""
    if encoding == "xlsx":
        return max(total - 1, 0) if total else None
    size = _size(path)
    with open(path, "rb") as raw:
        head = raw.read(_HEAD_BYTES)
    lines = head.count(b"\n") + (0 if head.endswith(b"\n") else 1)
    if not head or lines < 2:
        return None
    rows = max(round(size * lines / len(head)) - 1, 0)
    return int(float(f"{rows:.2g}")) if rows >= 100 else rows


# --- the header row alone, when no columns read the file ------------------------------------

def read_header(path: str | os.PathLike) -> tuple[list[str], str, str]:
    """(header cells, encoding, delimiter) of a catalog file, whatever its columns mean.
    Raises InvalidInput("file", ...) when it is not a CSV file or a workbook."""
    if is_xlsx(path):
        return read_xlsx_header(path), "xlsx", ""
    return read_csv_header(path)


def write_error_report(path: str | os.PathLike, errors: Sequence[RowError],
                       headers: Sequence[str] = ("line", "column", "value", "reason"),
                       delimiter: str = ";",
                       reason: Callable[[RowError], str] | None = None) -> None:
    """The rejected rows as a CSV file that Excel opens as it is (UTF-8 with a BOM);
    `reason` says each error in the reader's language (default: its English message)."""
    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(list(headers))
        for error in errors:
            writer.writerow([error.line, error.column, error.value,
                             reason(error) if reason else error.message])
