"""Key/value settings stored as JSON, with a version bumped by every change of the
configuration that promises depend on (sites, transfer days, rules)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from peewee import Database

from .models import SettingRow

CONFIG_VERSION = "config_version"


def get_setting(key: str, default: Any = None) -> Any:
    row = SettingRow.get_or_none(SettingRow.key == key)
    return default if row is None else json.loads(row.value)


def set_setting(key: str, value: Any) -> None:
    SettingRow.insert(key=key, value=json.dumps(value)).on_conflict(
        conflict_target=[SettingRow.key], update={SettingRow.value: json.dumps(value)}).execute()


def settings_starting_with(prefix: str) -> dict[str, Any]:
    """Every setting whose key starts with `prefix` (markers kept per supplier, ...)."""
    # peewee escapes '_' and '%' in the LIKE pattern (a range of keys would depend on the
    # collation on PostgreSQL); its match ignores case: the prefix is checked again, exactly
    rows = SettingRow.select().where(SettingRow.key.startswith(prefix))
    return {row.key: json.loads(row.value) for row in rows if row.key.startswith(prefix)}


def delete_setting(key: str) -> None:
    SettingRow.delete().where(SettingRow.key == key).execute()


def config_version(db: Database) -> str:
    cursor = db.execute_sql(f"SELECT value FROM setting WHERE key = {db.param}",
                            (CONFIG_VERSION,))
    row = cursor.fetchone()
    return row[0] if row else ""


def bump_config_version(db: Database) -> None:
    """A fresh token, not a counter: a rolled-back change must never let a cache that saw
    it match a later, different configuration."""
    set_setting(CONFIG_VERSION, uuid.uuid4().hex)
