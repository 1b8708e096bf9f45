"""Properties of the sourcing engine over random networks, supplies and rules.

Each example is a network of 1-4 sites (the first a shop, where the line is sold), random
calendars with a few holidays, random stock (zero included), confirmed PO lines with random
expected dates (overdue included) and free quantities (zero included: what a fully pegged line
or a draft PO gives), 0-2 catalog offers, a random split rule and order of preference.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from oms_desktop.domain.calendar import BusinessCalendar
from oms_desktop.domain.errors import Refused
from oms_desktop.domain.model import (
    CatalogSupply,
    Channel,
    IncomingSupply,
    LinePlan,
    LineRequest,
    Mode,
    Network,
    OrderContext,
    Preference,
    Site,
    SiteKind,
    SourceKind,
    SplitRule,
    StockSupply,
    SupplySnapshot,
)
from oms_desktop.domain.rules import SourcingRules
from oms_desktop.domain.sourcing import plan_line, plan_order

SKU = "MUG-01"
TODAY = date(2026, 11, 26)  # a Thursday
# The database stays off so that a run writes nothing outside tests/domain.
PROPERTIES = settings(max_examples=200, deadline=None, database=None)


@dataclass(frozen=True)
class Scenario:
    network: Network
    snapshot: SupplySnapshot
    ctx: OrderContext
    rules: SourcingRules
    qty: int

    def plan(self) -> LinePlan:
        return plan_line(LineRequest(SKU, self.qty), self.snapshot, self.ctx, self.network,
                         self.rules)


# A calendar is a bit mask of working weekdays (1..127: at least one) and the public holidays
# shared by the whole example; one choice per calendar keeps generation fast.
WEEKDAY_MASKS = st.integers(1, 127)
HOLIDAY_OFFSETS = st.frozensets(st.integers(-5, 40), max_size=4)
HANDLING = st.integers(0, 3)
DAYS = st.integers(0, 5)
STOCK = st.integers(-1, 10)  # -1: no stock row at all
TRANSFERS = st.dictionaries(st.integers(0, 11), DAYS, max_size=3)  # {pair index: days}
PO_LINES = st.lists(st.tuples(st.integers(0, 3), st.integers(-15, 60), st.integers(0, 10)),
                    max_size=4)  # (site index, expected in days from today, free)
OFFERS = st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 20), WEEKDAY_MASKS,
                            WEEKDAY_MASKS), max_size=2)  # (cost, lead days, order, work days)
# Take away is refused unless the shelf holds the line: drawn less often, to plan more.
ANY_MODE = st.sampled_from([Mode.PICKUP, Mode.DELIVERY, Mode.PICKUP, Mode.DELIVERY,
                            Mode.TAKE_AWAY])
ANY_PREFERENCE = st.lists(st.sampled_from(Preference), min_size=1, max_size=5, unique=True)


@st.composite
def scenarios(draw, preferences=ANY_PREFERENCE, splits=st.sampled_from(SplitRule),
              modes=ANY_MODE, qty=st.integers(1, 25)):
    today = TODAY + timedelta(days=draw(st.integers(0, 60)))
    holidays = frozenset(today + timedelta(days=n) for n in draw(HOLIDAY_OFFSETS))

    def calendar(mask: int) -> BusinessCalendar:
        return BusinessCalendar(frozenset(d for d in range(7) if mask >> d & 1), holidays)

    codes = ["S0", "S1", "S2", "S3"][:draw(st.integers(1, 4))]
    sites = {}
    for index, code in enumerate(codes):
        kind = SiteKind.SHOP if index == 0 else draw(st.sampled_from(SiteKind))
        sites[code] = Site(code, code, kind, calendar(draw(WEEKDAY_MASKS)), draw(HANDLING))
    pairs = [(a, b) for a in codes for b in codes if a != b]
    network = Network(
        sites,
        transfer_days={pairs[i % len(pairs)]: days for i, days in draw(TRANSFERS).items()}
        if pairs else {},
        default_transfer_days=draw(DAYS),
        delivery_days=draw(DAYS),
        carrier_calendar=calendar(draw(WEEKDAY_MASKS)),
        receiving_site=draw(st.sampled_from([None, *codes])),
    )
    stock = tuple(StockSupply(code, qty) for code, qty in ((c, draw(STOCK)) for c in codes)
                  if qty >= 0)
    incoming = tuple(
        IncomingSupply(f"PO-{n}", n, codes[site % len(codes)], today + timedelta(days=days),
                       free)
        for n, (site, days, free) in enumerate(draw(PO_LINES))
    )
    catalog = tuple(
        CatalogSupply(n, f"SUP{n}", f"REF{n}", cost, lead, calendar(order), calendar(work))
        for n, (cost, lead, order, work) in enumerate(draw(OFFERS))
    )
    shops = [code for code in codes if sites[code].kind is SiteKind.SHOP]
    ctx = OrderContext(draw(st.sampled_from(shops)), draw(st.sampled_from(Channel)),
                       draw(modes), today)
    rules = SourcingRules(tuple(draw(preferences)), draw(splits))
    return Scenario(network, SupplySnapshot(SKU, stock, incoming, catalog), ctx, rules,
                    draw(qty))


def plan_or_none(scenario: Scenario) -> LinePlan | None:
    try:
        return scenario.plan()
    except Refused:
        return None


def allocated(plans) -> tuple[Counter, Counter]:
    """Units taken per stock site and per PO line, over one or several line plans."""
    per_site, per_po_line = Counter(), Counter()
    for plan in plans:
        for allocation in plan.allocations:
            candidate = allocation.candidate
            if candidate.kind is SourceKind.SITE_STOCK:
                per_site[candidate.site] += allocation.qty
            elif candidate.kind is SourceKind.PO_LINE:
                per_po_line[candidate.po_line_id] += allocation.qty
    return per_site, per_po_line


def assert_nothing_allocated_twice(snapshot: SupplySnapshot, plans) -> None:
    per_site, per_po_line = allocated(plans)
    available = {s.site: s.available for s in snapshot.stock}
    free = {s.po_line_id: s.free for s in snapshot.incoming}
    for site, qty in per_site.items():
        assert qty <= available[site], (site, qty, available)
    for po_line_id, qty in per_po_line.items():
        assert qty <= free[po_line_id], (po_line_id, qty, free)


@PROPERTIES
@given(scenarios())
def test_no_unit_is_allocated_twice_within_a_line(scenario):
    plan = plan_or_none(scenario)
    if plan is not None:
        assert_nothing_allocated_twice(scenario.snapshot, [plan])
        keys = [a.candidate.source_key for a in plan.allocations]
        assert len(keys) == len(set(keys))


@PROPERTIES
@given(scenarios(qty=st.integers(1, 8)), st.lists(st.integers(1, 8), min_size=1, max_size=3))
def test_no_unit_is_allocated_twice_across_the_lines_of_an_order(scenario, more):
    requests = [LineRequest(SKU, scenario.qty), *(LineRequest(SKU, qty) for qty in more)]
    try:
        order = plan_order(requests, {SKU: scenario.snapshot}, scenario.ctx, scenario.network,
                           scenario.rules)
    except Refused:
        return
    assert [line.qty for line in order.lines] == [r.qty for r in requests]
    assert_nothing_allocated_twice(scenario.snapshot, order.lines)


@PROPERTIES
@given(scenarios())
def test_allocations_add_up_to_the_line_or_the_line_is_refused(scenario):
    plan = plan_or_none(scenario)
    if plan is not None:
        assert plan.sku == SKU and plan.qty == scenario.qty
        assert all(a.qty > 0 for a in plan.allocations)
        assert sum(a.qty for a in plan.allocations) == scenario.qty


@PROPERTIES
@given(scenarios())
def test_what_has_nothing_free_is_never_allocated(scenario):
    plan = plan_or_none(scenario)
    if plan is not None:
        empty_po_lines = {s.po_line_id for s in scenario.snapshot.incoming if s.free == 0}
        empty_sites = {s.site for s in scenario.snapshot.stock if s.available == 0}
        for allocation in plan.allocations:
            candidate = allocation.candidate
            if candidate.kind is SourceKind.PO_LINE:
                assert candidate.po_line_id not in empty_po_lines
            if candidate.kind is SourceKind.SITE_STOCK:
                assert candidate.site not in empty_sites


@PROPERTIES
@given(scenarios())
def test_a_promise_is_never_before_today_nor_before_the_goods_are_ready(scenario):
    plan = plan_or_none(scenario)
    if plan is not None:
        assert plan.promise_date >= scenario.ctx.today
        for allocation in plan.allocations:
            assert allocation.candidate.ready_date >= scenario.ctx.today
            assert allocation.promise_date >= allocation.candidate.ready_date
            assert plan.promise_date >= allocation.promise_date


@PROPERTIES
@given(scenarios(splits=st.just(SplitRule.NEVER)))
def test_a_line_that_may_not_split_has_exactly_one_source(scenario):
    plan = plan_or_none(scenario)
    if plan is not None:
        assert len(plan.allocations) == 1


@PROPERTIES
@given(scenarios(preferences=st.permutations(list(Preference)),
                 splits=st.just(SplitRule.ALWAYS),
                 modes=st.sampled_from([Mode.PICKUP, Mode.DELIVERY])))
def test_splitting_always_serves_any_line_the_total_supply_covers(scenario):
    supply = scenario.snapshot
    total = (sum(s.available for s in supply.stock) + sum(s.free for s in supply.incoming)
             if not supply.catalog else float("inf"))
    if total >= scenario.qty:
        plan = scenario.plan()
        assert sum(a.qty for a in plan.allocations) == scenario.qty
    else:
        try:
            scenario.plan()
        except Refused as refused:
            assert refused.code in {"not_enough", "no_supply"}
        else:
            raise AssertionError("served more than the network holds")
