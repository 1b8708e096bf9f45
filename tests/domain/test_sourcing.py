"""The orchestrator's rules, one test per rule of domain.md.

Network (domain_builders): shops PAR and LYO open mon-sat, warehouse WH open mon-fri, carrier
mon-fri, transfers 2 days, home delivery 2 days, no handling unless a test asks for it.
Today is Thursday 2026-11-26.
"""

from datetime import date

import pytest
from domain_builders import (
    FRENCH_HOLIDAYS,
    SKU,
    TODAY,
    Channel,
    Mode,
    Preference,
    SplitRule,
    ctx,
    labels,
    line,
    network,
    offer,
    po_line,
    rules,
    snapshot,
    sources,
)

from oms_desktop.domain.errors import InvalidInput, Refused
from oms_desktop.domain.model import SourceKind
from oms_desktop.domain.rules import RuleBook
from oms_desktop.domain.sourcing import candidates, plan_line, plan_order

FRI_27_NOV = date(2026, 11, 27)
SAT_28_NOV = date(2026, 11, 28)
MON_30_NOV = date(2026, 11, 30)
TUE_1_DEC = date(2026, 12, 1)
WED_2_DEC = date(2026, 12, 2)
THU_3_DEC = date(2026, 12, 3)
TUE_8_DEC = date(2026, 12, 8)

TAKE_AWAY = RuleBook().rules_for(Channel.SHOP, Mode.TAKE_AWAY)


def serve(qty, supply, context=None, net=None, rule=None):
    return plan_line(line(qty), supply, context or ctx(), net or network(), rule or rules())


def options(supply, context=None, net=None, rule=None):
    return candidates(line(1), supply, context or ctx(), net or network(), rule or rules())


def refusal(qty, supply, context=None, net=None, rule=None) -> Refused:
    with pytest.raises(Refused) as refused:
        serve(qty, supply, context, net, rule)
    return refused.value


def only(plan):
    assert len(plan.allocations) == 1, sources(plan)
    return plan.allocations[0].candidate


# -- the default order of preference ---------------------------------------------------------


def test_lists_every_source_in_the_default_order_of_preference():
    supply = snapshot(
        {"LYO": 1, "WH": 1, "PAR": 1},
        incoming=(po_line(2, THU_3_DEC, 1), po_line(1, TUE_1_DEC, 1)),
        catalog=(offer(1, lead_days=5, cost=1000), offer(2, lead_days=3, cost=2000),
                 offer(3, lead_days=3, cost=1500)),
    )
    found = options(supply)
    assert labels(found) == ["PAR", "WH", "LYO", "PO-1", "PO-2", "offer-3", "offer-2", "offer-1"]
    assert [c.preference for c in found] == [
        Preference.SHELF, Preference.WAREHOUSE, Preference.OTHER_SHOP,
        Preference.INCOMING_PO, Preference.INCOMING_PO,
        Preference.CATALOG, Preference.CATALOG, Preference.CATALOG,
    ]


@pytest.mark.parametrize("supply, chosen", [
    pytest.param(snapshot({"WH": 5, "PAR": 5}), "PAR", id="the shelf before the warehouse"),
    pytest.param(snapshot({"LYO": 5, "WH": 5}), "WH", id="the warehouse before another shop"),
    pytest.param(snapshot({"LYO": 5}, (po_line(1, TUE_1_DEC, 5, site="PAR"),)), "LYO",
                 id="another shop before an incoming PO"),
    pytest.param(snapshot(incoming=(po_line(1, TUE_8_DEC, 5),), catalog=(offer(lead_days=1),)),
                 "PO-1", id="an incoming PO before the catalog, even a later one"),
    pytest.param(snapshot(incoming=(po_line(2, THU_3_DEC, 5), po_line(1, TUE_1_DEC, 5))),
                 "PO-1", id="the PO expected first"),
    pytest.param(snapshot(catalog=(offer(1, lead_days=5, cost=500),
                                   offer(2, lead_days=3, cost=900))),
                 "offer-2", id="the catalog offer promised first"),
    pytest.param(snapshot(catalog=(offer(1, lead_days=3, cost=900),
                                   offer(2, lead_days=3, cost=500))),
                 "offer-2", id="the cheapest catalog offer when promises tie"),
])
def test_serves_a_line_from_the_first_source_in_the_order_of_preference(supply, chosen):
    assert sources(serve(1, supply)) == [(chosen, 1)]


