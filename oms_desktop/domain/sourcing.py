"""The sourcing and promise engine.

For one order line it lists every way to serve it (`candidates`), each with the date the
customer would get the goods and why, sorted in the retailer's order of preference; then
`plan_line` picks one source, or several when the split rule allows it. Nothing here reads
a clock or a database: the caller hands in today, the network and a snapshot of supply.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from .errors import InvalidInput, Refused
from .model import (
    Allocation,
    Candidate,
    CatalogSupply,
    IncomingSupply,
    LinePlan,
    LineRequest,
    Mode,
    Network,
    OrderContext,
    OrderPlan,
    Preference,
    Reason,
    SiteKind,
    SourceKind,
    SplitRule,
    StockSupply,
    SupplySnapshot,
    TransitSupply,
)
from .purchasing import order_and_arrival
from .rules import SourcingRules


def catalog_destination(ctx: OrderContext, network: Network) -> str:
    """Where a supplier delivers goods sold from its catalog: the pick-up shop, or for home
    delivery the receiving warehouse (the selling site when there is none)."""
    if ctx.mode is Mode.DELIVERY and network.receiving_site:
        return network.receiving_site
    return ctx.site


def route_to_customer(network: Network, ctx: OrderContext, site_code: str,
                      ready: date) -> tuple[date, dict[str, Any]]:
    """From goods ready at `site_code` to the customer: handling, then transfer or delivery."""
    site = network.site(site_code)
    dispatch = site.calendar.add_days(ready, site.handling_days)
    route: dict[str, Any] = {"site": site_code, "handling_days": site.handling_days}
    if ctx.mode is Mode.DELIVERY:
        route["delivery_days"] = network.delivery_days
        return network.carrier_calendar.add_days(dispatch, network.delivery_days), route
    if site_code == ctx.site:
        return dispatch, route
    days = network.transfer(site_code, ctx.site)
    route["transfer_days"] = days
    route["to_site"] = ctx.site
    arrival = network.carrier_calendar.add_days(dispatch, days)
    return network.site(ctx.site).calendar.next_open(arrival), route


def _stock_candidate(stock: StockSupply, preference: Preference, ctx: OrderContext,
                     network: Network) -> Candidate:
    if ctx.mode is Mode.TAKE_AWAY:
        return Candidate(SourceKind.SITE_STOCK, preference, stock.available, stock.site,
                         ctx.today, ctx.today, Reason.of("take_away", site=stock.site))
    promise, route = route_to_customer(network, ctx, stock.site, ctx.today)
    return Candidate(SourceKind.SITE_STOCK, preference, stock.available, stock.site,
                     ctx.today, promise, Reason.of("site_stock", **route))


def _transit_candidate(supply: TransitSupply, preference: Preference, ctx: OrderContext,
                       network: Network) -> Candidate:
    ready = max(supply.expected, ctx.today)
    promise, route = route_to_customer(network, ctx, supply.site, ready)
    reason = Reason.of("in_transit", transfer=supply.transfer, expected=supply.expected,
                       **route)
    return Candidate(SourceKind.SITE_STOCK, preference, supply.free, supply.site, ready,
                     promise, reason, transfer_id=supply.transfer_id)


def _incoming_candidate(supply: IncomingSupply, ctx: OrderContext,
                        network: Network) -> Candidate:
    overdue = supply.expected < ctx.today
    ready = max(supply.expected, ctx.today)
    promise, route = route_to_customer(network, ctx, supply.site, ready)
    reason = Reason.of("incoming_po", po=supply.po, expected=supply.expected,
                       overdue=overdue, **route)
    return Candidate(SourceKind.PO_LINE, Preference.INCOMING_PO, supply.free, supply.site,
                     ready, promise, reason, po=supply.po, po_line_id=supply.po_line_id)


def catalog_arrival(offer: CatalogSupply, today: date) -> tuple[date, date]:
    """(the day the supplier is ordered from, the day its goods arrive)."""
    return order_and_arrival(offer.order_calendar, offer.delivery_calendar, offer.lead_days,
                             today)


def _catalog_candidate(offer: CatalogSupply, ctx: OrderContext,
                       network: Network) -> Candidate:
    destination = catalog_destination(ctx, network)
    order_day, arrival = catalog_arrival(offer, ctx.today)
    ready = network.site(destination).calendar.next_open(arrival)
    promise, route = route_to_customer(network, ctx, destination, ready)
    reason = Reason.of("catalog", supplier=offer.supplier, order_date=order_day,
                       lead_days=offer.lead_days, arrival=ready, **route)
    return Candidate(SourceKind.CATALOG, Preference.CATALOG, None, destination, ready, promise,
                     reason, offer_id=offer.offer_id, supplier=offer.supplier,
                     supplier_ref=offer.supplier_ref, unit_cost_cents=offer.unit_cost_cents)


def _stock_of(snapshot: SupplySnapshot, network: Network, wanted) -> list[StockSupply]:
    return [s for s in snapshot.stock
            if s.available > 0 and s.site in network.sites and wanted(network.site(s.site))]


def candidates(request: LineRequest, snapshot: SupplySnapshot, ctx: OrderContext,
               network: Network, rules: SourcingRules) -> list[Candidate]:
    """Every way to serve the line, best first by the retailer's preference."""
    if ctx.site not in network.sites:
        raise InvalidInput("site", "unknown site {site}", site=ctx.site)
    result: list[Candidate] = []
    seen_sites: set[str] = set()
    seen_transfers: set[int] = set()
    for preference in rules.preference:
        if ctx.mode is Mode.TAKE_AWAY and preference is not Preference.SHELF:
            continue  # the customer leaves with the goods: only this shop's shelf can do that
        group: list[Candidate] = []
        if preference in (Preference.SHELF, Preference.WAREHOUSE, Preference.OTHER_SHOP):
            wanted = {
                Preference.SHELF: lambda site: site.code == ctx.site,
                Preference.WAREHOUSE: lambda site: site.kind is SiteKind.WAREHOUSE,
                Preference.OTHER_SHOP: lambda site: (site.kind is SiteKind.SHOP
                                                     and site.code != ctx.site),
            }[preference]
            for stock in _stock_of(snapshot, network, wanted):
                if stock.site not in seen_sites:
                    seen_sites.add(stock.site)
                    group.append(_stock_candidate(stock, preference, ctx, network))
            if ctx.mode is not Mode.TAKE_AWAY:  # not on the shelf yet
                for supply in snapshot.in_transit:
                    if (supply.free > 0 and supply.site in network.sites
                            and wanted(network.site(supply.site))
                            and supply.transfer_id not in seen_transfers):
                        seen_transfers.add(supply.transfer_id)
                        group.append(_transit_candidate(supply, preference, ctx, network))
            group.sort(key=lambda c: (c.promise_date, -(c.available or 0), c.site))
        elif preference is Preference.INCOMING_PO:
            group = [_incoming_candidate(s, ctx, network) for s in snapshot.incoming
                     if s.free > 0 and s.site in network.sites]
            group.sort(key=lambda c: (c.ready_date, c.promise_date, c.po_line_id))
        elif preference is Preference.CATALOG:
            group = [_catalog_candidate(o, ctx, network) for o in snapshot.catalog]
            group.sort(key=lambda c: (c.promise_date, c.unit_cost_cents, c.supplier or ""))
        result.extend(group)
    return result


