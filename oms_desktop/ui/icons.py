"""The app's line icons (resources/icons/*.svg), tinted to the palette."""

from __future__ import annotations

import importlib.resources
from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_COLOUR = "#44506a"


def resource(*parts: str):
    return importlib.resources.files("oms_desktop.resources").joinpath(*parts)


@lru_cache(maxsize=128)
def _svg(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, size: int = 24, colour: str = ICON_COLOUR) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("#COLOR#", colour).encode()))
    image = QPixmap(QSize(size, size) * 2)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.setDevicePixelRatio(2)
    return image


def icon(name: str, colour: str = ICON_COLOUR, active: str | None = None) -> QIcon:
    result = QIcon(pixmap(name, 24, colour))
    if active:
        result.addPixmap(pixmap(name, 24, active), QIcon.Mode.Selected)
    return result


def app_icon() -> QIcon:
    result = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        renderer = QSvgRenderer(QByteArray(_svg("app").encode()))
        image = QPixmap(size, size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(image)
    return result
