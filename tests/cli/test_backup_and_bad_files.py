"""`oms backup`, `oms restore`, and what the command says about files it cannot use: not a
database, another program's, a newer version's, read-only, on a full disk. Each time: one
clear line naming the file and the problem, a non-zero status, the file unchanged."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
VERSIONS = Path(__file__).parents[1] / "store" / "schema_versions"


def oms(db: Path, *args, expect: int = 0, stdin: str | None = None):
    env = {**os.environ, "OMS_TODAY": "2026-11-26"}
    env.pop("OMS_DB", None)
    result = subprocess.run([str(BIN / "oms"), "--db", str(db), *args], env=env,
                            capture_output=True, text=True, timeout=120,
                            input=stdin if stdin is not None else "")
    assert result.returncode == expect, (args, result.stdout, result.stderr)
    return result


def unpack(version: int, path: Path) -> Path:
    path.write_bytes(gzip.decompress((VERSIONS / f"schema_v{version}.sqlite3.gz").read_bytes()))
    return path


@pytest.fixture
def shop(tmp_path) -> Path:
    """A database of today's version (a file of version 2, upgraded by a first command)."""
    path = unpack(2, tmp_path / "oms.sqlite3")
    oms(path, "stock", "check")
    return path


def orders(path: Path) -> int:
    with sqlite3.connect(path) as reader:
        count = reader.execute("SELECT COUNT(*) FROM customer_order").fetchone()[0]
    reader.close()
    return count


def test_backup_writes_a_copy_in_the_backups_folder(shop):
    made = json.loads(oms(shop, "backup", "--json").stdout)
    assert Path(made["file"]).parent == shop.parent / "backups"
    assert orders(Path(made["file"])) == 5
    out = shop.parent / "elsewhere" / "copy.sqlite3"
    assert f"backup written: {out}" in oms(shop, "backup", "--out", str(out)).stdout
    oms(out, "stock", "check")


def test_restore_asks_first_then_brings_back_an_older_backup(shop, tmp_path):
    backup = unpack(1, tmp_path / "saved.sqlite3")
    oms(shop, "order", "cancel", "SO-000004")
    before = shop.read_bytes()

    refused = oms(shop, "restore", str(backup), expect=2)
    assert "--yes" in refused.stderr and "5 orders" in refused.stderr
    assert shop.read_bytes() == before

    done = json.loads(oms(shop, "restore", str(backup), "--yes", "--json").stdout)
    assert done["schema_version"] == 1 and done["upgraded"]
    aside = Path(done["kept_aside"])
    assert aside.parent == shop.parent and "before-restore" in aside.name
    assert "SO-000004 cancelled" in oms(aside, "order", "show", "SO-000004").stdout
    assert "SO-000004 open" in oms(shop, "order", "show", "SO-000004").stdout
    assert "stock OK" in oms(shop, "stock", "check").stdout


def test_a_newer_backup_is_refused_with_exit_1_and_nothing_changes(shop, tmp_path):
    backup = unpack(2, tmp_path / "newer.sqlite3")
    with sqlite3.connect(backup) as writer:
        writer.execute("INSERT INTO schema_version (version, applied_at) "
                       "VALUES (99, '2030-01-01 00:00:00')")
    writer.close()
    theirs, ours = backup.read_bytes(), shop.read_bytes()
    refused = oms(shop, "restore", str(backup), "--yes", expect=1)
    assert str(backup) in refused.stderr and "newer version" in refused.stderr
    assert backup.read_bytes() == theirs and shop.read_bytes() == ours


def _notes(path: Path) -> None:
    path.write_text("Shopping list: mugs, bowls, plates\n" * 40)


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        other.execute("INSERT INTO recipes (name) VALUES ('tarte tatin')")
    other.close()


def _newer(path: Path) -> None:
    unpack(2, path)
    with sqlite3.connect(path) as writer:
        writer.execute("INSERT INTO schema_version (version, applied_at) "
                       "VALUES (99, '2030-01-01 00:00:00')")
    writer.close()


def _damaged(path: Path) -> None:
    whole = unpack(2, path).read_bytes()
    path.write_bytes(whole[:4096] + b"\xff" * 30_000 + whole[4096 + 30_000:])


