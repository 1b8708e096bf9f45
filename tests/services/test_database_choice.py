"""Choosing another database for the next start: checked, never opened or created."""

from __future__ import annotations

import sqlite3

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.services.database_choice import check_location


def test_a_new_file_or_an_oms_database_or_a_postgresql_url_is_accepted(db, tmp_path):
    new = tmp_path / "shop" / "oms.sqlite3"
    assert check_location(f"  {new}  ") == str(new)
    assert not new.exists() and not new.parent.exists()  # nothing is created
    assert check_location(str(tmp_path / "oms.sqlite3")) == str(tmp_path / "oms.sqlite3")
    url = "postgresql://shop:secret@server.local:5432/oms"
    assert check_location(url) == url


@pytest.mark.parametrize("make, words", [
    (lambda tmp: "", "file path or a postgresql:// URL"),
    (lambda tmp: "relative/oms.sqlite3", "full path"),
    (lambda tmp: str(tmp), "is a folder"),
    (lambda tmp: "postgresql://server.local/", "database name"),
    (lambda tmp: "mysql://server/oms", "only a file path or a postgresql:// URL"),
])
def test_what_can_never_be_an_oms_database_is_refused(tmp_path, make, words):
    with pytest.raises(InvalidInput, match=words):
        check_location(make(tmp_path))


def test_a_file_of_another_program_is_refused_untouched(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(InvalidInput, match="not a database file"):
        check_location(str(other))
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(InvalidInput, match="another program"):
        check_location(str(foreign))
    assert other.read_text() == "hello"
