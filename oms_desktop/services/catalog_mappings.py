"""Which column of a supplier's file holds which field of an offer: guessed from the
headers, saved under a name, or remembered from the supplier's last import, so that the next
file from that supplier imports in one click.

A mapping is {field: header as written in the file}; headers are compared without case,
accents or punctuation, as the importers compare them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from peewee import Database

from ..domain.errors import InvalidInput
from ..importers.column_mapping import FIELDS, ONE_OF, REQUIRED, guess_field, normalize_header
from ..store.database import writing
from ..store.settings import delete_setting, get_setting, set_setting, \
    settings_starting_with
from .catalog import CatalogImportReport, Progress, _mapping_key, _mapping_name, \
    import_catalog, load_mapping, save_mapping
from .suppliers import supplier_row

__all__ = ["SavedMapping", "MappingFit", "list_mappings", "last_mapping", "remember_mapping",
           "guess_mapping", "fit_mapping", "import_with_mapping", "save_mapping",
           "load_mapping", "delete_mapping", "FIELDS", "REQUIRED", "ONE_OF"]


@dataclass(frozen=True)
class SavedMapping:
    name: str | None  # None: the columns of the last import, not saved under a name
    columns: dict[str, str]


@dataclass(frozen=True)
class MappingFit:
    """A mapping laid over one file's header row."""

    columns: dict[str, str]  # field -> the header cell as written in this file
    absent: dict[str, str]  # field -> a header the mapping names but this file lacks
    missing: list[str]  # required fields without a column
    needs_sku_or_ean: bool  # neither our SKU nor the EAN has a column
    shared: dict[str, list[str]]  # header cell -> the fields that all chose it

    @property
    def complete(self) -> bool:
        """True when an import can read the file with these columns."""
        return not (self.missing or self.needs_sku_or_ean or self.shared)


def list_mappings(db: Database, supplier_code: str) -> list[SavedMapping]:
    """The mappings saved for this supplier, by name."""
    prefix = _mapping_key(supplier_row(supplier_code).code, "")
    return sorted((SavedMapping(key[len(prefix):], dict(columns or {}))
                   for key, columns in settings_starting_with(prefix).items()),
                  key=lambda m: m.name.casefold())


def last_mapping(db: Database, supplier_code: str) -> SavedMapping | None:
    """The columns of the supplier's last successful import (with the name of the saved
    mapping they came from, if any); None before the first one."""
    stored = get_setting(_last_key(supplier_row(supplier_code).code))
    if not stored:
        return None
    return SavedMapping(stored.get("name"), dict(stored.get("columns") or {}))


def remember_mapping(db: Database, supplier_code: str, columns: Mapping[str, str],
                     name: str | None = None) -> None:
    """Keeps the columns an import just used, for the supplier's next file."""
    clean = _clean(columns)
    with writing(db):
        code = supplier_row(supplier_code).code
        set_setting(_last_key(code), {"name": name or None, "columns": clean})


def delete_mapping(db: Database, supplier_code: str, name: str) -> None:
    """Forgets the mapping saved under `name` for this supplier (NotFound if there is
    none). The supplier's last import keeps its columns, no longer under that name."""
    name = _mapping_name(name)
    with writing(db):
        code = supplier_row(supplier_code).code
        load_mapping(db, code, name)  # NotFound if there is none
        delete_setting(_mapping_key(code, name))
        last = get_setting(_last_key(code))
        if last and last.get("name") == name:
            set_setting(_last_key(code), {"name": None, "columns": last.get("columns")})


def import_with_mapping(db: Database, supplier_code: str, path: str | os.PathLike,
                        columns: Mapping[str, str] | None, *, name: str | None = None,
                        valid_only: bool = False, progress: Progress | None = None
                        ) -> CatalogImportReport:
    """Imports the file with the columns the retailer chose (see
    `services.catalog.import_catalog`) and, once imported, remembers them so that the
    supplier's next file is read the same way without asking."""
    report = import_catalog(db, supplier_code, path, valid_only=valid_only,
                            mapping=dict(columns) if columns else None, progress=progress)
    if report.imported and columns:
        remember_mapping(db, report.supplier, columns, name)
    return report


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """{field: header cell} guessed from English or French headers; when two cells mean the
    same field the first one is taken (the retailer sees and may change it)."""
    columns: dict[str, str] = {}
    for title in header:
        field = guess_field(title) if str(title).strip() else None
        if field is not None:
            columns.setdefault(field, str(title))
    return columns


def fit_mapping(columns: Mapping[str, str], header: Sequence[str]) -> MappingFit:
    """The mapping as it reads this file: each header named by the mapping found among the
    file's cells (first match), what is absent, what is missing, what is chosen twice."""
    cells: dict[str, str] = {}
    for title in header:
        if str(title).strip():
            cells.setdefault(normalize_header(title), str(title))
    found: dict[str, str] = {}
    absent: dict[str, str] = {}
    for field, title in _clean(columns).items():
        cell = cells.get(normalize_header(title))
        if cell is None:
            absent[field] = title
        else:
            found[field] = cell
    by_cell: dict[str, list[str]] = {}
    for field, cell in found.items():
        by_cell.setdefault(cell, []).append(field)
    shared = {cell: fields for cell, fields in by_cell.items() if len(fields) > 1}
    return MappingFit(found, absent, [f for f in REQUIRED if f not in found],
                      not any(f in found for f in ONE_OF), shared)


def _clean(columns: Mapping[str, str]) -> dict[str, str]:
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise InvalidInput("mapping", "unknown field(s) {fields} (known: {known})",
                           fields=", ".join(unknown), known=", ".join(FIELDS))
    return {field: str(title).strip() for field, title in columns.items()
            if title is not None and str(title).strip()}


def _last_key(code: str) -> str:
    return f"catalog_last_mapping:{code}"