def test_preference_beats_an_earlier_date_when_one_source_can_serve():
    net = network(transfer_days={("LYO", "PAR"): 1, ("WH", "PAR"): 3})
    plan = serve(2, snapshot({"WH": 5, "LYO": 5}), net=net)
    assert sources(plan) == [("WH", 2)]
    assert plan.promise_date == date(2026, 12, 1)
    assert plan.why.as_dict() == {"preference": "warehouse"}


def test_among_other_shops_the_soonest_comes_first_then_the_largest_stock():
    net = network(extra_shops=("BDX",), transfer_days={("BDX", "PAR"): 4})
    assert labels(options(snapshot({"BDX": 9, "LYO": 1}), net=net)) == ["LYO", "BDX"]
    same_distance = network(extra_shops=("BDX",))
    assert labels(options(snapshot({"LYO": 1, "BDX": 9}), net=same_distance)) == ["BDX", "LYO"]


def test_incoming_pos_are_taken_earliest_expected_first_even_if_another_arrives_sooner():
    # PO-1 reaches the warehouse on Tuesday, then travels 2 days; PO-2 reaches PAR on Wednesday.
    supply = snapshot(incoming=(po_line(2, WED_2_DEC, 5, site="PAR"),
                                po_line(1, TUE_1_DEC, 5, site="WH")))
    assert labels(options(supply)) == ["PO-1", "PO-2"]
    assert only(serve(1, supply)).promise_date == THU_3_DEC


# -- what supplies nothing -------------------------------------------------------------------


def test_a_po_line_with_nothing_free_supplies_nothing():
    # A draft PO is not in the snapshot at all; a confirmed line already pegged has free == 0.
    supply = snapshot(incoming=(po_line(1, TUE_1_DEC, 0),))
    assert options(supply) == []
    assert refusal(1, supply).code == "no_supply"


def test_a_po_line_serves_only_its_free_quantity():
    supply = snapshot(incoming=(po_line(1, TUE_1_DEC, 2),))
    assert refusal(3, supply).params["available"] == 2


def test_stock_at_a_site_outside_the_network_is_ignored():
    supply = snapshot({"NCE": 5}, incoming=(po_line(1, TUE_1_DEC, 5, site="NCE"),))
    assert options(supply) == []


def test_sources_the_rules_do_not_name_are_never_used():
    supply = snapshot({"LYO": 5}, incoming=(po_line(1, TUE_1_DEC, 5),), catalog=(offer(),))
    assert refusal(1, supply, rule=rules("shelf,warehouse")).code == "no_supply"
    assert sources(serve(1, snapshot({"PAR": 5}, catalog=(offer(),)), rule=rules("catalog"))) \
        == [("offer-1", 1)]


def test_a_catalog_offer_serves_any_quantity_from_one_source():
    plan = serve(1000, snapshot({"PAR": 3}, catalog=(offer(),)))
    assert sources(plan) == [("offer-1", 1000)]
    assert only(plan).available is None


# -- one source, or a split by the retailer's rule -------------------------------------------


@pytest.mark.parametrize("split", [SplitRule.NEVER, SplitRule.IF_EARLIER])
def test_a_line_is_served_by_one_source_when_one_can_serve_it(split):
    plan = serve(3, snapshot({"PAR": 2, "WH": 5, "LYO": 5}), rule=rules(split=split))
    assert sources(plan) == [("WH", 3)]
    assert plan.why.code == "single_source"
    assert plan.why.as_dict() == {"preference": "warehouse"}


