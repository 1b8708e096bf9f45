"""What every screen is given: the database, the runner, the change signal, the settings."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from ..services.clock import today
from .changes import Changes
from .runner import Runner


@dataclass
class AppContext:
    db: Any  # opaque: handed to the services, never queried here
    runner: Runner
    changes: Changes
    settings: QSettings
    location: str

    def today(self) -> datetime.date:
        return today()

    @property
    def shop(self) -> str | None:
        """The shop this desk sells from (remembered between runs)."""
        return self.settings.value("sell/shop") or None

    @shop.setter
    def shop(self, code: str) -> None:
        self.settings.setValue("sell/shop", code)
