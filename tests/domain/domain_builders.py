"""Small builders for the sourcing tests: a network of two shops and a warehouse, and supply.

Imported as `from domain_builders import ...`: pytest (default prepend import mode, no
__init__.py) puts this folder on sys.path. The name is unique on purpose, so that another
folder's helpers cannot shadow it.

Dates are fixed: TODAY is Thursday 2026-11-26. 2026-12-25 (a Friday) and 2027-01-01 (a Friday)
are French holidays; no calendar knows them unless a test hands them in.
"""

from __future__ import annotations

from datetime import date

from oms_desktop.domain.calendar import BusinessCalendar, parse_weekdays
from oms_desktop.domain.model import (
    CatalogSupply,
    Channel,
    IncomingSupply,
    LineRequest,
    Mode,
    Network,
    OrderContext,
    Preference,
    Site,
    SiteKind,
    SplitRule,
    StockSupply,
    SupplySnapshot,
)
from oms_desktop.domain.rules import SourcingRules, parse_preference

TODAY = date(2026, 11, 26)  # a Thursday
CHRISTMAS = date(2026, 12, 25)  # a Friday
NEW_YEAR = date(2027, 1, 1)  # a Friday
FRENCH_HOLIDAYS = frozenset({CHRISTMAS, NEW_YEAR})
NO_HOLIDAYS: frozenset[date] = frozenset()

SKU = "MUG-01"


def calendar(days: str = "mon-fri", holidays: frozenset[date] = NO_HOLIDAYS) -> BusinessCalendar:
    return BusinessCalendar(parse_weekdays(days), holidays)


def network(*, par_handling: int = 0, lyo_handling: int = 0, wh_handling: int = 0,
            shop_days: str = "mon-sat", lyo_days: str | None = None,
            warehouse_days: str = "mon-fri", carrier_days: str = "mon-fri",
            holidays: frozenset[date] = NO_HOLIDAYS,
            transfer_days: dict[tuple[str, str], int] | None = None,
            default_transfer_days: int = 2, delivery_days: int = 2,
            receiving_site: str | None = "WH", extra_shops: tuple[str, ...] = ()) -> Network:
    """Shops PAR and LYO (mon-sat), warehouse WH (mon-fri); no handling unless asked."""
    sites = [
        Site("PAR", "Paris", SiteKind.SHOP, calendar(shop_days, holidays), par_handling),
        Site("LYO", "Lyon", SiteKind.SHOP, calendar(lyo_days or shop_days, holidays),
             lyo_handling),
        Site("WH", "Warehouse", SiteKind.WAREHOUSE, calendar(warehouse_days, holidays),
             wh_handling),
        *(Site(code, code, SiteKind.SHOP, calendar(shop_days, holidays)) for code in extra_shops),
    ]
    return Network({s.code: s for s in sites}, transfer_days=transfer_days or {},
                   default_transfer_days=default_transfer_days, delivery_days=delivery_days,
                   carrier_calendar=calendar(carrier_days, holidays),
                   receiving_site=receiving_site)


def ctx(site: str = "PAR", channel: Channel = Channel.SHOP, mode: Mode = Mode.PICKUP,
        today: date = TODAY) -> OrderContext:
    return OrderContext(site, channel, mode, today)


def po_line(line_id: int, expected: date, free: int, site: str = "WH",
            po: str | None = None) -> IncomingSupply:
    return IncomingSupply(po or f"PO-{line_id}", line_id, site, expected, free)


def offer(offer_id: int = 1, *, supplier: str = "ACME", lead_days: int = 5,
          cost: int = 1000, order_days: str = "mon-fri", working_days: str = "mon-fri",
          holidays: frozenset[date] = NO_HOLIDAYS) -> CatalogSupply:
    return CatalogSupply(offer_id, supplier, f"{supplier}-{offer_id}", cost, lead_days,
                         calendar(order_days, holidays), calendar(working_days, holidays))


def snapshot(stock: dict[str, int] | None = None, incoming: tuple[IncomingSupply, ...] = (),
             catalog: tuple[CatalogSupply, ...] = (), *, sku: str = SKU,
             active: bool = True) -> SupplySnapshot:
    """`stock` is {site code: available units}."""
    return SupplySnapshot(sku, tuple(StockSupply(site, qty) for site, qty in (stock or {}).items()),
                          tuple(incoming), tuple(catalog), active)


def line(qty: int, sku: str = SKU) -> LineRequest:
    return LineRequest(sku, qty)


def rules(preference: str = "shelf,warehouse,other_shop,incoming_po,catalog",
          split: SplitRule = SplitRule.IF_EARLIER) -> SourcingRules:
    return SourcingRules(parse_preference(preference), split)


def sources(plan) -> list[tuple[str, int]]:
    """A plan's allocations in words a test can compare: [('PAR', 2), ('PO-7', 1), ...]."""
    return [(_label(a.candidate), a.qty) for a in plan.allocations]


def labels(candidates) -> list[str]:
    return [_label(c) for c in candidates]


def _label(candidate) -> str:
    if candidate.po is not None:
        return candidate.po
    if candidate.offer_id is not None:
        return f"offer-{candidate.offer_id}"
    return candidate.site


__all__ = [
    "CHRISTMAS", "FRENCH_HOLIDAYS", "NEW_YEAR", "NO_HOLIDAYS", "SKU", "TODAY", "Channel", "Mode",
    "Preference", "SplitRule", "calendar", "ctx", "labels", "line", "network", "offer",
    "po_line", "rules", "snapshot", "sources",
]