def test_never_split_refuses_when_no_single_source_holds_the_quantity():
    refused = refusal(3, snapshot({"PAR": 2, "WH": 2}), rule=rules(split=SplitRule.NEVER))
    assert refused.code == "no_single_source"
    assert refused.params == {"sku": SKU, "requested": 3, "available": 4, "largest": 2}


def test_split_if_earlier_splits_when_it_brings_the_date_forward():
    # The only single source is a PO due Thursday 10 Dec, at PAR on Monday 14 Dec; the shelf
    # and Lyon together can have the goods at PAR on Monday 30 Nov.
    supply = snapshot({"PAR": 2, "LYO": 1}, incoming=(po_line(1, date(2026, 12, 10), 5),))
    plan = serve(3, supply)
    assert sources(plan) == [("PAR", 2), ("LYO", 1)]
    assert plan.promise_date == MON_30_NOV
    assert plan.why.code == "split_earlier"
    assert plan.why.as_dict() == {"single_date": date(2026, 12, 14)}


def test_split_if_earlier_does_not_split_for_the_same_date():
    # Shelf 2 + warehouse 1 would also reach PAR on Monday: no reason to split.
    plan = serve(3, snapshot({"PAR": 2, "WH": 3, "LYO": 1}))
    assert sources(plan) == [("WH", 3)]
    assert plan.why.code == "single_source"


def test_split_if_earlier_splits_when_no_single_source_can_serve_soonest_first():
    supply = snapshot({"LYO": 2}, incoming=(po_line(1, THU_3_DEC, 2, site="PAR"),))
    plan = serve(3, supply)
    assert sources(plan) == [("LYO", 2), ("PO-1", 1)]
    assert plan.why.code == "split_needed"
    assert plan.promise_date == THU_3_DEC


def test_split_always_fills_in_the_order_of_preference():
    plan = serve(3, snapshot({"LYO": 5, "WH": 1, "PAR": 1}), rule=rules(split=SplitRule.ALWAYS))
    assert sources(plan) == [("PAR", 1), ("WH", 1), ("LYO", 1)]
    assert plan.why.code == "split_by_preference"
    assert plan.why.as_dict() == {"preference": "shelf"}


def test_split_always_takes_one_source_when_the_first_one_holds_enough():
    plan = serve(3, snapshot({"PAR": 3, "WH": 5}), rule=rules(split=SplitRule.ALWAYS))
    assert sources(plan) == [("PAR", 3)]
    assert plan.why.code == "single_source"


def test_split_always_completes_from_the_catalog():
    plan = serve(3, snapshot({"PAR": 1}, catalog=(offer(),)), rule=rules(split=SplitRule.ALWAYS))
    assert sources(plan) == [("PAR", 1), ("offer-1", 2)]


# -- take away -------------------------------------------------------------------------------


def test_take_away_serves_from_the_shelf_today():
    net = network(par_handling=2)
    plan = serve(2, snapshot({"PAR": 2}), ctx(mode=Mode.TAKE_AWAY), net, TAKE_AWAY)
    assert sources(plan) == [("PAR", 2)]
    assert plan.promise_date == TODAY
    assert only(plan).reason.code == "take_away"
    assert only(plan).reason.as_dict() == {"site": "PAR"}


def test_take_away_offers_nothing_but_the_shelf():
    supply = snapshot({"PAR": 1, "WH": 9, "LYO": 9}, incoming=(po_line(1, TUE_1_DEC, 9),),
                      catalog=(offer(),))
    assert labels(options(supply, ctx(mode=Mode.TAKE_AWAY), rule=TAKE_AWAY)) == ["PAR"]
    # Even rules naming incoming POs and the catalog give nothing to take away from them.
    assert labels(options(supply, ctx(mode=Mode.TAKE_AWAY), rule=rules("incoming_po,catalog"))) \
        == []


def test_take_away_is_refused_when_the_shelf_lacks_the_goods():
    refused = refusal(2, snapshot({"PAR": 1, "WH": 9}), ctx(mode=Mode.TAKE_AWAY), rule=TAKE_AWAY)
    assert refused.code == "not_on_shelf"
    assert refused.params == {"sku": SKU, "requested": 2, "available": 1, "site": "PAR"}


