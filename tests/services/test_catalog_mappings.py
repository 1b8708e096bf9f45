"""Column mappings per supplier: saved under a name, listed, and remembered from the last
import so that the next file from the same supplier imports in one click."""

from __future__ import annotations

import pytest

from oms_desktop.domain.errors import NotFound
from oms_desktop.services.catalog import ImportCancelled, list_offers
from oms_desktop.services.catalog_mappings import delete_mapping, fit_mapping, guess_mapping, \
    import_with_mapping, last_mapping, list_mappings, remember_mapping, save_mapping
from oms_desktop.services.suppliers import add_supplier

GERMAN = "Artikelnummer;Bezeichnung;Einkaufspreis;Strichcode\n"
MAPPING = {"supplier_ref": "Artikelnummer", "description": "Bezeichnung",
           "cost": "Einkaufspreis", "ean": "Strichcode"}


def write(tmp_path, text: str, name: str = "catalog.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_saved_mappings_are_listed_by_name_for_their_supplier_only(retailer):
    add_supplier(retailer, "OTHER", "Other", 3)
    save_mapping(retailer, "ACME", "winter_100%", MAPPING)
    save_mapping(retailer, "acme", "Autumn", dict(MAPPING, pack="Karton"))
    save_mapping(retailer, "OTHER", "theirs", MAPPING)

    mappings = list_mappings(retailer, "acme")

    assert [m.name for m in mappings] == ["Autumn", "winter_100%"]
    assert mappings[0].columns == dict(MAPPING, pack="Karton")
    assert [m.name for m in list_mappings(retailer, "OTHER")] == ["theirs"]
    with pytest.raises(NotFound):
        list_mappings(retailer, "NOBODY")


def test_a_deleted_mapping_is_gone_for_its_supplier_only_and_the_last_import_keeps_its_columns(
        retailer, tmp_path):
    add_supplier(retailer, "OTHER", "Other", 3)
    save_mapping(retailer, "ACME", "Winter", MAPPING)
    save_mapping(retailer, "ACME", "Autumn", MAPPING)
    save_mapping(retailer, "OTHER", "Winter", MAPPING)
    report = import_with_mapping(retailer, "ACME", write(tmp_path, GERMAN + "A1;Stylo;1,50;"
                                                                   "4006381333931\n"),
                                 MAPPING, name="Winter")
    assert report.imported and last_mapping(retailer, "ACME").name == "Winter"

    delete_mapping(retailer, "acme", "  Winter ")

    assert [m.name for m in list_mappings(retailer, "ACME")] == ["Autumn"]
    assert [m.name for m in list_mappings(retailer, "OTHER")] == ["Winter"]
    assert last_mapping(retailer, "ACME").name is None  # the columns stay, not the name
    assert last_mapping(retailer, "ACME").columns == MAPPING
    with pytest.raises(NotFound, match="Winter"):
        delete_mapping(retailer, "ACME", "Winter")
    with pytest.raises(NotFound):
        delete_mapping(retailer, "NOBODY", "Autumn")


def test_a_successful_import_remembers_its_columns_for_the_next_file(retailer, tmp_path):
    assert last_mapping(retailer, "ACME") is None
    path = write(tmp_path, GERMAN + "DE-1;Topf;12,50;4006381333931\n")

    report = import_with_mapping(retailer, "ACME", path, MAPPING, name="German")

    assert report.imported and report.added == 1
    last = last_mapping(retailer, "ACME")
    assert (last.name, last.columns) == ("German", MAPPING)


def test_a_refused_or_cancelled_import_remembers_nothing(retailer, tmp_path):
    remember_mapping(retailer, "ACME", {"supplier_ref": "ref", "sku": "sku",
                                        "description": "name", "cost": "cost"})
    bad = write(tmp_path, GERMAN + "DE-1;Topf;abc;4006381333931\n")

    refused = import_with_mapping(retailer, "ACME", bad, MAPPING)
    assert not refused.imported
    with pytest.raises(ImportCancelled):
        import_with_mapping(retailer, "ACME", write(tmp_path, GERMAN + "DE-2;Pfanne;1;\n",
                                                    name="good.csv"),
                            MAPPING, progress=lambda done, total: False)

    assert last_mapping(retailer, "ACME").columns["description"] == "name"
    assert [o.supplier_ref for o in list_offers(retailer, "ACME")] == ["ACME-TP1"]


def test_the_guess_takes_the_first_of_two_headers_meaning_one_field():
    header = ["Référence", "Libellé", "Désignation", "PA HT", "Gencod", "Remarque"]

    assert guess_mapping(header) == {"supplier_ref": "Référence", "description": "Libellé",
                                     "cost": "PA HT", "ean": "Gencod"}


def test_a_mapping_laid_over_a_file_finds_its_headers_whatever_their_case():
    fit = fit_mapping(dict(MAPPING, vat="MwSt"), ["ARTIKELNUMMER", "Bezeichnung ",
                                                  "Einkaufspreis (€)", "Strichcode"])

    assert fit.columns == {"supplier_ref": "ARTIKELNUMMER", "description": "Bezeichnung ",
                           "cost": "Einkaufspreis (€)", "ean": "Strichcode"}
    assert fit.absent == {"vat": "MwSt"} and fit.complete
    assert fit_mapping({"cost": "Einkaufspreis"}, ["Einkaufspreis"]).missing == \
        ["supplier_ref", "description"]
