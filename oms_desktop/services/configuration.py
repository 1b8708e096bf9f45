"""The network of sites and the sourcing rules, as the engine needs them.

Loading them is a handful of queries and the holiday tables take a tenth of a second to
build, so both are cached per process and per configuration version: any change of sites,
transfer days or rules (by this desk or another) bumps the version and the next promise
reloads them.
"""

from __future__ import annotations

import datetime
import weakref
from dataclasses import dataclass
from functools import lru_cache

from peewee import Database

from ..domain.calendar import MONDAY_TO_FRIDAY, BusinessCalendar, parse_weekdays
from ..domain.model import Network, Site, SiteKind
from ..domain.rules import RuleBook
from ..store import settings
from ..store.models import SiteRow, TransferDaysRow

DEFAULTS = {
    "default_transfer_days": 2,
    "delivery_days": 2,
    "country": "FR",
    "catalog_markup": "2.0",
}


@lru_cache(maxsize=64)
def holiday_dates(country: str, first_year: int) -> frozenset[datetime.date]:
    """Public holidays of `country` over three years from `first_year` (none if unknown)."""
    import holidays

    try:
        table = holidays.country_holidays(country, years=range(first_year, first_year + 3))
    except NotImplementedError:
        return frozenset()
    return frozenset(table.keys())


@lru_cache(maxsize=512)
def business_calendar(weekdays: str, country: str, first_year: int) -> BusinessCalendar:
    return BusinessCalendar(parse_weekdays(weekdays), holiday_dates(country, first_year))


@dataclass(frozen=True)
class Configuration:
    network: Network
    rules: RuleBook
    site_ids: dict[str, int]
    site_codes: dict[int, str]
    country: str
    first_year: int

    def site_id(self, code: str) -> int:
        return self.site_ids[code]


# Per database object (weakly, so a closed database's entry goes with it): the token and
# year the configuration was built for, and the configuration.
_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def setting(key: str):
    return settings.get_setting(key, DEFAULTS.get(key))


def load_configuration(db: Database, today: datetime.date) -> Configuration:
    key = (settings.config_version(db), today.year)
    cached = _cache.get(db)
    if cached is None or cached[0] != key:
        cached = _cache[db] = (key, _build(today.year - 1))
    return cached[1]


def _build(first_year: int) -> Configuration:
    country = setting("country")
    sites = {}
    ids = {}
    warehouse = None
    for row in SiteRow.select().order_by(SiteRow.code):
        calendar = business_calendar(row.opening_days, row.country, first_year)
        sites[row.code] = Site(row.code, row.name, SiteKind(row.kind), calendar,
                               row.handling_days)
        ids[row.code] = row.id
        if row.kind == SiteKind.WAREHOUSE.value and warehouse is None:
            warehouse = row.code
    codes = {v: k for k, v in ids.items()}
    transfer = {(codes[t.origin_id], codes[t.destination_id]): t.days
                for t in TransferDaysRow.select()}
    network = Network(
        sites=sites,
        transfer_days=transfer,
        default_transfer_days=int(setting("default_transfer_days")),
        delivery_days=int(setting("delivery_days")),
        carrier_calendar=BusinessCalendar(MONDAY_TO_FRIDAY, holiday_dates(country, first_year)),
        receiving_site=settings.get_setting("receiving_site") or warehouse,
    )
    rules = RuleBook.from_json(settings.get_setting("rules", []))
    return Configuration(network, rules, ids, codes, country, first_year)
