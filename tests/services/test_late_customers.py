"""The customers to warn when a PO moves: grouped per order, with their contact."""

from __future__ import annotations

import datetime

from oms_desktop.services import ordering, purchasing
from oms_desktop.services.late_customers import late_customers
from oms_desktop.services.ordering import Customer, OrderRequest

D = datetime.date


def test_the_customers_made_late_by_a_po_are_grouped_with_their_contact(retailer, today):
    po = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 4), [("BOWL", 10, "3.00")],
                              today=today)
    purchasing.confirm_po(retailer, po.po, today)
    sold = ordering.place_order(retailer, OrderRequest(
        "PAR", [("BOWL", 2)], "shop", "pickup", Customer("Ana", phone="06 11 22 33 44")), today)
    moved = purchasing.set_expected_date(retailer, po.po, D(2026, 12, 18), today=today)

    [customer] = late_customers(retailer, moved.late)

    assert (customer.order, customer.customer) == (sold.order, "Ana")
    assert "06 11 22 33 44" in customer.contact
    [item] = customer.items
    assert (item.sku, item.name, item.qty, item.why) == ("BOWL", "Bowl", 2, "postponed")
    assert item.promise_date > item.first_promise_date
    assert late_customers(retailer, []) == []
