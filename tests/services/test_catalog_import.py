"""Importing catalogs at full size: withdrawn offers, progress and cancel, saved mappings,
workbooks, capped error lists, and an import killed half-way."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from oms_desktop.domain.errors import InvalidInput, NotFound
from oms_desktop.services import catalog_staging
from oms_desktop.services.catalog import ImportCancelled, import_catalog, list_offers, \
    load_mapping, save_mapping
from oms_desktop.services.stock import check_stock
from oms_desktop.services.suppliers import add_supplier
from oms_desktop.store.database import close, open_database
from oms_desktop.store.models import CatalogOfferRow
from oms_desktop.store.search_entries import OFFER_WORDS

HEADER = "ref;sku;ean;description;cost\n"


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "oms.sqlite3")
    add_supplier(database, "ACME", "Acme", 5)
    add_supplier(database, "OTHER", "Other", 5)
    yield database
    close(database)


def write(tmp_path, text: str, name: str = "catalog.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode())
    return path


def availability(db, supplier="ACME") -> dict[str, bool]:
    return {o.supplier_ref: o.available for o in list_offers(db, supplier)}


def test_offers_missing_from_the_new_file_become_unavailable_and_are_kept(db, tmp_path):
    import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\nA2;MUG-1;;Mug;3\n"))
    import_catalog(db, "OTHER", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\n"))

    report = import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\n"))

    assert (report.withdrawn, report.unchanged) == (1, 1)
    assert availability(db) == {"A1": True, "A2": False}
    assert availability(db, "OTHER") == {"A1": True}  # another supplier's catalog untouched

    again = import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\n"
                                                              "A2;MUG-1;;Mug;3\n"))
    assert (again.updated, again.unchanged, again.withdrawn) == (1, 1, 0)
    assert availability(db) == {"A1": True, "A2": True}


def test_a_rejected_row_does_not_withdraw_its_offer(db, tmp_path):
    import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\nA2;MUG-1;;Mug;3\n"))

    report = import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\n"
                                                                "A2;MUG-1;;Mug;-3\n"),
                            valid_only=True)

    assert (report.imported, report.withdrawn) == (True, 0)
    assert availability(db) == {"A1": True, "A2": True}


def test_a_refused_file_withdraws_nothing(db, tmp_path):
    import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\nA2;MUG-1;;Mug;3\n"))

    report = import_catalog(db, "ACME", write(tmp_path, HEADER + "A3;PEN-1;;Stylo;x\n"))

    assert report.imported is False
    assert availability(db) == {"A1": True, "A2": True}


def test_duplicate_references_keep_the_first_row(db, tmp_path):
    path = write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\nA2;MUG-1;;Mug;3\nA1;PEN-2;;Autre;2\n")

    refused = import_catalog(db, "ACME", path)
    assert refused.imported is False
    assert [(e.line, e.column, e.value, e.message) for e in refused.rejected] == [
        (4, "ref", "A1", "duplicate supplier reference (first on line 2)")]

    report = import_catalog(db, "ACME", path, valid_only=True)
    assert report.added == 2
    assert {o.supplier_ref: o.sku for o in list_offers(db, "ACME")} == \
        {"A1": "PEN-1", "A2": "MUG-1"}


def test_progress_is_reported_and_false_cancels_with_nothing_written(db, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(catalog_staging, "PROGRESS_ROWS", 10)
    rows = "".join(f"R{i:03d};SKU-{i:03d};;Article {i};{i},50\n" for i in range(100))
    path = write(tmp_path, HEADER + rows)
    calls = []

    def record(done, total):
        calls.append((done, total))
        return True

    report = import_catalog(db, "ACME", path, progress=record)
    assert report.added == 100
    assert len(calls) >= 10 and calls[-1] == (path.stat().st_size,) * 2
    assert all(done <= total for done, total in calls)

    CatalogOfferRow.delete().execute()
    with pytest.raises(ImportCancelled):
        import_catalog(db, "ACME", path, progress=lambda done, total: len(calls) < 3)
    assert CatalogOfferRow.select().count() == 0


def test_cancelling_at_the_last_moment_rolls_the_writes_back(db, tmp_path):
    import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1\n"))
    path = write(tmp_path, HEADER + "A1;PEN-1;;Stylo;2\nA2;MUG-1;;Mug;3\n")
    answers = iter([True, False])  # the read ends, then the writes are about to commit

    with pytest.raises(ImportCancelled):
        import_catalog(db, "ACME", path, progress=lambda done, total: next(answers))

    assert {o.supplier_ref: o.cost for o in list_offers(db, "ACME")} == {"A1": "1.00"}


def test_the_errors_can_be_written_to_a_csv_file(db, tmp_path):
    out = tmp_path / "errors.csv"
    import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;-1\n"
                                                       "A2;PEN 2;;Mug;3\n"), errors_out=out)

    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "line;column;value;reason"
    assert lines[1].startswith("2;cost;-1;") and lines[2].startswith("3;sku;PEN 2;")


def test_a_long_error_list_is_capped_and_counted(db, tmp_path, monkeypatch):
    monkeypatch.setattr(catalog_staging, "MAX_ERRORS", 3)
    rows = "".join(f"R{i};SKU-{i};;Article;x\n" for i in range(5))

    report = import_catalog(db, "ACME", write(tmp_path, HEADER + rows))

    assert [e.line for e in report.rejected] == [2, 3, 4]
    assert report.more_rejected == 2


def test_an_explicit_mapping_reads_headers_we_could_not_guess(db, tmp_path):
    path = write(tmp_path, "Art-Nr;Bezeichnung;EK;Artikelnummer\nX1;Tasse;2,50;CUP-1\n")
    with pytest.raises(InvalidInput, match="missing column"):
        import_catalog(db, "ACME", path)

    mapping = {"supplier_ref": "Art-Nr", "description": "bezeichnung", "cost": "EK",
               "sku": "Artikelnummer"}
    save_mapping(db, "acme", "german", mapping)
    assert load_mapping(db, "ACME", "german") == mapping

    report = import_catalog(db, "ACME", path, mapping="german")
    assert report.added == 1
    assert [(o.supplier_ref, o.sku, o.cost) for o in list_offers(db, "ACME")] == \
        [("X1", "CUP-1", "2.50")]


@pytest.mark.parametrize("mapping, message", [
    ({"supplier_ref": "a", "description": "b"}, "missing column for cost, sku or ean"),
    ({"colour": "c"}, "unknown field"),
    ({"supplier_ref": "a", "description": "a", "cost": "c", "sku": "d"}, "same column"),
])
def test_refuses_a_mapping_that_cannot_import(db, mapping, message):
    with pytest.raises(InvalidInput, match=message):
        save_mapping(db, "ACME", "bad", mapping)


def test_an_unknown_mapping_name_is_not_found(db, tmp_path):
    with pytest.raises(NotFound):
        import_catalog(db, "ACME", write(tmp_path, HEADER), mapping="nope")


def test_imports_an_excel_workbook(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Référence", "Gencod", "Libellé", "Prix d'achat", "Colisage", "Disponible"])
    sheet.append(["A1", 4006381333931, "Stylo", 1.2, 10, "oui"])
    sheet.append(["A2", 5901234123457.0, "Mug", 3, 6.0, False])
    sheet.append(["A3", "4006381333932", "Bad", -1, 1, "oui"])
    path = tmp_path / "catalog.xlsx"
    book.save(path)

    report = import_catalog(db, "ACME", path, valid_only=True)

    assert (report.added, report.encoding, report.rows_read) == (2, "xlsx", 3)
    assert [(e.line, e.column) for e in report.rejected] == [(4, "Gencod"), (4, "Prix d'achat")]
    assert [(o.supplier_ref, o.sku, o.cost, o.pack_size, o.available)
            for o in list_offers(db, "ACME")] == [
        ("A1", "4006381333931", "1.20", 10, True), ("A2", "5901234123457", "3.00", 6, False)]


KILLED_IMPORT = """
import sys
from oms_desktop.services.catalog import import_catalog
from oms_desktop.store.database import open_database