def test_take_away_never_uses_another_sites_stock_even_if_the_rules_name_it():
    supply = snapshot({"WH": 9})
    found = options(supply, ctx(mode=Mode.TAKE_AWAY), rule=rules("shelf,warehouse,other_shop"))
    assert found == []


# -- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize("qty, supply, context, rule, code, params", [
    pytest.param(1, snapshot(), ctx(), rules(), "no_supply",
                 {"sku": SKU, "requested": 1, "available": 0}, id="no_supply"),
    pytest.param(3, snapshot({"PAR": 1, "LYO": 1}), ctx(), rules(), "not_enough",
                 {"sku": SKU, "requested": 3, "available": 2}, id="not_enough"),
    pytest.param(3, snapshot({"PAR": 1, "LYO": 1}), ctx(), rules(split=SplitRule.ALWAYS),
                 "not_enough", {"sku": SKU, "requested": 3, "available": 2},
                 id="not_enough even when splitting always"),
    pytest.param(3, snapshot({"PAR": 1, "LYO": 1}), ctx(), rules(split=SplitRule.NEVER),
                 "not_enough", {"sku": SKU, "requested": 3, "available": 2},
                 id="not_enough rather than no_single_source when the total is short"),
    pytest.param(3, snapshot({"PAR": 2, "LYO": 2}), ctx(), rules(split=SplitRule.NEVER),
                 "no_single_source",
                 {"sku": SKU, "requested": 3, "available": 4, "largest": 2},
                 id="no_single_source"),
    pytest.param(1, snapshot({"WH": 5}), ctx(mode=Mode.TAKE_AWAY), TAKE_AWAY, "not_on_shelf",
                 {"sku": SKU, "requested": 1, "available": 0, "site": "PAR"},
                 id="not_on_shelf"),
    pytest.param(1, snapshot({"PAR": 5}, catalog=(offer(),), active=False), ctx(), rules(),
                 "inactive", {"sku": SKU}, id="inactive even with stock"),
])
def test_refuses_a_line_with_a_code_and_the_figures_behind_it(qty, supply, context, rule,
                                                              code, params):
    refused = refusal(qty, supply, context, rule=rule)
    assert (refused.code, refused.params) == (code, params)


@pytest.mark.parametrize("qty", [0, -1])
def test_a_line_needs_a_positive_quantity(qty):
    with pytest.raises(InvalidInput):
        serve(qty, snapshot({"PAR": 5}))


def test_selling_from_a_site_outside_the_network_is_invalid():
    with pytest.raises(InvalidInput):
        serve(1, snapshot({"PAR": 5}), ctx(site="NCE"))


# -- promise dates and why -------------------------------------------------------------------


