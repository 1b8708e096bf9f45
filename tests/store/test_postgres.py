"""The same core on PostgreSQL, for retailers whose shops share one database.

Runs when OMS_TEST_POSTGRES_URL names a server where we may create databases (`.ci/run`
starts one when it can); each test gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
import uuid

import pytest

from oms_desktop.domain.errors import Refused
from oms_desktop.services import fulfilment, ordering, purchasing, receiving, sites, stock, \
    suppliers, transfers
from oms_desktop.services.catalog import add_offer
from oms_desktop.services.ordering import Customer, OrderRequest
from oms_desktop.store.database import close, open_database

SERVER = os.environ.get("OMS_TEST_POSTGRES_URL")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not SERVER, reason="OMS_TEST_POSTGRES_URL is not set")]
TODAY = datetime.date(2026, 11, 26)


@pytest.fixture
def pg_url():
    import psycopg2

    name = f"oms_test_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(SERVER)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    yield SERVER.rsplit("/", 1)[0] + "/" + name
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture
def pg(pg_url):
    from oms_desktop.services import products

    db = open_database(pg_url)
    sites.add_site(db, "PAR", "Paris", "shop")
    sites.add_site(db, "WH", "Entrepôt", "warehouse")
    products.add_product(db, "MUG", "Mug", "12.90", ean="4006381333931")
    stock.adjust_stock(db, "WH", "MUG", 5, "opening stock")
    suppliers.add_supplier(db, "ACME", "Acme", 5, order_days="mon,thu")
    add_offer(db, "ACME", "TEAPOT", "8.00", name="Théière", pack=6)
    yield db
    close(db)


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
