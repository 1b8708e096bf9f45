"""Shops and warehouses, and the transfer days between them."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import Database

from ..domain.calendar import format_weekdays, parse_weekdays
from ..domain.errors import InvalidInput, NotFound
from ..domain.model import SiteKind
from ..domain.values import check_code
from ..store.database import writing
from ..store.models import SiteRow, TransferDaysRow
from ..store.settings import bump_config_version


@dataclass(frozen=True)
class SiteInfo:
    code: str
    name: str
    kind: str
    address: str
    country: str
    handling_days: int
    opening_days: str
    phone: str
    email: str


def _info(row: SiteRow) -> SiteInfo:
    return SiteInfo(row.code, row.name, row.kind, row.address, row.country, row.handling_days,
                    row.opening_days, row.phone, row.email)


def site_row(code: str) -> SiteRow:
    row = SiteRow.get_or_none(SiteRow.code == str(code).strip().upper())
    if row is None:
        raise NotFound("site", code)
    return row


def _days(value: int, field: str) -> int:
    if value is None or int(value) < 0 or int(value) > 60:
        raise InvalidInput(field, "must be between 0 and 60 days (got {value})", value=value)
    return int(value)


def add_site(db: Database, code: str, name: str, kind: str, *, handling_days: int | None = None,
             opening_days: str | None = None, address: str = "", country: str = "FR",
             phone: str = "", email: str = "") -> SiteInfo:
    """A new shop or warehouse. Warehouses default to one handling day and Monday-Friday;
    shops to none and Monday-Saturday."""
    code = check_code(code, "code", 20).upper()
    if not str(name).strip():
        raise InvalidInput("name", "must not be empty")
    try:
        site_kind = SiteKind(str(kind).strip().lower())
    except ValueError:
        raise InvalidInput("kind", "'{kind}' is not shop or warehouse", kind=kind) from None
    warehouse = site_kind is SiteKind.WAREHOUSE
    handling = _days(handling_days if handling_days is not None else (1 if warehouse else 0),
                     "handling days")
    days = format_weekdays(parse_weekdays(opening_days or ("mon-fri" if warehouse else "mon-sat"),
                                          "opening days"))
    country = str(country or "FR").strip().upper()
    with writing(db):
        if SiteRow.get_or_none(SiteRow.code == code):
            raise InvalidInput("code", "site {site} already exists", site=code)
        row = SiteRow.create(code=code, name=name.strip(), kind=site_kind.value, address=address,
                             country=country, handling_days=handling, opening_days=days,
                             phone=phone, email=email)
        bump_config_version(db)
    return _info(row)


def update_site(db: Database, code: str, **changes) -> SiteInfo:
    allowed = {"name", "address", "country", "handling_days", "opening_days", "phone", "email"}
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidInput("site", "cannot change {fields}", fields=", ".join(sorted(unknown)))
    if "handling_days" in changes:
        changes["handling_days"] = _days(changes["handling_days"], "handling days")
    if "opening_days" in changes:
        changes["opening_days"] = format_weekdays(parse_weekdays(changes["opening_days"],
                                                                 "opening days"))
    with writing(db):
        row = site_row(code)
        for key, value in changes.items():
            setattr(row, key, value)
        row.save()
        bump_config_version(db)
    return _info(row)


def set_transfer_days(db: Database, origin: str, destination: str, days: int) -> None:
    """Transfer days from one site to another (each direction is set on its own)."""
    days = _days(days, "days")
    with writing(db):
        first, second = site_row(origin), site_row(destination)
        if first.id == second.id:
            raise InvalidInput("destination", "a transfer goes to another site")
        TransferDaysRow.insert(origin=first, destination=second, days=days).on_conflict(
            conflict_target=[TransferDaysRow.origin, TransferDaysRow.destination],
            update={TransferDaysRow.days: days}).execute()
        bump_config_version(db)


def list_sites(db: Database) -> list[SiteInfo]:
    return [_info(row) for row in SiteRow.select().order_by(SiteRow.kind.desc(), SiteRow.code)]


def transfer_table(db: Database) -> list[tuple[str, str, int]]:
    sites = {s.id: s.code for s in SiteRow.select()}
    return sorted((sites[t.origin_id], sites[t.destination_id], t.days)
                  for t in TransferDaysRow.select())
