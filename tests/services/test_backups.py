"""Backups while the app runs, the daily automatic one, and restoring a backup safely."""

from __future__ import annotations

import datetime
import gzip
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oms_desktop.domain.errors import InvalidInput, Refused
from oms_desktop.services import backups, stock
from oms_desktop.services.ordering import OrderRequest, place_order
from oms_desktop.store import migrations
from oms_desktop.store.database import close, open_database

VERSIONS = Path(__file__).parents[1] / "store" / "schema_versions"
MORNING = datetime.datetime(2026, 11, 26, 8, 30)


def schema_file(version: int, folder: Path) -> Path:
    path = folder / f"schema_v{version}.sqlite3"
    path.write_bytes(gzip.decompress((VERSIONS / f"schema_v{version}.sqlite3.gz").read_bytes()))
    return path


def orders_in(path: Path) -> int:
    with sqlite3.connect(path) as reader:
        return reader.execute("SELECT COUNT(*) FROM customer_order").fetchone()[0]


@pytest.fixture
def shop(retailer, tmp_path, today):
    """The retailer with one order placed, its file path (closed: restoring needs it)."""
    stock.adjust_stock(retailer, "PAR", "MUG", 3, "delivery")
    place_order(retailer, OrderRequest("PAR", [("MUG", 1)], mode="take_away"), today)
    close(retailer)
    return tmp_path / "oms.sqlite3"


def test_a_backup_goes_to_the_backups_folder_and_holds_everything(shop):
    made = backups.backup(shop, now=MORNING)

    assert made.path == str(shop.parent / "backups" / "oms-2026-11-26-083000.sqlite3")
    assert not made.automatic and made.bytes == Path(made.path).stat().st_size
    assert orders_in(Path(made.path)) == 1
    assert not Path(made.path + "-wal").exists()  # one self-contained file
    copy = open_database(made.path)
    try:
        assert stock.check_stock(copy).ok
    finally:
        close(copy)


def test_two_backups_in_the_same_second_keep_both(shop):
    first = backups.backup(shop, now=MORNING)
    second = backups.backup(shop, now=MORNING)
    assert first.path != second.path and Path(first.path).exists()


def test_a_backup_to_a_chosen_file_never_overwrites_a_document(shop, tmp_path):
    out = tmp_path / "copy.sqlite3"
    assert backups.backup(shop, out).path == str(out)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    with pytest.raises(InvalidInput, match="not a backup"):
        backups.backup(shop, notes)
    assert notes.read_text() == "my notes"
    theirs = _foreign(tmp_path)
    before = theirs.read_bytes()
    with pytest.raises(InvalidInput, match="not a backup"):
        backups.backup(shop, theirs)
    assert theirs.read_bytes() == before
    assert backups.backup(shop, out).path == str(out)  # an older backup is replaced
    with pytest.raises(InvalidInput, match="database itself"):
        backups.backup(shop, shop)


WRITER = """
import sys, datetime
from oms_desktop.services import stock
from oms_desktop.store.database import open_database
db = open_database(sys.argv[1])
print("ready", flush=True)
for n in range(100000):
    stock.adjust_stock(db, "WH", "MUG", 1, f"count {n}")
"""


def ledger_rows(path: Path) -> int:
    with sqlite3.connect(path) as reader:
        count = reader.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]
    reader.close()
    return count


def test_a_backup_taken_while_another_desk_writes_is_consistent(shop):
    desk = subprocess.Popen([sys.executable, "-c", WRITER, str(shop)], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert desk.stdout.readline().strip() == "ready"
        made = []
        for _ in range(5):
            seen = ledger_rows(shop)
            deadline = time.monotonic() + 30
            while ledger_rows(shop) == seen and time.monotonic() < deadline:
                time.sleep(0.02)  # the other desk writes between two backups
            made.append(backups.backup(shop))
    finally:
        desk.kill()
        desk.wait()
        desk.stdout.close()
    counts = []
    for backup in made:
        copy = open_database(backup.path)
        try:
            assert stock.check_stock(copy).ok  # cached figures and ledger of one moment
            counts.append(copy.execute_sql("SELECT COUNT(*) FROM ledger").fetchone()[0])
        finally:
            close(copy)
    assert counts == sorted(counts) and counts[-1] > counts[0]


def test_the_daily_backup_is_taken_once_a_day_and_the_last_14_are_kept(shop):
    manual = backups.backup(shop, now=MORNING - datetime.timedelta(days=30))
    made = [backups.daily_backup(shop, now=MORNING + datetime.timedelta(days=day))
            for day in range(20)]
    again = backups.daily_backup(shop, now=MORNING + datetime.timedelta(days=19, hours=5))

    assert all(made) and again is None
    listed = backups.list_backups(shop)
    automatic = [b for b in listed if b.automatic]
    assert [b.made_at.date() for b in automatic] == [
        (MORNING + datetime.timedelta(days=day)).date() for day in range(19, 5, -1)]
    assert Path(manual.path).exists() and manual.path in [b.path for b in listed]


def test_restoring_an_older_version_keeps_the_current_database_aside(shop, tmp_path):
    old = schema_file(1, tmp_path)
    check = backups.check_backup(old)
    assert (check.schema_version, check.orders, check.needs_upgrade) == (1, 5, True)

    done = backups.restore(shop, old, now=MORNING)

    assert done.kept_aside == str(tmp_path / "oms.before-restore-20261126-083000.sqlite3")
    assert orders_in(Path(done.kept_aside)) == 1
    assert done.upgraded_on_open and orders_in(shop) == 5
    db = open_database(shop)  # upgraded as it opens, after a copy
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
        assert stock.check_stock(db).ok
    finally:
        close(db)
    assert (tmp_path / "oms.sqlite3.schema1.bak").exists()
    assert old.read_bytes() == gzip.decompress(
        (VERSIONS / "schema_v1.sqlite3.gz").read_bytes())  # the backup itself untouched


def _newer(tmp_path: Path) -> Path:
    path = schema_file(2, tmp_path)
    with sqlite3.connect(path) as writer:
        writer.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                       (migrations.CURRENT_VERSION + 1, "2030-01-01 00:00:00"))
    writer.close()
    return path


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    other.close()
    return path


