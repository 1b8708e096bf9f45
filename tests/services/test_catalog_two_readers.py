"""A big CSV catalog read by two processes gives exactly what one reader gives: the same
offers, the same rejected rows on the same lines, and when anything goes wrong with the
second process (it dies, the split was not between rows, the retailer cancels) the import
still ends as it would have, with no process and no scratch file left behind."""

from __future__ import annotations

import multiprocessing
import re
import sys
import tempfile
import time
from pathlib import Path

import pytest

from oms_desktop.services import catalog_staging
from oms_desktop.services.catalog import ImportCancelled, import_catalog, list_offers
from oms_desktop.services.suppliers import add_supplier
from oms_desktop.store import catalog_bulk
from oms_desktop.store.database import close, open_database
from oms_desktop.store.models import CatalogOfferRow

HEADER = "Référence;EAN;Désignation;Prix d'achat HT;Colisage;Délai\r\n"
EAN_BODY = "978{:09d}"
STARTED = time.time()


def ean(i: int) -> str:
    from oms_desktop.domain.values import ean_check_digit

    body = EAN_BODY.format(i)
    return body + str(ean_check_digit(body))


def catalog_text(count: int, bad: dict[int, str] | None = None) -> str:
    """Rows of a distributor's file; `bad` replaces some rows' cost with a bad value.
    Every 97th description is quoted over two lines, every 89th has a quoted quote."""
    bad = bad or {}
    lines = []
    for i in range(count):
        name = f"Cahier élève n°{i}"
        if i % 97 == 0:
            name = f'"Carnet {i}\r\nseconde ligne"'
        elif i % 89 == 0:
            name = f'"Livre ""{i}"" poche"'
        cost = bad.get(i, f"{i % 40 + 1},{i % 100:02d}")
        lines.append(f"DIST-{i:06d};{ean(i)};{name};{cost};{1 + i % 3};{i % 15}\r\n")
    return HEADER + "".join(lines)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "oms.sqlite3")
    add_supplier(database, "DIST", "Distributeur", 5)
    yield database
    close(database)


@pytest.fixture
def second_reader_used(monkeypatch):
    """Splits every file (not only big ones) and counts the scratch files copied in."""
    monkeypatch.setattr(catalog_staging, "SPLIT_FROM_BYTES", 0)
    copied = []
    append = catalog_bulk.append_staging_file

    def counted(db, path):
        copied.append(path)
        return append(db, path)

    monkeypatch.setattr(catalog_bulk, "append_staging_file", counted)
    return copied


def offers(db) -> list[tuple]:
    return [(o.supplier_ref, o.sku, o.ean, o.description, o.cost, o.pack_size, o.lead_days,
             o.available) for o in list_offers(db, "DIST", limit=10_000)]


def import_once_and_in_two(tmp_path, text: bytes, monkeypatch, **options):
    """(report, offers) of the file imported by one reader, then by two, each into a
    fresh database."""
    path = tmp_path / "catalog.csv"
    path.write_bytes(text)
    results = []
    for name, split_from in (("one", 1 << 60), ("two", 0)):
        monkeypatch.setattr(catalog_staging, "SPLIT_FROM_BYTES", split_from)
        database = open_database(tmp_path / f"{name}-{len(list(tmp_path.iterdir()))}.sqlite3")
        add_supplier(database, "DIST", "Distributeur", 5)
        try:
            results.append((import_catalog(database, "DIST", path, **options),
                            offers(database)))
        finally:
            close(database)
    return results


def line_of(i: int) -> int:
    """The line row `i` of catalog_text starts on: after the header and the rows before,
    one line more for each of them quoted over two lines."""
    return 2 + i + len(range(0, i, 97))


def scratch_files() -> list[Path]:
    """Scratch files of this test's imports (those of the crash test's killed importers,
    for one, may come and go meanwhile)."""
    return [path for path in Path(tempfile.gettempdir()).glob("oms-catalog-part-*.sqlite3")
            if path.stat().st_mtime >= STARTED]


