"""Looking at a supplier's catalog file before importing it: what will be read, what will be
refused and why, and what the import would change. Nothing is written.

The retailer sees the file as the import will read it (encoding, separator, the columns
recognised and those ignored, the first rows) and every rejected row with its line, column
and reason, so that they can choose to import the good rows or fix the file first.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from peewee import Database

from ..domain.values import cents_to_decimal, format_vat_rate
from ..importers.catalog_csv import CatalogFile, OfferRecord, RowError, read_catalog
from .catalog import _changes, _existing_offers, _link_to_products
from .suppliers import supplier_row

__all__ = ["CatalogPreview", "PreviewRow", "RowError", "preview_catalog",
           "write_error_report"]


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
    encoding: str  # utf-8, utf-8-sig (with BOM) or windows-1252
    delimiter: str
    columns: dict[str, str]  # our field -> the header as written in the file
    ignored: list[str]  # headers of the file the import does not use
    rows_read: int
    rows: list[PreviewRow]  # the first valid rows
    errors: list[RowError]  # every bad field of every rejected row, by line
    added: int  # what importing the valid rows would do
    updated: int
    unchanged: int

    @property
    def valid(self) -> int:
        return self.added + self.updated + self.unchanged

    @property
    def rejected_rows(self) -> int:
        return len({error.line for error in self.errors})


def preview_catalog(db: Database, supplier_code: str, path: str | os.PathLike,
                    limit: int = 50) -> CatalogPreview:
    """Reads the file as `import_catalog` would and says what importing it would do.

    Raises InvalidInput("file", ...) when the file as a whole cannot be read."""
    code = supplier_row(supplier_code).code
    catalog = read_catalog(path)
    existing = _existing_offers(supplier_row(code))
    offers, conflicts = _link_to_products(catalog, existing)
    added, updated, unchanged = _changes(offers, existing)
    errors = sorted(catalog.errors + conflicts, key=lambda e: e.line)
    refused = {error.line for error in conflicts}
    rows = [_row(record) for record in catalog.records if record.line not in refused][:limit]
    return CatalogPreview(code, Path(path).name, catalog.encoding, catalog.delimiter,
                          dict(catalog.columns), _ignored_headers(path, catalog),
                          catalog.rows_read, rows, errors, len(added), len(updated), unchanged)


def _row(record: OfferRecord) -> PreviewRow:
    return PreviewRow(
        record.line, record.supplier_ref, record.sku, record.ean, record.description,
        cents_to_decimal(record.cost_cents), record.pack_size, record.min_order_qty,
        record.lead_days,
        None if record.retail_price_cents is None else cents_to_decimal(record.retail_price_cents),
        None if record.vat_bp is None else format_vat_rate(record.vat_bp), record.available)


def _ignored_headers(path: str | os.PathLike, catalog: CatalogFile) -> list[str]:
    """The header cells the import does not recognise (a supplier's own notes, ...)."""
    used = set(catalog.columns.values())
    with Path(path).open(encoding=catalog.encoding, newline="") as stream:
        for line in stream:
            text = line.strip("\r\n")
            if not text.strip() or (text.lower().startswith("sep=") and len(text) == 5):
                continue
            header = next(csv.reader([text], delimiter=catalog.delimiter))
            return [title for title in header if title.strip() and title not in used]
    return []


def write_error_report(path: str | os.PathLike, errors: Sequence[RowError],
                       headers: Sequence[str] = ("line", "column", "value", "reason"),
                       delimiter: str = ";") -> None:
    """The rejected rows as a CSV file that Excel opens as it is (UTF-8 with a BOM)."""
    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(list(headers))
        for error in errors:
            writer.writerow([error.line, error.column, error.value, error.message])
