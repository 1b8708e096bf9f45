"""Supplier catalogs: what each supplier can deliver, at what cost and how fast.

An offer is typed by hand (`add_offer`) or comes from the supplier's CSV file
(`import_catalog`, streamed into a staging table and upserted in a few SQL statements, see
store.catalog_bulk). Offers are keyed by (supplier, supplier's reference): typing or
importing the same reference again updates the offer instead of adding a second one.
"""

from __future__ import annotations

import datetime
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from peewee import Database, chunked

from ..domain.errors import InvalidInput, NotFound
from ..domain.values import check_code, format_cents, format_vat_rate, \
    parse_money, parse_vat_rate
from ..importers.catalog_csv import MAX_DESCRIPTION_LENGTH, MAX_LEAD_DAYS, MAX_REF_LENGTH, \
    CatalogFile, OfferRecord, RowError, parse_count, parse_ean, parse_whole_number, parse_yes_no, \
    open_catalog
from ..importers.catalog_xlsx import is_xlsx, open_xlsx_catalog
from ..importers.column_mapping import ONE_OF, REQUIRED, check_mapping
from ..store import catalog_bulk as bulk
from ..store.database import writing
from ..store.search_index import index_offer, index_offers_of_supplier
from ..store.settings import delete_setting, get_setting, set_setting, settings_starting_with
from ..store.models import CatalogOfferRow, ProductRow, SupplierRow
# ImportCancelled: what import_catalog raises when its progress callback says stop.
from .catalog_staging import ImportCancelled, Progress, Reading, RowErrors, \
    check_progress as _check, stage_catalog
from .suppliers import supplier_row

# The offer's columns an import compares to tell "updated" from "unchanged", in this order.
COMPARED = ("sku", "ean", "description", "cost_cents", "pack_size", "min_order_qty",
            "lead_days", "retail_price_cents", "vat_bp", "available")
_SKU, _EAN = COMPARED.index("sku"), COMPARED.index("ean")
# The columns a file may leave out, and the offer column each fills. Left out, they keep the
# offer's stored value: a monthly price list must not wipe lead times typed by hand.
_OPTIONAL_COLUMNS = {"ean": "ean", "pack": "pack_size", "moq": "min_order_qty",
                     "lead_days": "lead_days", "available": "available",
                     "price": "retail_price_cents", "vat": "vat_bp"}
_WRITTEN = ("supplier", "supplier_ref", *COMPARED, "updated_at")
# 999 bound parameters per statement is the lowest limit among the SQLite builds we meet.
_ROWS_PER_INSERT = 999 // len(_WRITTEN)
_KEYS_PER_LOOKUP = 500
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OfferInfo:
    supplier: str
    supplier_ref: str
    sku: str
    ean: str | None
    description: str
    cost: str
    pack_size: int
    min_order_qty: int
    lead_days: int | None  # None: the supplier's lead time
    retail_price: str | None
    vat: str | None
    available: bool
    updated_at: datetime.datetime


@dataclass(frozen=True)
class CatalogImportReport:
    supplier: str
    rows_read: int
    added: int
    updated: int
    unchanged: int
    rejected: list[RowError]
    imported: bool
    encoding: str  # or "xlsx"
    delimiter: str
    withdrawn: int = 0  # offers no longer in the file, now marked unavailable
    more_rejected: int = 0  # errors beyond those listed in `rejected` (a capped list)
    readers: int = 1  # processes that read the file (a big CSV is read by two)


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def offer_info(row: CatalogOfferRow, supplier_code: str) -> OfferInfo:
    return OfferInfo(
        supplier_code, row.supplier_ref, row.sku, row.ean, row.description,
        format_cents(row.cost_cents), row.pack_size, row.min_order_qty, row.lead_days,
        None if row.retail_price_cents is None else format_cents(row.retail_price_cents),
        None if row.vat_bp is None else format_vat_rate(row.vat_bp), row.available,
        row.updated_at)


# --- one offer by hand ----------------------------------------------------------------------

