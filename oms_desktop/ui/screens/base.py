"""What every screen shares: its title, a way to run service calls, errors in plain words."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from ..context import AppContext
from ..texts import error_text


class Screen(QWidget):
    """A page of the main window. Subclasses set `icon_name`, build their widgets, and
    refresh themselves in `on_changes` when what they show has changed."""

    icon_name = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.changes.changed.connect(self._changes_arrived)
        self._stale = True

    def title(self) -> str:
        raise NotImplementedError

    def activate(self) -> None:
        """Shown: refresh if something changed while hidden, focus the main field."""
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Reload what the screen shows."""

    def cares_about(self) -> frozenset[str]:
        return frozenset()

    def _changes_arrived(self, what: frozenset) -> None:
        if what & self.cares_about():
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def run(self, work: Callable, *args, on_success: Callable | None = None,
            on_error: Callable | None = None, changes: tuple[str, ...] = (), **kwargs):
        """Runs a service call in the background; announces `changes` once it succeeded."""
        def succeeded(result):
            if changes:
                self.ctx.changes.announce(*changes)
            if on_success and self._alive():
                on_success(result)

        def failed(error):
            if self._alive():
                (on_error or self.show_error)(error)
        return self.ctx.runner.run(work, self.ctx.db, *args, on_success=succeeded,
                                   on_error=failed, **kwargs)

    def _alive(self) -> bool:
        """False once the window closed this screen while its work was still running."""
        return shiboken6.isValid(self)

    def show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.title(), error_text(error))


def page_header(title: str, subtitle: str = "") -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 6)
    layout.setSpacing(2)
    heading = QLabel(title)
    heading.setObjectName("PageTitle")
    layout.addWidget(heading)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("Subtle")
        sub.setWordWrap(True)
        layout.addWidget(sub)
    return box


class Card(QFrame):
    """A white rounded panel with a title, for grouping on a page."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(8)
        if title:
            self.title_label = QLabel(title)
            self.title_label.setObjectName("CardTitle")
            self.body.addWidget(self.title_label)


def row(*widgets: QWidget, stretch_last: bool = False) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    if not stretch_last:
        layout.addStretch(1)
    layout.setAlignment(Qt.AlignmentFlag.AlignVCenter)
    return layout
