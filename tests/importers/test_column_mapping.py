"""Column mappings: guessed from English or French headers, or given explicitly."""

from __future__ import annotations

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.importers.catalog_csv import open_catalog
from oms_desktop.importers.column_mapping import apply_mapping, guess_field, map_columns


@pytest.mark.parametrize("title, field", [
    ("RÉFÉRENCE FOURNISSEUR", "supplier_ref"), ("Prix d’achat HT (€)", "cost"),
    ("Désignation", "description"), ("gencod", "ean"), ("Taux de TVA [%]", "vat"),
    ("Remarks", None),
])
def test_guesses_a_field_from_its_header(title, field):
    assert guess_field(title) == field


def test_an_explicit_mapping_matches_headers_without_case_or_accents():
    header = ["Art-Nr", "Bézeichnung", "EK", "Notiz"]
    columns = apply_mapping(header, {"supplier_ref": "art nr", "description": "BEZEICHNUNG",
                                     "cost": "EK", "ean": "Notiz"})
    assert columns == {"supplier_ref": 0, "description": 1, "cost": 2, "ean": 3}


def test_a_mapping_naming_a_column_the_file_lacks_is_refused():
    with pytest.raises(InvalidInput, match="'Prix' \\(cost\\) is not in the file"):
        apply_mapping(["ref", "sku", "name"], {"supplier_ref": "ref", "sku": "sku",
                                               "description": "name", "cost": "Prix"})


def test_the_guess_refuses_a_file_without_the_needed_columns():
    with pytest.raises(InvalidInput, match="missing column cost"):
        map_columns(["ref", "sku", "name"])


def test_a_stream_reads_rows_one_at_a_time(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"ref;sku;description;cost\nA;S1;Stylo;1\nB;S 2;Gomme;2\n")
    with open_catalog(path) as stream:
        rows = iter(stream)
        line, ref, values, errors = next(rows)
        assert (line, ref, values[:4], errors) == (2, "A", ("A", "S1", None, "Stylo"), None)
        assert stream.rows_read == 1
        line, ref, values, errors = next(rows)
        assert (line, ref, values, [e.column for e in errors]) == (3, "B", None, ["sku"])
        assert 0 < stream.done() <= stream.total