def _damaged(tmp_path: Path) -> Path:
    whole = schema_file(2, tmp_path).read_bytes()
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(whole[:4096] + b"\x00\xff" * 20_000 + whole[4096 + 40_000:])
    return path


def _notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database\n" * 50)
    return path


@pytest.mark.parametrize("make, error, words", [
    (_newer, Refused, "newer version of the app"),
    (_foreign, InvalidInput, "another program"),
    (_damaged, InvalidInput, "damaged"),
    (_notes, InvalidInput, "not a database file"),
])
def test_a_backup_that_cannot_be_restored_changes_nothing(shop, tmp_path, make, error, words):
    candidate = make(tmp_path)
    theirs, ours = candidate.read_bytes(), shop.read_bytes()
    with pytest.raises(error, match=words) as refused:
        backups.restore(shop, candidate)
    assert str(candidate) in str(refused.value)
    assert candidate.read_bytes() == theirs and shop.read_bytes() == ours
    assert sorted(p.name for p in tmp_path.iterdir() if "restore" in p.name) == []


def test_a_database_open_elsewhere_is_not_replaced(shop, tmp_path):
    old = schema_file(1, tmp_path)
    other_desk = sqlite3.connect(shop)  # another process would look the same
    other_desk.execute("SELECT COUNT(*) FROM customer_order").fetchone()
    try:
        with pytest.raises(Refused, match="open in another window"):
            backups.restore(shop, old)
    finally:
        other_desk.close()
    assert orders_in(shop) == 1


def test_a_restore_writes_into_the_database_file_itself(shop, tmp_path):
    # A desk that opened the file before the restore (between two transactions: it holds
    # no lock, so the restore goes on) must then read the restored database, not go on
    # with a file replaced under it and lost with whatever it writes.
    with sqlite3.connect(shop) as writer:
        writer.execute("PRAGMA journal_mode = DELETE")  # no desk in WAL mode holds it
    writer.close()
    inode = shop.stat().st_ino
    idle_desk = sqlite3.connect(shop)
    try:
        backups.restore(shop, schema_file(1, tmp_path), now=MORNING)

        assert shop.stat().st_ino == inode
        assert idle_desk.execute("SELECT COUNT(*) FROM customer_order").fetchone()[0] == 5
    finally:
        idle_desk.close()
    assert orders_in(tmp_path / "oms.before-restore-20261126-083000.sqlite3") == 1


def test_a_restore_stopped_half_way_leaves_no_copy_behind_for_long(shop, tmp_path):
    import os

    stale = tmp_path / ".oms.sqlite3.restore-999999.tmp"
    recent = tmp_path / ".oms.sqlite3.restore-999998.tmp"
    for temp in (stale, recent):
        temp.write_bytes(b"half a database")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))

    backups.restore(shop, schema_file(1, tmp_path), now=MORNING)

    assert not stale.exists()
    assert recent.exists()  # perhaps another restore at work right now


def test_postgresql_is_backed_up_with_its_own_tools():
    with pytest.raises(Refused, match="pg_dump"):
        backups.backup("postgresql://shop:secret@server/oms")
    with pytest.raises(Refused, match="pg_restore") as refused:
        backups.restore("postgresql://shop:secret@server/oms", "x.sqlite3")
    assert "secret" not in str(refused.value)
    assert backups.daily_backup("postgresql://shop@server/oms") is None