def _fill(options: Iterable[Candidate], qty: int) -> tuple[Allocation, ...] | None:
    """Take from each option in turn until the line is filled; None if they cannot fill it."""
    allocations = []
    left = qty
    for option in options:
        take = left if option.available is None else min(left, option.available)
        if take > 0:
            allocations.append(Allocation(option, take))
            left -= take
        if left == 0:
            return tuple(allocations)
    return None


def _refuse_line(request: LineRequest, options: list[Candidate], ctx: OrderContext,
                 rules: SourcingRules) -> Refused:
    total = sum(o.available or 0 for o in options)
    params = {"sku": request.sku, "requested": request.qty, "available": total}
    if ctx.mode is Mode.TAKE_AWAY:
        return Refused("not_on_shelf",
                       "{sku}: only {available} on the shelf of {site} for "
                       "{requested} wanted; offer pick-up or delivery instead",
                       {**params, "site": ctx.site}, sku=request.sku, available=total,
                       site=ctx.site, requested=request.qty)
    if not options:
        return Refused("no_supply",
                       "{sku}: no stock, no confirmed purchase order and no "
                       "supplier offer can serve it", params, sku=request.sku)
    if rules.split is SplitRule.NEVER and total >= request.qty:
        largest = max(o.available or 0 for o in options)
        return Refused("no_single_source",
                       "{sku}: no single source holds {requested} (largest "
                       "{largest}) and splitting is not allowed",
                       {**params, "largest": largest}, sku=request.sku,
                       requested=request.qty, largest=largest)
    return Refused("not_enough",
                   "{sku}: {requested} wanted but only {available} can be sourced",
                   params, sku=request.sku, requested=request.qty, available=total)