@pytest.mark.parametrize("net, context, supply, promise, why", [
    pytest.param(network(), ctx(), snapshot({"PAR": 1}), TODAY,
                 {"site": "PAR", "handling_days": 0}, id="shelf, pick-up today"),
    pytest.param(network(par_handling=1), ctx(), snapshot({"PAR": 1}), FRI_27_NOV,
                 {"site": "PAR", "handling_days": 1}, id="shelf, one handling day"),
    pytest.param(network(par_handling=2), ctx(), snapshot({"PAR": 1}), SAT_28_NOV,
                 {"site": "PAR", "handling_days": 2}, id="shelf, the shop opens on Saturdays"),
    pytest.param(network(wh_handling=1), ctx(), snapshot({"WH": 1}), TUE_1_DEC,
                 {"site": "WH", "handling_days": 1, "transfer_days": 2, "to_site": "PAR"},
                 id="warehouse to shop: handling Friday, transfer Monday and Tuesday"),
    pytest.param(network(transfer_days={("WH", "PAR"): 1}), ctx(), snapshot({"WH": 1}),
                 FRI_27_NOV,
                 {"site": "WH", "handling_days": 0, "transfer_days": 1, "to_site": "PAR"},
                 id="warehouse to shop, a one-day transfer"),
    pytest.param(network(), ctx(), snapshot({"LYO": 1}), MON_30_NOV,
                 {"site": "LYO", "handling_days": 0, "transfer_days": 2, "to_site": "PAR"},
                 id="another shop: the carrier skips the weekend"),
    pytest.param(network(lyo_days="tue-sat"), ctx(site="LYO"), snapshot({"WH": 1}), TUE_1_DEC,
                 {"site": "WH", "handling_days": 0, "transfer_days": 2, "to_site": "LYO"},
                 id="arrives on a Monday the pick-up shop is closed"),
    pytest.param(network(), ctx(mode=Mode.DELIVERY), snapshot({"PAR": 1}), MON_30_NOV,
                 {"site": "PAR", "handling_days": 0, "delivery_days": 2},
                 id="home delivery from the shelf"),
    pytest.param(network(par_handling=2), ctx(mode=Mode.DELIVERY), snapshot({"PAR": 1}),
                 WED_2_DEC, {"site": "PAR", "handling_days": 2, "delivery_days": 2},
                 id="home delivery, handed to the carrier on Saturday, collected Monday"),
    pytest.param(network(wh_handling=1), ctx(mode=Mode.DELIVERY), snapshot({"WH": 1}),
                 TUE_1_DEC, {"site": "WH", "handling_days": 1, "delivery_days": 2},
                 id="home delivery from the warehouse"),
])
def test_promises_stock_after_handling_and_transfer_or_delivery_on_business_days(
        net, context, supply, promise, why):
    chosen = only(serve(1, supply, context, net))
    assert chosen.kind is SourceKind.SITE_STOCK
    assert chosen.ready_date == TODAY
    assert chosen.promise_date == promise
    assert chosen.reason.code == "site_stock"
    assert chosen.reason.as_dict() == why


@pytest.mark.parametrize("holidays, promise", [
    (frozenset(), date(2026, 12, 28)),
    (FRENCH_HOLIDAYS, date(2026, 12, 29)),
])
def test_transfers_skip_the_holidays_handed_in(holidays, promise):
    # Wednesday 23 Dec: handled on Thursday 24, then two carrier days over Christmas.
    net = network(wh_handling=1, holidays=holidays)
    chosen = only(serve(1, snapshot({"WH": 1}), ctx(today=date(2026, 12, 23)), net))
    assert chosen.promise_date == promise


@pytest.mark.parametrize("net, context, incoming, ready, promise, why", [
    pytest.param(network(wh_handling=1), ctx(), po_line(1, THU_3_DEC, 5), THU_3_DEC, TUE_8_DEC,
                 {"po": "PO-1", "expected": THU_3_DEC, "overdue": False, "site": "WH",
                  "handling_days": 1, "transfer_days": 2, "to_site": "PAR"},
                 id="due at the warehouse, handled, transferred"),
    pytest.param(network(wh_handling=1), ctx(), po_line(1, date(2026, 11, 20), 5), TODAY,
                 TUE_1_DEC,
                 {"po": "PO-1", "expected": date(2026, 11, 20), "overdue": True, "site": "WH",
                  "handling_days": 1, "transfer_days": 2, "to_site": "PAR"},
                 id="overdue: counts from today"),
    pytest.param(network(), ctx(), po_line(1, THU_3_DEC, 5, site="PAR"), THU_3_DEC, THU_3_DEC,
                 {"po": "PO-1", "expected": THU_3_DEC, "overdue": False, "site": "PAR",
                  "handling_days": 0},
                 id="due at the pick-up shop itself"),
    pytest.param(network(wh_handling=1), ctx(mode=Mode.DELIVERY), po_line(1, THU_3_DEC, 5),
                 THU_3_DEC, TUE_8_DEC,
                 {"po": "PO-1", "expected": THU_3_DEC, "overdue": False, "site": "WH",
                  "handling_days": 1, "delivery_days": 2},
                 id="home delivery"),
    pytest.param(network(), ctx(), po_line(1, date(2026, 12, 5), 5), date(2026, 12, 5),
                 date(2026, 12, 9),
                 {"po": "PO-1", "expected": date(2026, 12, 5), "overdue": False, "site": "WH",
                  "handling_days": 0, "transfer_days": 2, "to_site": "PAR"},
                 id="due on a Saturday the warehouse is closed"),
])
def test_promises_an_incoming_po_from_its_expected_date(net, context, incoming, ready, promise,
                                                       why):
    chosen = only(serve(1, snapshot(incoming=(incoming,)), context, net))
    assert (chosen.kind, chosen.po, chosen.po_line_id) == (SourceKind.PO_LINE, "PO-1", 1)
    assert chosen.ready_date == ready
    assert chosen.promise_date == promise
    assert chosen.reason.code == "incoming_po"
    assert chosen.reason.as_dict() == why


