"""A database of every released schema version opens with today's code: copied first, then
upgraded, its orders and stock intact. The files are made by the code of their time
(tests/store/schema_versions/make_schema_file.py); when a version is released, add its file.
"""

from __future__ import annotations

import gzip
import re
import sqlite3
from pathlib import Path

import pytest

from oms_desktop.services.ordering import show_order
from oms_desktop.services.search import search_products
from oms_desktop.services.stock import check_stock
from oms_desktop.store import migrations
from oms_desktop.store.database import close, open_database

FOLDER = Path(__file__).with_name("schema_versions")
FILES = {int(re.search(r"v(\d+)", p.name)[1]): p for p in FOLDER.glob("schema_v*.sqlite3.gz")}
# what make_schema_file.py put in every file
ORDERS = {"SO-000001": ("completed", 1), "SO-000002": ("open", 2), "SO-000003": ("open", 1),
          "SO-000004": ("open", 1), "SO-000005": ("cancelled", 1)}


def test_every_released_version_has_its_file():
    assert set(range(1, migrations.CURRENT_VERSION + 1)) <= set(FILES), \
        "keep a database of each released schema version in tests/store/schema_versions"


def unpack(version: int, folder: Path) -> Path:
    path = folder / "oms.sqlite3"
    path.write_bytes(gzip.decompress(FILES[version].read_bytes()))
    return path


def facts(path: Path) -> dict:
    with sqlite3.connect(path) as reader:
        return {table: reader.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("customer_order", "order_line", "allocation", "ledger", "stock",
                              "purchase_order", "catalog_offer")}


@pytest.mark.parametrize("version", sorted(FILES))
def test_a_database_of_an_earlier_version_is_copied_then_upgraded(version, tmp_path):
    path = unpack(version, tmp_path)
    before = facts(path)
    with sqlite3.connect(path) as reader:
        assert reader.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == version

    db = open_database(path)
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
        assert check_stock(db).ok
        for ref, (status, lines) in ORDERS.items():
            order = show_order(db, ref)
            assert (order.status, len(order.lines)) == (status, lines), ref
        assert [hit.sku for hit in search_products(db, "mug")][:1] == ["MUG"]
    finally:
        close(db)
    assert facts(path) == before

    copy = tmp_path / f"oms.sqlite3.schema{version}.bak"
    if version < migrations.CURRENT_VERSION:  # the copy taken before the upgrade
        assert facts(copy) == before
        with sqlite3.connect(copy) as reader:
            assert reader.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] \
                == version
    else:
        assert not copy.exists()


@pytest.mark.parametrize("version", sorted(FILES))
def test_a_database_of_a_newer_version_is_refused_byte_for_byte(version, tmp_path):
    path = unpack(version, tmp_path)
    with sqlite3.connect(path) as writer:  # as if a later app had written it
        writer.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                       (migrations.CURRENT_VERSION + 1, "2030-01-01 00:00:00"))
    writer.close()
    before = path.read_bytes()

    with pytest.raises(migrations.SchemaTooNew, match="newer version") as refused:
        open_database(path)

    assert str(path) in str(refused.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oms.sqlite3"]