def add_offer(db: Database, supplier_code: str, sku: str, cost: str | int, *,
              lead_days: int | str | None = None, pack: int | str = 1, moq: int | str = 1,
              name: str | None = None, ean: str | None = None,
              supplier_ref: str | None = None, price: str | None = None,
              vat: str | None = None, available: bool | str = True) -> OfferInfo:
    """Records what a supplier asks for one item, or updates the offer with that reference.

    The SKU may be one of our products (its name and EAN are the defaults) or an item known
    only from this catalog, which then needs a name; it becomes a product on first sale."""
    sku = check_code(sku, "sku")
    ref = _supplier_ref(supplier_ref, sku)
    fields = _offer_fields(cost=cost, lead_days=lead_days, pack=pack, moq=moq, price=price,
                           vat=vat, available=available)
    ean = parse_ean(ean)
    with writing(db):
        supplier = supplier_row(supplier_code)
        description, ean = _description_and_ean(sku, name, ean)
        row = _save_offer(supplier, ref, dict(fields, sku=sku, ean=ean,
                                              description=description))
        index_offer(db, row.id)
    return offer_info(row, supplier.code)


def _supplier_ref(text: str | None, sku: str) -> str:
    ref = " ".join(str(text or "").split())
    if len(ref) > MAX_REF_LENGTH:
        raise InvalidInput("supplier ref", "is longer than {maximum} characters",
                           maximum=MAX_REF_LENGTH)
    return ref or sku  # most suppliers of a small shop have no references of their own


def _offer_fields(*, cost, lead_days, pack, moq, price, vat, available) -> dict[str, object]:
    """The offer's figures, checked; blank optional values mean 'not given'."""
    def given(value: object) -> bool:
        return value is not None and str(value).strip() != ""

    return dict(
        cost_cents=parse_money(cost, "cost"),
        pack_size=parse_count(pack, "pack"),
        min_order_qty=parse_count(moq, "moq"),
        lead_days=parse_whole_number(lead_days, "lead days", 0, MAX_LEAD_DAYS)
        if given(lead_days) else None,
        retail_price_cents=parse_money(price, "price") if given(price) else None,
        vat_bp=parse_vat_rate(vat) if given(vat) else None,
        available=parse_yes_no(available),
    )


def _description_and_ean(sku: str, name: str | None, ean: str | None) -> tuple[str, str | None]:
    product = ProductRow.get_or_none(ProductRow.sku == sku)
    name = " ".join(str(name or "").split())
    if product is None and not name:
        raise InvalidInput("name", "{sku} is not one of our products: give the item's name",
                           sku=sku)
    if len(name) > MAX_DESCRIPTION_LENGTH:
        raise InvalidInput("name", "is longer than {maximum} characters",
                           maximum=MAX_DESCRIPTION_LENGTH)
    owner = ProductRow.get_or_none(ProductRow.ean == ean) if ean else None
    if owner is not None and owner.sku != sku:
        # Two SKUs for one EAN would split the item's stock and sales in two.
        raise InvalidInput("ean", "EAN {ean} belongs to product {owner}, not {sku}",
                           ean=ean, owner=owner.sku, sku=sku)
    if product is None:
        return name, ean
    return name or product.name, ean or product.ean


def _save_offer(supplier: SupplierRow, ref: str, fields: dict[str, object]) -> CatalogOfferRow:
    row = CatalogOfferRow.get_or_none((CatalogOfferRow.supplier == supplier)
                                      & (CatalogOfferRow.supplier_ref == ref))
    if row is None:
        return CatalogOfferRow.create(supplier=supplier, supplier_ref=ref, updated_at=_now(),
                                      **fields)
    for name, value in fields.items():
        setattr(row, name, value)
    row.updated_at = _now()
    row.save()
    return row


# --- a whole catalog file -------------------------------------------------------------------