@pytest.mark.parametrize("net, context, catalog_offer, site, promise, why", [
    pytest.param(network(), ctx(), offer(order_days="mon", lead_days=3), "PAR", THU_3_DEC,
                 {"supplier": "ACME", "order_date": MON_30_NOV, "lead_days": 3,
                  "arrival": THU_3_DEC, "site": "PAR", "handling_days": 0},
                 id="pick-up: ordered on Monday, delivered to the shop"),
    pytest.param(network(), ctx(site="LYO"), offer(lead_days=2), "LYO", MON_30_NOV,
                 {"supplier": "ACME", "order_date": TODAY, "lead_days": 2,
                  "arrival": MON_30_NOV, "site": "LYO", "handling_days": 0},
                 id="pick-up elsewhere: delivered to that shop, not the warehouse"),
    pytest.param(network(wh_handling=1), ctx(mode=Mode.DELIVERY), offer(lead_days=2), "WH",
                 THU_3_DEC,
                 {"supplier": "ACME", "order_date": TODAY, "lead_days": 2,
                  "arrival": MON_30_NOV, "site": "WH", "handling_days": 1,
                  "delivery_days": 2},
                 id="home delivery: through the receiving warehouse"),
    pytest.param(network(receiving_site=None), ctx(mode=Mode.DELIVERY), offer(lead_days=2),
                 "PAR", WED_2_DEC,
                 {"supplier": "ACME", "order_date": TODAY, "lead_days": 2,
                  "arrival": MON_30_NOV, "site": "PAR", "handling_days": 0,
                  "delivery_days": 2},
                 id="home delivery without a receiving site: through the selling shop"),
    pytest.param(network(), ctx(mode=Mode.DELIVERY), offer(lead_days=2, working_days="mon-sat"),
                 "WH", WED_2_DEC,
                 {"supplier": "ACME", "order_date": TODAY, "lead_days": 2,
                  "arrival": MON_30_NOV, "site": "WH", "handling_days": 0,
                  "delivery_days": 2},
                 id="the supplier delivers on Saturday, the warehouse opens on Monday"),
])
def test_promises_a_catalog_offer_from_the_next_order_day_and_the_lead_time(
        net, context, catalog_offer, site, promise, why):
    chosen = only(serve(1, snapshot(catalog=(catalog_offer,)), context, net))
    assert (chosen.kind, chosen.offer_id, chosen.supplier) == (SourceKind.CATALOG, 1, "ACME")
    assert chosen.site == site
    assert chosen.promise_date == promise
    assert chosen.reason.code == "catalog"
    assert chosen.reason.as_dict() == why


@pytest.mark.parametrize("holidays, promise", [
    (frozenset(), date(2026, 12, 25)),
    (FRENCH_HOLIDAYS, date(2026, 12, 28)),
])
def test_the_lead_time_skips_the_suppliers_holidays(holidays, promise):
    supply = snapshot(catalog=(offer(lead_days=2, holidays=holidays),))
    chosen = only(serve(1, supply, ctx(today=date(2026, 12, 23))))
    assert chosen.promise_date == promise
    assert chosen.reason.as_dict()["arrival"] == promise