def plan_line(request: LineRequest, snapshot: SupplySnapshot, ctx: OrderContext,
              network: Network, rules: SourcingRules) -> LinePlan:
    """Choose the supply of one line, or raise `Refused` with the reason."""
    if request.qty <= 0:
        raise InvalidInput("quantity", "{sku}: must be positive (got {value})",
                           sku=request.sku, value=request.qty)
    if not snapshot.active:
        raise Refused("inactive", "{sku} is no longer sold", {"sku": request.sku},
                      sku=request.sku)
    options = tuple(candidates(request, snapshot, ctx, network, rules))
    plan = _choose(request, options, rules)
    if plan is None:
        raise _refuse_line(request, list(options), ctx, rules)
    return replace(plan, options=options)


def _choose(request: LineRequest, options: tuple[Candidate, ...],
            rules: SourcingRules) -> LinePlan | None:
    single = next((o for o in options if o.can_serve(request.qty)), None)

    def one(option: Candidate) -> LinePlan:
        return LinePlan(request.sku, request.qty, (Allocation(option, request.qty),),
                        Reason.of("single_source", preference=option.preference.value))

    if rules.split is SplitRule.ALWAYS:
        filled = _fill(options, request.qty)
        if filled is not None:
            why = "single_source" if len(filled) == 1 else "split_by_preference"
            return LinePlan(request.sku, request.qty, filled,
                            Reason.of(why, preference=filled[0].candidate.preference.value))
    elif rules.split is SplitRule.IF_EARLIER:
        soonest = _fill(sorted(options, key=lambda o: o.promise_date), request.qty)
        if single is None and soonest is not None:
            return LinePlan(request.sku, request.qty, soonest, Reason.of("split_needed"))
        if single is not None:
            if soonest is not None and len(soonest) > 1:
                soonest_date = max(a.promise_date for a in soonest)
                if soonest_date < single.promise_date:
                    return LinePlan(request.sku, request.qty, soonest,
                                    Reason.of("split_earlier", single_date=single.promise_date))
            return one(single)
    elif single is not None:
        return one(single)
    return None


def consume(snapshot: SupplySnapshot, allocations: Iterable[Allocation]) -> SupplySnapshot:
    """The snapshot left once `allocations` are held, for the next line of the same order."""
    stock = {s.site: s.available for s in snapshot.stock}
    incoming = {s.po_line_id: s.free for s in snapshot.incoming}
    transit = {s.transfer_id: s.free for s in snapshot.in_transit}
    for allocation in allocations:
        c = allocation.candidate
        if c.kind is SourceKind.SITE_STOCK and c.transfer_id is not None:
            transit[c.transfer_id] -= allocation.qty
        elif c.kind is SourceKind.SITE_STOCK:
            stock[c.site] -= allocation.qty
        elif c.kind is SourceKind.PO_LINE:
            incoming[c.po_line_id] -= allocation.qty
    return replace(
        snapshot,
        stock=tuple(replace(s, available=stock[s.site]) for s in snapshot.stock),
        incoming=tuple(replace(s, free=incoming[s.po_line_id]) for s in snapshot.incoming),
        in_transit=tuple(replace(s, free=transit[s.transfer_id]) for s in snapshot.in_transit),
    )


def plan_order(requests: Iterable[LineRequest], snapshots: Mapping[str, SupplySnapshot],
               ctx: OrderContext, network: Network, rules: SourcingRules) -> OrderPlan:
    """Plan every line; lines of the same product share its supply, first line first."""
    left = dict(snapshots)
    plans = []
    for request in requests:
        plan = plan_line(request, left[request.sku], ctx, network, rules)
        left[request.sku] = consume(left[request.sku], plan.allocations)
        plans.append(plan)
    if not plans:
        raise InvalidInput("lines", "an order needs at least one line")
    return OrderPlan(tuple(plans))