def import_catalog(db: Database, supplier_code: str, path: str | os.PathLike, *,
                   valid_only: bool = False, mapping: str | Mapping[str, str] | None = None,
                   progress: Progress | None = None,
                   errors_out: str | os.PathLike | None = None,
                   two_readers_from: int | None = None) -> CatalogImportReport:
    """Loads a supplier's catalog (CSV or XLSX): new references are added, changed ones
    updated, and the supplier's offers the file no longer lists marked unavailable (never
    deleted: orders and POs refer to them; they keep the prices they were placed at).

    Any bad row stops the import and is reported (line, column, value, reason) so the file
    can be fixed; with `valid_only` the good rows are imported and the bad ones only
    reported. `mapping` is the name of a mapping saved for this supplier, or {field: header};
    without it the columns are guessed from the headers. `progress(done, total)` is called
    as the file is read (bytes, or rows for XLSX); returning False cancels the import
    (ImportCancelled, nothing changed). `errors_out` receives the rejected rows as a CSV.
    A CSV of `two_readers_from` bytes or more (default catalog_staging.SPLIT_FROM_BYTES)
    is read by two processes on SQLite.

    A million rows are streamed: only the staging table grows, never a list in memory. The
    offers are written in one transaction (an import is never half done, even if the
    process is killed), their search index in a second one; an index that could not be
    written then is written by the next import or the next start of the app."""
    code = supplier_row(supplier_code).code  # a wrong supplier fails before a long read
    finish_search_refreshes(db)  # one left by an earlier import, before adding another
    columns = load_mapping(db, code, mapping) if isinstance(mapping, str) else mapping
    errors = RowErrors()
    with _open_catalog(path, columns) as stream:
        try:
            report = _import_stream(db, code, path, columns, stream, errors, valid_only,
                                    progress, two_readers_from)
        finally:
            bulk.drop_staging(db)
    if errors_out is not None:
        from .catalog_preview import write_error_report  # it builds on this module

        write_error_report(errors_out, report.rejected)
    return report


def _open_catalog(path: str | os.PathLike, mapping: Mapping[str, str] | None):
    if is_xlsx(path):
        return open_xlsx_catalog(path, mapping)
    return open_catalog(path, mapping)


def _import_stream(db: Database, code: str, path: str | os.PathLike,
                   columns: Mapping[str, str] | None, stream, errors: RowErrors,
                   valid_only: bool, progress: Progress | None,
                   two_readers_from: int | None) -> CatalogImportReport:
    # The file is staged in a temporary table before taking the write lock: reading a big
    # file takes seconds, and the desks must go on selling meanwhile.
    bulk.create_staging(db)
    reading = stage_catalog(db, path, columns, stream, errors, progress, two_readers_from)
    with db.atomic():
        bulk.index_staging(db)
    _check(progress, stream.total, stream.total)
    written = _written_columns(stream.columns)
    with writing(db):
        supplier = supplier_row(code)
        _refuse_set_wide(db, stream.columns, errors)
        if errors.count and not valid_only:
            return _stream_report(code, stream, reading, errors, imported=False)
        bulk.resolve_skus(db, supplier.id)
        valid = bulk.count_valid(db)
        added, updated = bulk.count_changes(db, supplier.id, written)
        now = _now()
        bulk.upsert_offers(db, supplier.id, written, now)
        withdrawn = bulk.withdraw_missing(db, supplier.id, now)
        marker = _stale_marker(supplier.id, now)
        set_setting(marker, {"supplier": supplier.id, "changed_at": now.isoformat(" ")})
        _check(progress, stream.total, stream.total)  # the last chance to cancel: rolls back
    # The search index follows in a transaction of its own: the desks can sell between the
    # two (each holds the write lock half as long), and the new offers are sold by code at
    # once. Killed in between, the marker has the next import or start of the app finish it.
    try:
        _refresh_search(db, marker)
    except Exception:  # noqa: BLE001 - the offers are saved: the index follows later
        log.warning("search index of %s left for later (%s)", code, marker, exc_info=True)
    return _stream_report(code, stream, reading, errors, True, added, updated,
                          valid - added - updated, withdrawn)


_STALE = "search_stale:"


def _stale_marker(supplier_id: int, changed_at: datetime.datetime) -> str:
    return f"{_STALE}{supplier_id}:{changed_at.isoformat(' ')}"


def _refresh_search(db: Database, marker: str) -> None:
    """Indexes the offers an import changed, and takes its marker away, in one transaction."""
    with writing(db):
        stale = get_setting(marker)
        if stale is None:
            return  # another desk finished it
        index_offers_of_supplier(db, stale["supplier"],
                                 datetime.datetime.fromisoformat(stale["changed_at"]))
        delete_setting(marker)


