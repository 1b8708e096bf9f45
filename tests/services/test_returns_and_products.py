"""Customer returns go back to stock through the ledger; products can stop being sold."""

from __future__ import annotations

import pytest

from oms_desktop.domain.errors import InvalidInput, Refused
from oms_desktop.services import ordering, products, returns, stock
from oms_desktop.services.ordering import OrderRequest
from oms_desktop.store.models import LedgerRow


@pytest.fixture
def sold(retailer, today):
    stock.adjust_stock(retailer, "PAR", "MUG", 3, "delivery")
    return ordering.place_order(retailer, OrderRequest("PAR", [("MUG", 3)], mode="take_away"),
                                today)


def test_a_return_is_a_ledger_row_back_into_the_shops_stock(retailer, today, sold):
    view = returns.return_goods(retailer, sold.order, "MUG", 2, "wrong colour", today=today)
    row = LedgerRow.get(LedgerRow.kind == "return")
    assert (row.site.code, row.delta, row.reason, row.reference) == ("PAR", 2, "wrong colour",
                                                                      sold.order)
    assert view.history[-1].code == "returned"
    assert next(s.on_hand for s in stock.stock_picture(retailer, "MUG").sites
                if s.site == "PAR") == 2
    assert stock.check_stock(retailer).ok


def test_more_than_was_handed_over_cannot_come_back(retailer, today, sold):
    returns.return_goods(retailer, sold.order, "MUG", 2, "damaged", today=today)
    with pytest.raises(InvalidInput, match="only 1"):
        returns.return_goods(retailer, sold.order, "MUG", 2, "damaged", today=today)


def test_goods_not_yet_with_the_customer_are_cancelled_not_returned(retailer, today):
    open_order = ordering.place_order(retailer, OrderRequest("PAR", [("MUG", 1)]), today)
    with pytest.raises(Refused, match="cancel"):
        returns.return_goods(retailer, open_order.order, "MUG", 1, "changed mind", today=today)


def test_an_inactive_product_is_no_longer_sold(retailer, today):
    products.update_product(retailer, "MUG", active=False)
    with pytest.raises(Refused) as refused:
        ordering.place_order(retailer, OrderRequest("PAR", [("MUG", 1)]), today)
    assert refused.value.code == "inactive"


def test_changing_a_price_keeps_the_price_of_orders_already_placed(retailer, today):
    placed = ordering.place_order(retailer, OrderRequest("PAR", [("MUG", 1)]), today)
    products.update_product(retailer, "MUG", price="15,00")
    assert str(ordering.show_order(retailer, placed.order, today).lines[0].unit_price) == "12.90"
    assert products.update_product(retailer, "MUG", name="Grand mug").price == "15.00"
