"""The retailer's own details, printed on purchase orders and delivery promises."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

from ..domain.errors import InvalidInput
from ..store.database import writing
from ..store.settings import get_setting, set_setting

SETTING = "company"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif")  # what the PDF documents can draw
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_VAT = re.compile(r"^[A-Z]{2}[0-9A-Z]{2,13}$")


@dataclass(frozen=True)
class Company:
    name: str = ""
    address: str = ""
    vat_number: str = ""
    phone: str = ""
    email: str = ""
    logo: str = ""  # path of an image file, "" for none
    trade_name: str = ""  # the shop sign, when it differs from the legal name
    country: str = "FR"
    siren: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.name)

    def as_json(self) -> dict:
        return {"name": self.name, "trade_name": self.trade_name, "address": self.address,
                "country": self.country, "vat_number": self.vat_number, "siren": self.siren,
                "phone": self.phone, "email": self.email, "logo": self.logo}


def _from_setting(value: dict | None) -> Company:
    value = value or {}
    known = Company.__dataclass_fields__
    return Company(**{key: str(value[key]) for key in known if value.get(key) is not None})


def company_details(db: Database) -> Company:
    """The company as documents print it (empty until set up)."""
    return _from_setting(get_setting(SETTING))


def check_vat_number(text: str) -> str:
    """'fr 76 814 672 531' -> 'FR76814672531'; a French number's key is verified."""
    vat = re.sub(r"[\s.\-]", "", str(text or "")).upper()
    if not vat:
        return ""
    if not _VAT.match(vat):
        raise InvalidInput("vat number", "'{text}' is not a VAT number (like FR76814672531)",
                           text=text)
    if vat.startswith("FR"):
        key, siren = vat[2:4], vat[4:]
        if len(siren) != 9 or not siren.isdigit():
            raise InvalidInput("vat number", "a French VAT number is FR, a 2-character key "
                                             "and the 9-digit SIREN")
        if key.isdigit() and int(key) != (12 + 3 * (int(siren) % 97)) % 97:
            raise InvalidInput("vat number", "the key {key} does not match the SIREN {siren} "
                                             "(a typo?)", key=key, siren=siren)
    return vat


def check_logo(path: str) -> str:
    """An existing PNG, JPEG or GIF file, as an absolute path ('' for no logo)."""
    text = str(path or "").strip()
    if not text:
        return ""
    file = Path(text).expanduser()
    if file.suffix.lower() not in LOGO_SUFFIXES:
        raise InvalidInput("logo", "{file} is not a PNG, JPEG or GIF image", file=file.name)
    if not file.is_file():
        raise InvalidInput("logo", "{file} cannot be found", file=str(file))
    return str(file.resolve())


def set_company_details(db: Database, *, name: str, address: str = "", vat_number: str = "",
                        phone: str = "", email: str = "", logo: str = "",
                        trade_name: str | None = None, country: str | None = None,
                        siren: str | None = None) -> Company:
    """Records the company printed on documents. Details not named here (trade name,
    country, SIREN) keep their stored value."""
    name = str(name or "").strip()
    if not name:
        raise InvalidInput("name", "must not be empty")
    if len(name) > 120:
        raise InvalidInput("name", "is longer than 120 characters")
    email = str(email or "").strip()
    if email and not _EMAIL.match(email):
        raise InvalidInput("email", "'{email}' is not an e-mail address", email=email)
    vat = check_vat_number(vat_number)
    logo_path = check_logo(logo)
    with writing(db):
        current = get_setting(SETTING) or {}
        updated = {**current, "name": name, "address": str(address or "").strip(),
                   "vat_number": vat, "phone": str(phone or "").strip(), "email": email,
                   "logo": logo_path}
        if trade_name is not None:
            updated["trade_name"] = trade_name.strip()
        if country is not None:
            updated["country"] = country.strip().upper() or "FR"
        if siren is not None:
            updated["siren"] = siren.strip()
        elif vat.startswith("FR"):
            updated["siren"] = vat[4:]  # the SIREN is part of a French VAT number
        set_setting(SETTING, updated)
    return _from_setting(updated)