def no_children_left() -> bool:
    return not [p for p in multiprocessing.active_children() if p.is_alive()]


def test_two_readers_import_what_one_reader_imports(db, tmp_path, second_reader_used):
    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(4000).encode("utf-8"))

    report = import_catalog(db, "DIST", path)

    assert len(second_reader_used) == 1  # the second part came from the other process
    assert (report.imported, report.rows_read, report.added, report.readers) == \
        (True, 4000, 4000, 2)
    stored = {o.supplier_ref: o for o in list_offers(db, "DIST", limit=10_000)}
    assert len(stored) == 4000
    assert stored["DIST-000194"].description == "Carnet 194 seconde ligne"
    assert stored["DIST-003916"].description == 'Livre "3916" poche'
    assert stored["DIST-003999"].cost == "40.99" and stored["DIST-003999"].lead_days == 9
    assert scratch_files() == [] and no_children_left()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "windows-1252"])
def test_rejected_rows_are_reported_on_the_same_lines_by_both_ways(tmp_path, monkeypatch,
                                                                    second_reader_used,
                                                                    encoding):
    bad = {5: "-1", 1500: "douze", 2999: "", 3400: "1,2,3"}
    text = catalog_text(3500, bad).encode(encoding)

    (one, one_offers), (two, two_offers) = import_once_and_in_two(tmp_path, text,
                                                                  monkeypatch)
    assert not one.imported and not two.imported and len(second_reader_used) == 1
    assert two.rejected == one.rejected
    assert [(e.line, e.value) for e in two.rejected] == [
        (line_of(5), "-1"), (line_of(1500), "douze"), (line_of(2999), ""),
        (line_of(3400), "1,2,3")]
    assert two.rows_read == one.rows_read == 3500
    assert one_offers == two_offers == []

    (one, one_offers), (two, two_offers) = import_once_and_in_two(
        tmp_path, text, monkeypatch, valid_only=True)
    assert (two.added, two.rejected) == (one.added, one.rejected)
    assert len(second_reader_used) == 2
    assert two_offers == one_offers and len(two_offers) == 3496


def test_a_split_inside_a_quoted_field_is_found_out_and_the_rest_read_here(
        db, tmp_path, second_reader_used, caplog):
    lines = ['DIST-000000;SKU-0;Tube 3/4" cuivre;1,00;1;1\r\n']  # a quote that fools the count
    lines += [f"DIST-{i:06d};SKU-{i};Article {i};1,00;1;1\r\n" for i in range(1, 2500)]
    lines += [f'DIST-{i:06d};SKU-{i};"Carnet {i}\r\nligne deux";1,00;1;1\r\n'
              for i in range(2500, 5000)]
    path = tmp_path / "catalog.csv"
    path.write_bytes((HEADER + "".join(lines)).replace("EAN", "SKU").encode())

    with caplog.at_level("INFO", logger=catalog_staging.__name__):
        report = import_catalog(db, "DIST", path)

    assert re.search(r"read on from line \d+ by one process", caplog.text)
    assert second_reader_used == []
    assert (report.imported, report.rows_read, report.added, report.readers) == \
        (True, 5000, 5000, 1)
    stored = {o.supplier_ref: o.description for o in list_offers(db, "DIST", limit=10_000)}
    assert stored["DIST-000000"] == 'Tube 3/4" cuivre'
    assert stored["DIST-004999"] == "Carnet 4999 ligne deux"
    assert scratch_files() == [] and no_children_left()


def test_a_second_process_that_fails_has_its_part_read_here(db, tmp_path, second_reader_used,
                                                            monkeypatch):
    # sys.exit with the worker's six arguments raises TypeError in the child: it dies.
    monkeypatch.setattr(catalog_staging, "stage_part", sys.exit)
    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(3000, {2900: "x"}).encode())

    report = import_catalog(db, "DIST", path, valid_only=True)

    assert second_reader_used == []
    assert (report.imported, report.rows_read, report.added) == (True, 3000, 2999)
    assert [e.value for e in report.rejected] == ["x"]
    assert scratch_files() == [] and no_children_left()