def finish_search_refreshes(db: Database) -> int:
    """Indexes what imports interrupted between their two transactions left unindexed;
    returns how many. Run before an import and when the app starts."""
    markers = settings_starting_with(_STALE)
    for marker in markers:
        _refresh_search(db, marker)
    return len(markers)


def _refuse_set_wide(db: Database, columns: dict[str, str], errors: RowErrors) -> None:
    """The checks that need every row (duplicate references) or the database (our products'
    EANs); the rows they refuse are left out of the import."""
    duplicates, count = bulk.duplicate_refs(db)
    if count:
        title = columns["supplier_ref"]
        errors.extend((RowError.of(line, title, ref,
                                   "duplicate supplier reference (first on line {first})",
                                   first=first)
                       for line, ref, first in duplicates), count)
        bulk.refuse_duplicates(db)
    conflicts, count = bulk.ean_conflicts(db)
    if count:
        title = columns.get("ean", "ean")
        errors.extend((RowError.of(line, title, ean,
                                   "EAN {ean} belongs to product {owner}, not {sku}",
                                   ean=ean, owner=owner, sku=sku)
                       for line, ean, owner, sku in conflicts), count)
        bulk.refuse_ean_conflicts(db)


def _written_columns(columns: Mapping[str, str]) -> list[str]:
    """The offer columns an import overwrites: those the file gives, and availability (an
    offer listed again is available again unless the file says otherwise)."""
    kept = {field for column, field in _OPTIONAL_COLUMNS.items() if column not in columns}
    return [name for name in bulk.OFFER_COLUMNS if name not in kept or name == "available"]


def _stream_report(code: str, stream, reading: Reading, errors: RowErrors, imported: bool,
                   added: int = 0, updated: int = 0, unchanged: int = 0, withdrawn: int = 0
                   ) -> CatalogImportReport:
    rejected = sorted(errors.kept, key=lambda e: e.line)
    return CatalogImportReport(code, reading.rows_read, added, updated, unchanged, rejected,
                               imported, stream.encoding, stream.delimiter, withdrawn,
                               errors.count - len(rejected), reading.readers)


# --- saved column mappings -------------------------------------------------------------------

def save_mapping(db: Database, supplier_code: str, name: str,
                 mapping: Mapping[str, str]) -> dict[str, str]:
    """Remembers which header holds which field in this supplier's files, under `name`, so
    the next file imports in one click: {field: header as written}."""
    clean = check_mapping(mapping)
    missing = ", ".join(field for field in REQUIRED if field not in clean)
    if not any(field in clean for field in ONE_OF):
        first, second = ONE_OF  # one template per case: "or" is for the translator to say
        if missing:
            raise InvalidInput("mapping", "missing column for {fields}, {first} or {second}",
                               fields=missing, first=first, second=second)
        raise InvalidInput("mapping", "missing column for {first} or {second}",
                           first=first, second=second)
    if missing:
        raise InvalidInput("mapping", "missing column for {fields}", fields=missing)
    name = _mapping_name(name)
    with writing(db):
        code = supplier_row(supplier_code).code
        set_setting(_mapping_key(code, name), clean)
    return clean


def load_mapping(db: Database, supplier_code: str, name: str) -> dict[str, str]:
    """The mapping saved under `name` for this supplier; NotFound if there is none."""
    code = supplier_row(supplier_code).code
    mapping = get_setting(_mapping_key(code, _mapping_name(name)))
    if mapping is None:
        raise NotFound("column mapping", f"{code} {name}")
    return dict(mapping)


def _mapping_name(name: str) -> str:
    name = " ".join(str(name or "").split())
    if not name:
        raise InvalidInput("mapping", "give the mapping a name")
    return name


def _mapping_key(code: str, name: str) -> str:
    return f"mapping:{code}:{name}"


# --- what the preview shares with the import (small files, in memory) ------------------------

def _offer_values(record: OfferRecord, sku: str) -> tuple:
    """A record in COMPARED order, with its resolved SKU."""
    return (sku, record.ean, record.description, record.cost_cents, record.pack_size,
            record.min_order_qty, record.lead_days, record.retail_price_cents, record.vat_bp,
            record.available)


