"""Shared fixtures: a fresh SQLite file per test, a fresh PostgreSQL database per test (when
OMS_TEST_POSTGRES_URL names a server), and a small retailer to work with."""

from __future__ import annotations

import datetime
import os
import uuid

import pytest

from oms_desktop.store.database import close, open_database

TODAY = datetime.date(2026, 11, 26)  # a Thursday


@pytest.fixture
def today() -> datetime.date:
    return TODAY


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "oms.sqlite3")
    yield database
    close(database)


@pytest.fixture
def pg_url():
    """The URL of a database of its own on the server that OMS_TEST_POSTGRES_URL names (one
    where we may create databases; `.ci/run` starts one when it can), dropped afterwards.
    Without that server the test is skipped."""
    server = os.environ.get("OMS_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("OMS_TEST_POSTGRES_URL is not set")
    import psycopg2

    name = f"oms_test_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(server)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    yield server.rsplit("/", 1)[0] + "/" + name
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture
def pg(pg_url):
    """That database opened (schema through open_database), as `db` opens a file."""
    database = open_database(pg_url)
    yield database
    close(database)


@pytest.fixture
def retailer(db):
    """Shops PAR and LYO, warehouse WH (1 handling day), supplier ACME (5 days, orders on
    Monday and Thursday), a mug stocked at the warehouse and a teapot only in ACME's
    catalog (packs of 6)."""
    from oms_desktop.services import products, sites, stock, suppliers
    from oms_desktop.store.models import CatalogOfferRow, SupplierRow

    sites.add_site(db, "PAR", "Paris", "shop")
    sites.add_site(db, "LYO", "Lyon", "shop")
    sites.add_site(db, "WH", "Warehouse", "warehouse")
    sites.set_transfer_days(db, "WH", "PAR", 1)
    sites.set_transfer_days(db, "WH", "LYO", 2)
    products.add_product(db, "MUG", "Mug", "12.90", ean="4006381333931")
    products.add_product(db, "BOWL", "Bowl", "8.50")
    stock.adjust_stock(db, "WH", "MUG", 5, "opening stock")
    suppliers.add_supplier(db, "ACME", "Acme", 5, order_days="mon,thu", min_order="100")
    CatalogOfferRow.create(supplier=SupplierRow.get(code="ACME"), supplier_ref="ACME-TP1",
                           sku="TEAPOT", ean="5901234123457", description="Teapot",
                           cost_cents=800, pack_size=6)
    return db


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo shop, loaded once per run; tests copy the file before changing it."""
    from oms_desktop.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "oms.sqlite3"
    database = open_database(path)
    load_demo(database, TODAY)
    close(database)
    return path