db = open_database(sys.argv[1])
def progress(done, total):
    if done == total:
        print("writing", flush=True)
    return True
import_catalog(db, "ACME", sys.argv[2], progress=progress)
print("finished", flush=True)
"""


@pytest.mark.parametrize("moment", ["after half a second", "while writing"])
def test_an_import_killed_half_way_leaves_the_database_as_it_was(tmp_path, moment):
    db_path = tmp_path / "oms.sqlite3"
    db = open_database(db_path)
    add_supplier(db, "ACME", "Acme", 5)
    import_catalog(db, "ACME", write(tmp_path, HEADER + "".join(
        f"R{i:06d};OLD-{i};;Ancien {i};1\n" for i in range(1000)), "old.csv"))
    close(db)
    rows = "".join(f"R{i:06d};SKU-{i};;Article numéro {i};{i % 900},{i % 100:02d}\n"
                   for i in range(200_000))
    big = write(tmp_path, HEADER + rows, "big.csv")

    child = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(db_path), str(big)],
                             stdout=subprocess.PIPE, text=True)
    try:
        if moment == "while writing":
            assert child.stdout.readline().strip() == "writing"
            time.sleep(0.05)
        else:
            time.sleep(0.5)
        assert child.poll() is None, "the import ended before it could be killed"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
        child.stdout.close()

    db = open_database(db_path)
    try:
        assert CatalogOfferRow.select().count() == 1000
        assert CatalogOfferRow.select().where(CatalogOfferRow.sku.startswith("SKU-")).count() == 0
        assert check_stock(db).ok
    finally:
        close(db)


def test_imported_offers_are_found_by_their_words_at_once(tmp_path):
    from oms_desktop.services.catalog import import_catalog
    from oms_desktop.services.search import search_products
    from oms_desktop.services.suppliers import add_supplier
    from oms_desktop.store.database import close, open_database

    db = open_database(tmp_path / "oms.sqlite3")
    add_supplier(db, "ACME", "Acme", 5)
    path = tmp_path / "catalog.csv"
    path.write_text("ref;sku;description;cost\nA-1;ELV-1;Cahier d'élève grands carreaux;1,20\n",
                    encoding="utf-8")
    assert import_catalog(db, "ACME", path).imported
    [hit] = search_products(db, "eleve carreaux")
    assert (hit.sku, hit.stocked, hit.supplier) == ("ELV-1", False, "ACME")
    close(db)


def test_a_reimport_reindexes_only_what_changed_and_the_index_matches_the_offers(
        tmp_path, monkeypatch):
    import datetime

    from oms_desktop.services import catalog
    from oms_desktop.services.search import search_products
    from oms_desktop.services.suppliers import add_supplier
    from oms_desktop.store.database import close, open_database

    db = open_database(tmp_path / "oms.sqlite3")
    add_supplier(db, "ACME", "Acme", 5)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("ref;sku;description;cost\nA-1;SKU-1;Théière en fonte;10\n"
                     "A-2;SKU-2;Cocotte émaillée;20\nA-3;SKU-3;Moulin à poivre;5\n",
                     encoding="utf-8")
    second.write_text("ref;sku;description;cost\nA-1;SKU-1;Bouilloire inox;10\n"
                      "A-2;SKU-2;Cocotte émaillée;20\nA-4;SKU-4;Planche à découper;7\n",
                      encoding="utf-8")
    moments = iter([datetime.datetime(2026, 11, 2, 9, 0), datetime.datetime(2026, 11, 9, 9, 0)])
    monkeypatch.setattr(catalog, "_now", lambda: next(moments))
    assert catalog.import_catalog(db, "ACME", first).imported
    report = catalog.import_catalog(db, "ACME", second)
    assert (report.added, report.updated, report.unchanged, report.withdrawn) == (1, 1, 1, 1)

    def skus(text):
        return sorted(hit.sku for hit in search_products(db, text))

    assert skus("theiere") == []  # the old words of a changed offer are gone
    assert skus("bouilloire") == ["SKU-1"]
    assert skus("cocotte emaillee") == ["SKU-2"]  # unchanged, still found
    assert skus("moulin") == []  # withdrawn
    assert skus("planche decouper") == ["SKU-4"]
    indexed = db.execute_sql("SELECT rowid, words FROM search_index WHERE rowid >= ?",
                             (search_index_base(),)).fetchall()
    expected = db.execute_sql(
        f"SELECT ? + id, {OFFER_WORDS} FROM catalog_offer WHERE available",
        (search_index_base(),)).fetchall()
    assert sorted(indexed) == sorted(expected)  # one entry per available offer, up to date
    close(db)


def search_index_base() -> int:
    from oms_desktop.store.search_entries import OFFER_BASE

    return OFFER_BASE


def test_an_import_killed_before_its_search_index_has_it_written_by_the_next_import(
        tmp_path, monkeypatch):
    from oms_desktop.services import catalog
    from oms_desktop.services.search import search_products
    from oms_desktop.services.session import close_session, open_session
    from oms_desktop.services.suppliers import add_supplier

    db = open_session(tmp_path / "oms.sqlite3")
    add_supplier(db, "ACME", "Acme", 5)
    add_supplier(db, "OTHER", "Other", 5)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("ref;sku;description;cost\nA-1;SKU-1;Théière en fonte;10\n",
                     encoding="utf-8")
    second.write_text("ref;sku;description;cost\nB-1;SKU-2;Bouilloire inox;12\n",
                      encoding="utf-8")

    def killed(db, marker):
        raise SystemExit("killed between the offers and their search index")

    monkeypatch.setattr(catalog, "_refresh_search", killed)
    with pytest.raises(SystemExit):
        catalog.import_catalog(db, "ACME", first)
    assert search_products(db, "theiere fonte") == []  # the offer is in, its words not yet
    close_session(db)
    monkeypatch.undo()

    db = open_session(tmp_path / "oms.sqlite3")  # opening stays quick: no indexing here
    assert search_products(db, "theiere fonte") == []
    assert catalog.import_catalog(db, "OTHER", second).imported  # finishes the first's
    assert [hit.sku for hit in search_products(db, "theiere fonte")] == ["SKU-1"]
    assert [hit.sku for hit in search_products(db, "bouilloire")] == ["SKU-2"]
    assert catalog.finish_search_refreshes(db) == 0  # nothing left to do
    close_session(db)


def test_an_index_that_fails_after_the_offers_are_saved_is_reported_as_imported(
        tmp_path, monkeypatch):
    from oms_desktop.services import catalog
    from oms_desktop.services.search import search_products
    from oms_desktop.services.suppliers import add_supplier
    from oms_desktop.store.database import close, open_database

    db = open_database(tmp_path / "oms.sqlite3")
    add_supplier(db, "ACME", "Acme", 5)
    path = tmp_path / "catalog.csv"
    path.write_text("ref;sku;description;cost\nA-1;SKU-1;Théière en fonte;10\n",
                    encoding="utf-8")

    def full_disk(*args, **kwargs):
        raise OSError("database or disk is full")

    monkeypatch.setattr(catalog, "index_offers_of_supplier", full_disk)
    report = catalog.import_catalog(db, "ACME", path)
    assert report.imported and report.added == 1  # the offers are saved: say so
    assert search_products(db, "theiere") == []
    monkeypatch.undo()
    assert catalog.finish_search_refreshes(db) == 1  # what the app's next start does
    assert [hit.sku for hit in search_products(db, "theiere")] == ["SKU-1"]
    close(db)
