"""The words of domain.md as frozen dataclasses: sites, supplies, allocations, promises."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from .calendar import MONDAY_TO_FRIDAY, BusinessCalendar


class _Choice(str, Enum):
    def __str__(self) -> str:  # so that f-strings and JSON show the plain value
        return self.value


class SiteKind(_Choice):
    SHOP = "shop"
    WAREHOUSE = "warehouse"


class Channel(_Choice):
    SHOP = "shop"
    WEB = "web"
    MARKETPLACE = "marketplace"


class Mode(_Choice):
    TAKE_AWAY = "take_away"
    PICKUP = "pickup"
    DELIVERY = "delivery"


class SourceKind(_Choice):
    """What an allocation holds: stock at a site, a confirmed PO line, or a catalog offer."""

    SITE_STOCK = "site_stock"
    PO_LINE = "po_line"
    CATALOG = "catalog"


class Preference(_Choice):
    """The retailer's words for where goods may come from, in the order they prefer them."""

    SHELF = "shelf"
    WAREHOUSE = "warehouse"
    OTHER_SHOP = "other_shop"
    INCOMING_PO = "incoming_po"
    CATALOG = "catalog"


class SplitRule(_Choice):
    NEVER = "never"
    IF_EARLIER = "if_earlier"
    ALWAYS = "always"


@dataclass(frozen=True)
class Reason:
    """Why: a code and its figures. The UI and documents turn it into words."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, code: str, **params: Any) -> Reason:
        return cls(code, tuple(sorted(params.items())))

    def as_dict(self) -> dict[str, Any]:
        return dict(self.params)


@dataclass(frozen=True)
class Site:
    code: str
    name: str
    kind: SiteKind
    calendar: BusinessCalendar
    handling_days: int = 0

    @property
    def is_shop(self) -> bool:
        return self.kind is SiteKind.SHOP


@dataclass(frozen=True)
class Network:
    """Everything about the sites and carriers that dates depend on."""

    sites: Mapping[str, Site]
    transfer_days: Mapping[tuple[str, str], int] = field(default_factory=dict)
    default_transfer_days: int = 2
    delivery_days: int = 2
    carrier_calendar: BusinessCalendar = BusinessCalendar(MONDAY_TO_FRIDAY)
    receiving_site: str | None = None  # where catalog goods for home delivery arrive

    def site(self, code: str) -> Site:
        return self.sites[code]

    def transfer(self, origin: str, destination: str) -> int:
        if origin == destination:
            return 0
        return self.transfer_days.get((origin, destination), self.default_transfer_days)


@dataclass(frozen=True)
class StockSupply:
    site: str
    available: int


@dataclass(frozen=True)
class IncomingSupply:
    """The free quantity of a confirmed PO line: ordered, not received, not yet pegged."""

    po: str
    po_line_id: int
    site: str
    expected: date
    free: int


@dataclass(frozen=True)
class TransitSupply:
    """Units on an internal transfer that no customer holds yet: sellable at the destination
    from the day they are expected there."""

    transfer: str
    transfer_id: int
    site: str  # the destination
    expected: date
    free: int


@dataclass(frozen=True)
class CatalogSupply:
    offer_id: int
    supplier: str
    supplier_ref: str
    unit_cost_cents: int
    lead_days: int
    order_calendar: BusinessCalendar  # the supplier's order weekdays and holidays
    delivery_calendar: BusinessCalendar  # the supplier's working days


@dataclass(frozen=True)
class SupplySnapshot:
    """Every supply of one product, as loaded inside the selling transaction."""

    sku: str
    stock: tuple[StockSupply, ...] = ()
    incoming: tuple[IncomingSupply, ...] = ()
    catalog: tuple[CatalogSupply, ...] = ()
    active: bool = True
    in_transit: tuple[TransitSupply, ...] = ()


@dataclass(frozen=True)
class LineRequest:
    sku: str
    qty: int


@dataclass(frozen=True)
class OrderContext:
    site: str  # the selling shop; the pick-up shop for pick-up orders
    channel: Channel
    mode: Mode
    today: date


@dataclass(frozen=True)
class Candidate:
    """One way to serve a line, with its date and why."""

    kind: SourceKind
    preference: Preference
    available: int | None  # None: a catalog offer, as many as ordered
    site: str  # where the goods are or will arrive
    ready_date: date  # when the goods are at `site`
    promise_date: date  # when the customer gets them
    reason: Reason
    po: str | None = None
    po_line_id: int | None = None
    offer_id: int | None = None
    supplier: str | None = None
    supplier_ref: str | None = None
    unit_cost_cents: int | None = None
    transfer_id: int | None = None  # stock still on its way to `site`

    def can_serve(self, qty: int) -> bool:
        return self.available is None or self.available >= qty

    @property
    def source_key(self) -> tuple:
        return (self.kind, self.site, self.po_line_id, self.offer_id, self.transfer_id)


@dataclass(frozen=True)
class Allocation:
    candidate: Candidate
    qty: int

    @property
    def kind(self) -> SourceKind:
        return self.candidate.kind

    @property
    def promise_date(self) -> date:
        return self.candidate.promise_date


@dataclass(frozen=True)
class LinePlan:
    sku: str
    qty: int
    allocations: tuple[Allocation, ...]
    why: Reason
    options: tuple[Candidate, ...] = ()  # every way the line could be served, best first

    @property
    def promise_date(self) -> date:
        return max(a.promise_date for a in self.allocations)


@dataclass(frozen=True)
class OrderPlan:
    lines: tuple[LinePlan, ...]

    @property
    def promise_date(self) -> date:
        return max(line.promise_date for line in self.lines)
