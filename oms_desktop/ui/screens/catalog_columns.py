"""Which column of a supplier's file holds which field of an offer, as the retailer sees
and chooses it: one combo of the file's headers per field, required ones marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from ...services.catalog_mappings import ONE_OF, REQUIRED
from ..texts import mapping_field_text

# The fields in the order the retailer checks them: what every offer needs first.
FIELD_ORDER = ("supplier_ref", "description", "cost", "sku", "ean", "pack", "moq",
               "lead_days", "price", "vat", "available")
MAPPING_COLUMNS = 4  # field pickers per row


class ColumnPicker(QWidget):
    """For each field of an offer, the file's column that holds it, or none."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        for position, field in enumerate(FIELD_ORDER):
            label = QLabel(self._label(field))
            label.setToolTip(self._tip(field))
            combo = QComboBox()
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setToolTip(self._tip(field))
            combo.activated.connect(lambda _=None: self.edited.emit())
            label.setBuddy(combo)
            row, column = divmod(position, MAPPING_COLUMNS)
            grid.addWidget(label, row, 2 * column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
            self.combos[field] = combo

    def _label(self, field: str) -> str:
        text = mapping_field_text(field)
        text = text[:1].upper() + text[1:]
        return text + " *" if field in REQUIRED else text + (" †" if field in ONE_OF else "")

    def _tip(self, field: str) -> str:
        if field in REQUIRED:
            return self.tr("Required: every offer needs it.")
        if field in ONE_OF:
            return self.tr("Our SKU or the EAN: at least one of the two.")
        return self.tr("Optional: left out, the offers keep what they had.")

    def set_header(self, header: list[str], columns: dict[str, str]) -> None:
        """Offers the file's header cells and selects the column of each field."""
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for title in header:
                combo.addItem(title, title)
            index = combo.findData(columns[field]) if field in columns else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def choose(self, field: str, title: str | None) -> None:
        """Selects a column as the retailer would."""
        combo = self.combos[field]
        combo.setCurrentIndex(max(combo.findData(title), 0) if title else 0)
        self.edited.emit()

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items()
                if combo.currentData()}
