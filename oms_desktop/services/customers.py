"""Customers are remembered with their orders and found again as staff type."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import Database, fn

from ..store.models import CustomerRow


@dataclass(frozen=True)
class CustomerInfo:
    name: str
    phone: str
    email: str
    address: str


def find_customers(db: Database, text: str, limit: int = 12) -> list[CustomerInfo]:
    """Customers whose name, phone or e-mail contain what was typed (most recent first)."""
    text = str(text or "").strip().lower()
    if len(text) < 2:
        return []
    pattern = f"%{text}%"
    rows = (CustomerRow.select()
            .where((fn.LOWER(CustomerRow.name) ** pattern) | (CustomerRow.phone ** pattern)
                   | (fn.LOWER(CustomerRow.email) ** pattern))
            .order_by(CustomerRow.id.desc()).limit(limit))
    return [CustomerInfo(r.name, r.phone, r.email, r.address) for r in rows]
