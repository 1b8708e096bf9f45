"""Opening a database: pragmas, schema version, refusing a newer schema."""

from __future__ import annotations

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.store import migrations
from oms_desktop.store.database import close, open_database
from oms_desktop.store.models import SchemaVersionRow


def test_a_new_file_gets_wal_foreign_keys_and_the_current_schema(tmp_path):
    db = open_database(tmp_path / "new" / "oms.sqlite3")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    close(db)


def test_opening_twice_applies_each_migration_once(tmp_path):
    close(open_database(tmp_path / "oms.sqlite3"))
    db = open_database(tmp_path / "oms.sqlite3")
    assert SchemaVersionRow.select().count() == migrations.CURRENT_VERSION
    close(db)


def test_a_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "oms.sqlite3"
    db = open_database(path)
    SchemaVersionRow.create(version=migrations.CURRENT_VERSION + 1)
    close(db)
    before = path.read_bytes()
    with pytest.raises(migrations.SchemaTooNew, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(InvalidInput, match="folder"):
        open_database(tmp_path)


def test_the_default_location_is_the_users_data_folder(monkeypatch, tmp_path):
    from oms_desktop.store import database

    monkeypatch.delenv("OMS_DB", raising=False)
    assert database.resolve_location(None) == str(database.default_database_path())
    monkeypatch.setenv("OMS_DB", str(tmp_path / "x.sqlite3"))
    assert database.resolve_location(None) == str(tmp_path / "x.sqlite3")
    assert database.resolve_location("postgresql://u@h/db") == "postgresql://u@h/db"


def test_a_file_that_is_not_a_database_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(InvalidInput, match="not a database"):
        open_database(path)
    assert path.read_text().startswith("these are my notes")


def test_a_database_of_another_program_is_refused_and_left_untouched(tmp_path):
    import sqlite3

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, thing TEXT)")
    before = path.read_bytes()
    with pytest.raises(migrations.ForeignDatabase, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_an_older_schema_is_backed_up_before_it_is_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "oms.sqlite3"
    close(open_database(path))
    added = []
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, lambda db: added.append(1)])
    monkeypatch.setattr(migrations, "CURRENT_VERSION", len(migrations.STEPS))
    db = open_database(path)
    assert added == [1]
    before = migrations.CURRENT_VERSION - 1  # the version the file was made with
    assert (tmp_path / f"oms.sqlite3.schema{before}.bak").exists()
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    close(db)
