"""The same core on PostgreSQL, for retailers whose shops share one database.

Runs when OMS_TEST_POSTGRES_URL names a server where we may create databases (`.ci/run`
starts one when it can); each test gets a database of its own, dropped afterwards (`pg_url`
and `pg` in tests/conftest.py).
"""

from __future__ import annotations

import datetime
import multiprocessing

import pytest

from oms_desktop.domain.errors import Refused
from oms_desktop.services import fulfilment, ordering, purchasing, receiving, sites, stock, \
    suppliers, transfers
from oms_desktop.services.catalog import add_offer
from oms_desktop.services.ordering import Customer, OrderRequest
from oms_desktop.store.database import close, open_database

pytestmark = pytest.mark.postgres  # skipped without a server (see `pg_url`)
TODAY = datetime.date(2026, 11, 26)


@pytest.fixture
def pg(pg):
    """The fresh database of tests/conftest.py with a shop, a warehouse holding 5 mugs and
    a supplier's teapot."""
    from oms_desktop.services import products

    sites.add_site(pg, "PAR", "Paris", "shop")
    sites.add_site(pg, "WH", "Entrepôt", "warehouse")
    products.add_product(pg, "MUG", "Mug", "12.90", ean="4006381333931")
    stock.adjust_stock(pg, "WH", "MUG", 5, "opening stock")
    suppliers.add_supplier(pg, "ACME", "Acme", 5, order_days="mon,thu")
    add_offer(pg, "ACME", "TEAPOT", "8.00", name="Théière", pack=6)
    return pg


def test_the_whole_flow_runs_on_postgresql(pg):
    from_stock = ordering.place_order(pg, OrderRequest("PAR", [("MUG", 2)]), TODAY)
    from_catalog = ordering.place_order(pg, OrderRequest("PAR", [("TEAPOT", 2)],
                                                         customer=Customer("Zoé")), TODAY)
    assert from_catalog.lines[0].allocations[0].source == "catalog"
    [draft] = purchasing.pos_from_requests(pg, today=TODAY)
    purchasing.confirm_po(pg, draft.po, TODAY)
    receipt = receiving.receive_po(pg, draft.po, None, TODAY)
    assert [(s.order, s.outcome) for s in receipt.served] == [(from_catalog.order, "ready")]
    moved = transfers.create_transfer(pg, "WH", "PAR", [("MUG", 2)], TODAY)
    transfers.receive_transfer(pg, moved.transfer, TODAY)
    assert fulfilment.collect_order(pg, from_stock.order, TODAY).status == "completed"
    assert stock.check_stock(pg).ok


def desk(url: str, barrier, results) -> None:
    db = open_database(url)
    sold = 0
    barrier.wait()
    for _ in range(4):
        try:
            ordering.place_order(db, OrderRequest("PAR", [("MUG", 1)], mode="delivery",
                                                  delivery_address="1 rue X"), TODAY)
            sold += 1
        except Refused:
            pass
    close(db)
    results.put(sold)


def test_desks_on_postgresql_never_oversell(pg, pg_url):
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(3), context.Queue()
    desks = [context.Process(target=desk, args=(pg_url, barrier, results)) for _ in range(3)]
    for process in desks:
        process.start()
    sold = sum(results.get(timeout=120) for _ in desks)
    for process in desks:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert sold == 5
    assert stock.check_stock(pg).ok