# -- rules per channel and mode --------------------------------------------------------------


@pytest.mark.parametrize("channel, mode, chosen", [
    (Channel.WEB, Mode.DELIVERY, "WH"),
    (Channel.MARKETPLACE, Mode.DELIVERY, "WH"),
    (Channel.SHOP, Mode.DELIVERY, "PAR"),
    (Channel.WEB, Mode.PICKUP, "PAR"),
    (Channel.SHOP, Mode.PICKUP, "PAR"),
])
def test_web_and_marketplace_parcels_leave_the_warehouse_first_by_default(channel, mode, chosen):
    rule = RuleBook().rules_for(channel, mode)
    plan = serve(1, snapshot({"PAR": 5, "WH": 5}), ctx(channel=channel, mode=mode), rule=rule)
    assert sources(plan) == [(chosen, 1)]


def test_a_retailer_override_changes_the_order_for_its_channel_and_mode_only():
    book = RuleBook().with_rules(Channel.SHOP, Mode.PICKUP, rules("warehouse,shelf"))
    supply = snapshot({"PAR": 5, "WH": 5})
    shop = serve(1, supply, ctx(), rule=book.rules_for(Channel.SHOP, Mode.PICKUP))
    web = serve(1, supply, ctx(channel=Channel.WEB),
                rule=book.rules_for(Channel.WEB, Mode.PICKUP))
    assert (sources(shop), sources(web)) == ([("WH", 1)], [("PAR", 1)])


def test_other_shops_come_before_the_shelf_when_the_retailer_says_so():
    plan = serve(1, snapshot({"PAR": 5, "LYO": 5}), rule=rules("other_shop,shelf"))
    assert sources(plan) == [("LYO", 1)]


def test_the_shelf_is_not_another_shop():
    refused = refusal(1, snapshot({"PAR": 5}), rule=rules("warehouse,other_shop"))
    assert refused.code == "no_supply"


# -- whole orders ----------------------------------------------------------------------------


def test_two_lines_of_the_same_sku_share_its_supply():
    plan = plan_order([line(2), line(2)], {SKU: snapshot({"PAR": 3, "WH": 5})}, ctx(),
                      network(), rules())
    assert [sources(p) for p in plan.lines] == [[("PAR", 2)], [("WH", 2)]]


def test_the_second_line_cannot_take_the_units_of_the_first():
    with pytest.raises(Refused) as refused:
        plan_order([line(2), line(1)], {SKU: snapshot({"PAR": 2})}, ctx(), network(), rules())
    assert refused.value.code == "no_supply"


def test_the_second_line_cannot_take_the_free_quantity_of_a_po_the_first_took():
    supply = {SKU: snapshot(incoming=(po_line(1, TUE_1_DEC, 3),))}
    with pytest.raises(Refused) as refused:
        plan_order([line(2), line(2)], supply, ctx(), network(), rules())
    assert (refused.value.code, refused.value.params["available"]) == ("not_enough", 1)


def test_catalog_offers_serve_every_line():
    plan = plan_order([line(5), line(5)], {SKU: snapshot(catalog=(offer(),))}, ctx(), network(),
                      rules())
    assert [sources(p) for p in plan.lines] == [[("offer-1", 5)], [("offer-1", 5)]]


def test_an_order_is_promised_for_its_latest_line():
    supply = {"MUG": snapshot({"PAR": 1}, sku="MUG"), "TEA": snapshot({"WH": 1}, sku="TEA")}
    plan = plan_order([line(1, "MUG"), line(1, "TEA")], supply, ctx(), network(), rules())
    assert [p.promise_date for p in plan.lines] == [TODAY, MON_30_NOV]
    assert plan.promise_date == MON_30_NOV


def test_an_order_needs_a_line():
    with pytest.raises(InvalidInput):
        plan_order([], {}, ctx(), network(), rules())

