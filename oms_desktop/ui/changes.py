"""One signal for "something changed": every write broadcasts what it touched, and each
view refreshes itself if it cares (no view refreshes another by hand)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

ORDERS, STOCK, PURCHASING, CATALOG, SETTINGS = "orders", "stock", "purchasing", "catalog", \
    "settings"
EVERYTHING = frozenset({ORDERS, STOCK, PURCHASING, CATALOG, SETTINGS})


class Changes(QObject):
    changed = Signal(object)  # a frozenset of the names above

    def announce(self, *what: str) -> None:
        self.changed.emit(frozenset(what) or EVERYTHING)
