"""Writing a PO by hand: a supplier's terms for an item, the date goods ordered today
arrive, the names of the items."""

from __future__ import annotations

import datetime
from decimal import Decimal

from oms_desktop.services.po_drafting import expected_arrival, product_names, supplier_offer

D = datetime.date


def test_a_suppliers_offer_is_found_by_sku_ean_or_reference(retailer):
    for item in ("TEAPOT", "5901234123457", "ACME-TP1"):
        offer = supplier_offer(retailer, "ACME", item)
        assert (offer.sku, offer.supplier_ref, offer.cost, offer.pack_size) == \
            ("TEAPOT", "ACME-TP1", Decimal("8.00"), 6)
    assert supplier_offer(retailer, "ACME", "MUG") is None  # ours, not in its catalog
    assert supplier_offer(retailer, "ACME", "NO-SUCH-THING") is None


def test_goods_ordered_today_arrive_after_the_next_order_day_and_the_lead_time(retailer, today):
    # Thursday 26 Nov is an order day of ACME (mon, thu); 5 working days later
    assert expected_arrival(retailer, "ACME", today) == D(2026, 12, 3)


def test_names_come_from_our_products_then_the_catalogs(retailer):
    assert product_names(retailer, ["MUG", "TEAPOT", "NOPE"]) == {"MUG": "Mug",
                                                                  "TEAPOT": "Teapot"}
    assert product_names(retailer, []) == {}