@pytest.mark.parametrize("make, words", [
    (_notes, "is not a database file"),
    (_foreign, "belongs to another program"),
    (_newer, "written by a newer version of the app"),
    (_damaged, "damaged"),
])
def test_a_file_the_app_cannot_use_is_refused_untouched(shop, tmp_path, make, words):
    path = tmp_path / "shop.sqlite3"
    make(path)
    before, ours = path.read_bytes(), shop.read_bytes()
    opened = oms(path, "stock", "check", expect=2)
    restored = oms(shop, "restore", str(path), "--yes", expect=1 if make is _newer else 2)
    for result in (opened, restored):
        assert str(path) in result.stderr and words in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    if make is not _newer:  # a copy of a newer version's database is harmless
        assert str(path) in oms(path, "backup", expect=2).stderr
    assert path.read_bytes() == before and shop.read_bytes() == ours
    assert not [p for p in tmp_path.iterdir() if "restore" in p.name or p.name == "backups"]


# --- read-only and full disks -------------------------------------------------------------

def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextlib.contextmanager
def read_only(path: Path):
    """`path` (a file or a folder) made read-only for real: its permissions for a user; for
    root, who ignores permissions, a read-only bind mount."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    try:
        _mount("--bind", str(path), str(path))
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("running as root without mount: no way to make a file read-only")
    try:
        _mount("-o", "remount,bind,ro", str(path))
        yield
    finally:
        subprocess.run(["umount", str(path)], check=False)


def test_a_read_only_database_file_is_refused_untouched(shop):
    before = shop.read_bytes()
    with read_only(shop):
        result = oms(shop, "product", "add", "NEW", "--name", "New", "--price", "1", expect=2)
    assert f"{shop} is read-only" in result.stderr
    assert shop.read_bytes() == before
    assert "NEW" not in oms(shop, "product", "list").stdout


def test_a_database_in_a_read_only_folder_is_refused_untouched(shop):
    before = shop.read_bytes()
    with read_only(shop.parent):
        result = oms(shop, "stock", "check", expect=2)
        backup = oms(shop, "backup", expect=2)
    assert "read-only" in result.stderr and str(shop.parent) in result.stderr
    assert "read-only" in backup.stderr and str(shop.parent) in backup.stderr
    assert shop.read_bytes() == before
    assert not (shop.parent / "backups").exists()


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB disk of its own (tmpfs), as root only."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a full disk is simulated with a small tmpfs, which needs root "
                    "(tests/store/test_full_disk.py covers it without)")
    try:
        _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder))
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("mount refused: no small disk to fill")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(handle, b"\0" * 4096)
    finally:
        os.close(handle)
    return filler


def test_a_full_disk_is_said_plainly_and_loses_nothing(shop, small_disk):
    path = small_disk / "oms.sqlite3"
    path.write_bytes(shop.read_bytes())
    oms(path, "stock", "check")
    filler = fill(small_disk)

    placed = oms(path, "order", "place", "--site", "PAR", "--mode", "take_away",
                 "--line", "MUG:1", expect=2)
    assert str(path) in placed.stderr and "disk is full" in placed.stderr
    backup = oms(path, "backup", "--out", str(small_disk / "copy.sqlite3"), expect=2)
    assert "disk is full" in backup.stderr and not (small_disk / "copy.sqlite3").exists()
    assert not [p for p in small_disk.iterdir() if p.name.endswith(".tmp")]

    filler.unlink()
    assert "stock OK" in oms(path, "stock", "check").stdout
    assert orders(path) == 5
    oms(path, "order", "place", "--site", "PAR", "--mode", "take_away", "--line", "MUG:1")
    assert orders(path) == 6


def test_self_test_works_without_touching_the_users_database(tmp_path):
    missing = tmp_path / "never-created.sqlite3"
    result = oms(missing, "self-test", "--json")
    report = json.loads(result.stdout)
    assert report["ok"] and report["order"].startswith("SO-")
    assert report["promise_date"] >= report["arrival"]  # sold from the confirmed PO
    assert all(size > 10_000 for size in report["pdf_bytes"].values())
    assert not missing.exists()