def _link_to_products(catalog: CatalogFile, existing: dict[str, tuple]
                      ) -> tuple[dict[str, tuple], list[RowError]]:
    """{supplier_ref: values} for the rows that name their item consistently, and an error
    for each row whose EAN is one of our products under another SKU."""
    eans = {r.ean for r in catalog.records if r.ean}
    product_skus = _skus_by_ean(ProductRow, eans)
    offer_skus = _skus_by_ean(CatalogOfferRow, eans - product_skus.keys())
    kept = [COMPARED.index(field) for column, field in _OPTIONAL_COLUMNS.items()
            if column not in catalog.columns]
    offers: dict[str, tuple] = {}
    conflicts: list[RowError] = []
    for record in catalog.records:
        owner = product_skus.get(record.ean)
        if record.sku and owner and owner != record.sku:
            conflicts.append(RowError.of(record.line, catalog.columns["ean"], record.ean,
                                         "EAN {ean} belongs to product {owner}, not {sku}",
                                         ean=record.ean, owner=owner, sku=record.sku))
            continue
        before = existing.get(record.supplier_ref)
        sku = record.sku or owner or _catalog_sku(record, before, offer_skus)
        offers[record.supplier_ref] = _keep(_offer_values(record, sku), before, kept)
    return offers, conflicts


def _catalog_sku(record: OfferRecord, before: tuple | None, offer_skus: dict[str, str]) -> str:
    """The SKU of an item we do not stock, named by its EAN alone: the one it already has in
    the catalogs (this reference first), else the EAN itself."""
    if before is not None and before[_EAN] == record.ean:
        return before[_SKU]
    return offer_skus.get(record.ean, record.ean)


def _keep(values: tuple, before: tuple | None, positions: list[int]) -> tuple:
    """`values` with the stored value at `positions` (the columns the file left out)."""
    if before is None or not positions:
        return values
    merged = list(values)
    for position in positions:
        merged[position] = before[position]
    return tuple(merged)


def _skus_by_ean(model: type[ProductRow] | type[CatalogOfferRow],
                 eans: Iterable[str]) -> dict[str, str]:
    """{ean: sku} in a few queries; the oldest row wins when several share an EAN."""
    found: dict[str, str] = {}
    for batch in chunked(sorted(eans), _KEYS_PER_LOOKUP):
        query = (model.select(model.ean, model.sku).where(model.ean.in_(batch))
                 .order_by(model.id).tuples())
        for ean, sku in query:
            found.setdefault(ean, sku)
    return found


def _changes(offers: dict[str, tuple], existing: dict[str, tuple]
             ) -> tuple[list[tuple], list[tuple], int]:
    """(new offers, changed offers, count unchanged), each offer as (ref, *values)."""
    added, updated = [], []
    for ref, values in offers.items():
        before = existing.get(ref)
        if before is None:
            added.append((ref, *values))
        elif before != values:
            updated.append((ref, *values))
    return added, updated, len(offers) - len(added) - len(updated)


def _upsert(supplier: SupplierRow, offers: list[tuple]) -> None:
    """Inserts new offers and overwrites changed ones, a few dozen rows per statement.

    Sorted by reference, the order of the unique index, so that the writes walk it in
    order instead of jumping about (several times faster on a large catalog)."""
    now = _now()
    fields = [getattr(CatalogOfferRow, name) for name in _WRITTEN]
    rows = ((supplier.id, *offer, now) for offer in sorted(offers, key=lambda o: o[0]))
    for batch in chunked(rows, _ROWS_PER_INSERT):
        (CatalogOfferRow.insert_many(batch, fields=fields)
         .on_conflict(conflict_target=[CatalogOfferRow.supplier, CatalogOfferRow.supplier_ref],
                      preserve=fields[2:])
         .execute())


def list_offers(db: Database, supplier_code: str, limit: int = 200) -> list[OfferInfo]:
    """The supplier's offers by reference, at most `limit` of them."""
    supplier = supplier_row(supplier_code)
    query = (CatalogOfferRow.select().where(CatalogOfferRow.supplier == supplier)
             .order_by(CatalogOfferRow.supplier_ref).limit(limit))
    return [offer_info(row, supplier.code) for row in query]
