"""A disk that fills up in the middle of work: the change is refused in plain words, nothing
of it is kept, and the database works again once there is room. Simulated with SQLite's
max_page_count (tests/cli/test_backup_and_bad_files.py fills a real small disk as root)."""

from __future__ import annotations

import pytest

from oms_desktop.services import catalog, products, stock
from oms_desktop.store import database
from oms_desktop.store.database import StorageError, close, open_database


def test_a_full_disk_refuses_the_change_and_keeps_the_rest(retailer, tmp_path, monkeypatch):
    path = tmp_path / "oms.sqlite3"
    pages = retailer.execute_sql("PRAGMA page_count").fetchone()[0]
    close(retailer)
    monkeypatch.setattr(database, "SQLITE_PRAGMAS",
                        {**database.SQLITE_PRAGMAS, "max_page_count": pages})
    db = open_database(path)
    rows = "".join(f"R{i};BIG-{i};;A long description of item number {i};1,00\n"
                   for i in range(5000))
    big = tmp_path / "catalog.csv"
    big.write_text("ref;sku;ean;description;cost\n" + rows, encoding="utf-8")

    with pytest.raises(StorageError, match="disk is full") as refused:
        catalog.import_catalog(db, "ACME", big)
    assert str(path) in str(refused.value) and "nothing was saved" in str(refused.value)
    close(db)

    monkeypatch.undo()
    db = open_database(path)
    try:
        assert catalog.list_offers(db, "ACME") and not any(
            o.sku.startswith("BIG-") for o in catalog.list_offers(db, "ACME", limit=10_000))
        assert stock.check_stock(db).ok
        products.add_product(db, "NEW", "New", "1.00")  # room again: work goes on
        assert catalog.import_catalog(db, "ACME", big).imported
    finally:
        close(db)
