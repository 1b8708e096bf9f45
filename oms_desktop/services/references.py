"""Document numbers as staff read them: SO-000042, PO-000007, TR-000003."""

from __future__ import annotations

from ..domain.errors import InvalidInput

ORDER, PURCHASE_ORDER, TRANSFER = "SO", "PO", "TR"


def format_ref(prefix: str, row_id: int) -> str:
    return f"{prefix}-{row_id:06d}"


def parse_ref(prefix: str, text: str | int, field: str) -> int:
    """'PO-000007', 'po-7' or '7' -> 7."""
    raw = str(text).strip().upper()
    if raw.startswith(prefix + "-"):
        raw = raw[len(prefix) + 1:]
    if not (raw.isascii() and raw.isdigit()) or int(raw) == 0 or len(raw) > 12:
        raise InvalidInput(field, "'{text}' is not a {prefix} number (like {prefix}-000001)",
                           text=text, prefix=prefix)
    return int(raw)