def test_cancelling_stops_the_second_process_and_writes_nothing(db, tmp_path,
                                                                second_reader_used,
                                                                monkeypatch):
    monkeypatch.setattr(catalog_staging, "PROGRESS_ROWS", 100)
    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(4000).encode())
    calls = []

    def cancel_soon(done, total):
        calls.append(done)
        return len(calls) < 5

    with pytest.raises(ImportCancelled):
        import_catalog(db, "DIST", path, progress=cancel_soon)

    assert CatalogOfferRow.select().count() == 0
    assert scratch_files() == [] and no_children_left()


def test_progress_counts_both_readers_bytes(db, tmp_path, second_reader_used, monkeypatch):
    monkeypatch.setattr(catalog_staging, "PROGRESS_ROWS", 100)
    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(4000).encode())
    calls = []

    import_catalog(db, "DIST", path, progress=lambda done, total: calls.append((done, total)))

    size = path.stat().st_size
    assert all(total == size and 0 <= done <= size for done, total in calls)
    assert calls[-1] == (size, size)


def test_the_second_process_reports_the_bytes_it_read(tmp_path):
    from oms_desktop.importers.catalog_csv import open_catalog, split_point

    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(4000).encode())
    split = split_point(path)

    with catalog_staging._SecondReader(path, None, split) as second:
        rows_read, kept, count = second.outcome(lambda: None)
        assert second.bytes_done() == path.stat().st_size - split.offset
    with open_catalog(path) as whole:
        after_split = sum(1 for line, *_ in whole if line > split.lines_before)
    assert rows_read == after_split and 0 < rows_read < 4000
    assert (kept, count) == ([], 0)


def test_progress_stays_within_the_file_when_the_part_is_read_here(db, tmp_path,
                                                                    second_reader_used,
                                                                    monkeypatch):
    monkeypatch.setattr(catalog_staging, "stage_part", sys.exit)
    monkeypatch.setattr(catalog_staging, "PROGRESS_ROWS", 100)
    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(4000).encode())
    calls = []

    import_catalog(db, "DIST", path, progress=lambda done, total: calls.append(done))

    assert max(calls) == path.stat().st_size and calls == sorted(calls)


def test_a_failure_inside_the_second_process_is_logged_and_its_part_read_here(
        db, tmp_path, second_reader_used, monkeypatch, caplog):
    # Its scratch file cannot be created: the folder does not exist.
    monkeypatch.setattr(catalog_staging.tempfile, "gettempdir",
                        lambda: str(tmp_path / "no such folder"))
    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(3000).encode())

    with caplog.at_level("WARNING", logger=catalog_staging.__name__):
        report = import_catalog(db, "DIST", path)

    assert (report.imported, report.added, report.readers) == (True, 3000, 1)
    assert "second reader failed" in caplog.text and "Error" in caplog.text


def test_an_import_inside_the_callers_transaction_is_read_by_one_process(
        db, tmp_path, second_reader_used):
    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(3000).encode())

    with db.atomic():
        report = import_catalog(db, "DIST", path)
    again = import_catalog(db, "DIST", path)  # and the connection is fine afterwards

    assert (report.added, report.readers) == (3000, 1)
    assert (again.unchanged, again.readers) == (3000, 2)


def test_rows_refused_only_in_the_second_part_are_reported_from_there(db, tmp_path,
                                                                       second_reader_used):
    path = tmp_path / "catalog.csv"
    path.write_bytes(catalog_text(4000, {3900: "-2", 3950: "abc"}).encode())

    report = import_catalog(db, "DIST", path)

    assert not report.imported and report.readers == 2
    assert [(e.line, e.value) for e in report.rejected] == [(line_of(3900), "-2"),
                                                            (line_of(3950), "abc")]
