"""The company printed on documents: stored once, checked before it is kept."""

from __future__ import annotations

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.services.company import check_vat_number, company_details, set_company_details
from oms_desktop.store.settings import get_setting


def test_a_new_database_has_no_company_yet(db):
    assert not company_details(db).is_set


def test_the_details_are_kept_with_the_keys_the_demo_uses(db, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    saved = set_company_details(db, name=" Maison & Cuisine SAS ", address="24 rue X\n75004 Paris",
                                vat_number="fr 76 814 672 531", phone="01 99 00 24 00",
                                email="contact@maison-cuisine.example", logo=str(logo))
    assert saved == company_details(db)
    assert (saved.name, saved.vat_number, saved.siren) == ("Maison & Cuisine SAS",
                                                           "FR76814672531", "814672531")
    stored = get_setting("company")
    assert {"name", "address", "vat_number", "phone", "email", "logo"} <= set(stored)
    assert stored["logo"] == str(logo.resolve())


def test_details_not_on_the_form_keep_their_value(db):
    from oms_desktop.store.database import writing
    from oms_desktop.store.settings import set_setting

    with writing(db):
        set_setting("company", {"name": "Old", "trade_name": "Maison & Cuisine",
                                "country": "FR", "siren": "814672531"})
    updated = set_company_details(db, name="New name")
    assert (updated.name, updated.trade_name, updated.siren) == ("New name",
                                                                 "Maison & Cuisine", "814672531")
    assert updated.logo == "" and updated.vat_number == ""


@pytest.mark.parametrize("changes, field, words", [
    ({"name": "  "}, "name", "must not be empty"),
    ({"email": "contact.example"}, "email", "not an e-mail address"),
    ({"vat_number": "FR12814672531"}, "vat number", "does not match"),
    ({"vat_number": "FR7681467253"}, "vat number", "9-digit SIREN"),
    ({"vat_number": "12345"}, "vat number", "not a VAT number"),
    ({"logo": "/nowhere/logo.png"}, "logo", "cannot be found"),
    ({"logo": "/nowhere/logo.svg"}, "logo", "not a PNG, JPEG or GIF"),
])
def test_bad_details_are_refused_and_nothing_changes(db, changes, field, words):
    set_company_details(db, name="Kept")
    with pytest.raises(InvalidInput) as refused:
        set_company_details(db, **{"name": "Changed", **changes})
    assert refused.value.field == field and words in refused.value.message
    assert company_details(db).name == "Kept"


def test_vat_numbers_of_other_countries_are_checked_for_shape_only():
    assert check_vat_number("DE 123456789") == "DE123456789"
    assert check_vat_number("") == ""
