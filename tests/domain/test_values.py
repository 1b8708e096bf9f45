from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.domain.values import (
    cents_to_decimal,
    check_code,
    ean_check_digit,
    format_cents,
    format_vat_rate,
    normalize_ean,
    parse_money,
    parse_quantity,
    parse_vat_rate,
)

# -- money -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, cents", [
    ("12.90", 1290),
    ("12,90", 1290),
    ("12.9", 1290),
    ("12", 1200),
    ("0", 0),
    ("0,05", 5),
    (" 7,5 ", 750),
    ("1 234,50", 123450),
    ("1\u00a0234,50", 123450),  # the no-break space Excel in France writes
    ("1.234,50", 123450),  # French thousands
    ("1,234.50", 123450),  # English thousands
    ("1.234.567,89", 123456789),
    ("1,234,567.89", 123456789),
    ("12,90 €", 1290),
    ("12.90€", 1290),
    (Decimal("3.20"), 320),
    (5, 500),  # an int is an amount in euros, not cents
])
def test_parses_amounts_as_people_write_them_into_cents(text, cents):
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", [
    "-1", "-0,01", Decimal("-5"), -3,
    "abc", "", "   ", "€", "12,3,4", "1.2.3",
    "NaN", "inf", "-Infinity",
    "12.345", "0,001",  # three decimals
    "1.234", "1,234",  # ambiguous: read as three decimals and refused, not guessed
])
def test_refuses_negative_garbage_and_more_than_two_decimals(text):
    with pytest.raises(InvalidInput):
        parse_money(text)


def test_names_the_money_field_it_was_reading_when_refusing():
    with pytest.raises(InvalidInput) as refused:
        parse_money("abc", "unit cost")
    assert refused.value.field == "unit cost"


@pytest.mark.parametrize("text", ["12.90.1,", "1.2,50", "12,90.5", "1.23,45", "12 90", "1e3"])
def test_refuses_misplaced_thousands_separators_and_exponents(text):
    with pytest.raises(InvalidInput):
        parse_money(text)


@pytest.mark.parametrize("text", ["1e30", "99999999999999999999999999999", "10000000000"])
def test_refuses_absurdly_large_amounts_as_invalid_input(text):
    # Beyond 28 digits Decimal.quantize itself fails: it must come out as InvalidInput.
    with pytest.raises(InvalidInput):
        parse_money(text)


def test_accepts_the_largest_plausible_amount():
    assert parse_money("9 999 999 999,99") == 999_999_999_999


@pytest.mark.parametrize("cents, text", [(1290, "12.90"), (5, "0.05"), (0, "0.00"),
                                         (123450, "1234.50")])
def test_formats_cents_in_plain_machine_form(cents, text):
    assert format_cents(cents) == text
    assert cents_to_decimal(cents) == Decimal(text)
    assert parse_money(text) == cents


# -- VAT -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, basis_points", [
    ("20", 2000), ("5.5", 550), ("5,5", 550), ("2.1", 210), ("0", 0), ("20%", 2000),
    ("20 %", 2000), (" 10 ", 1000), ("99.99", 9999), (Decimal("5.5"), 550), (20, 2000),
])
def test_parses_vat_rates_into_basis_points(text, basis_points):
    assert parse_vat_rate(text) == basis_points


@pytest.mark.parametrize("text", ["100", "120", "-1", "abc", "", "5.555", "NaN", "inf"])
def test_refuses_vat_rates_outside_0_to_100_or_with_three_decimals(text):
    with pytest.raises(InvalidInput):
        parse_vat_rate(text)


@pytest.mark.parametrize("basis_points, text", [(2000, "20"), (550, "5.5"), (210, "2.1"),
                                                (0, "0")])
def test_formats_vat_rates_without_useless_zeros(basis_points, text):
    assert format_vat_rate(basis_points) == text
    assert parse_vat_rate(text) == basis_points


# -- EAN -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, ean", [
    ("4006381333931", "4006381333931"),  # EAN-13
    ("96385074", "96385074"),  # EAN-8
    (" 4006381333931 ", "4006381333931"),
    ("4 006381 333931", "4006381333931"),
    (None, None),
    ("", None),
    ("   ", None),
])
def test_normalizes_valid_eans_and_treats_blank_as_none(text, ean):
    assert normalize_ean(text) == ean


@pytest.mark.parametrize("text", [
    "4006381333932",  # wrong check digit
    "96385075",  # wrong check digit
    "400638133393",  # 12 digits
    "40063813339311",  # 14 digits
    "123456789",
    "4006381333A31",
    "4006381333931X",
    "EAN4006381333931",
    "-96385074",
])
def test_refuses_wrong_lengths_letters_and_wrong_check_digits(text):
    with pytest.raises(InvalidInput):
        normalize_ean(text)


def test_tells_the_expected_check_digit():
    assert ean_check_digit("400638133393") == 1
    assert ean_check_digit("9638507") == 4
    with pytest.raises(InvalidInput) as refused:
        normalize_ean("4006381333932", "barcode")
    assert refused.value.field == "barcode"
    assert "expected 1" in refused.value.message


@pytest.mark.parametrize("text", [
    "400638133393\u00b2",  # str.isdigit is true for '²' but int() refuses it
    "\u0664006381333931",  # an Arabic-Indic four: a digit, not an ASCII one
])
def test_refuses_digits_that_are_not_ascii(text):
    with pytest.raises(InvalidInput):
        normalize_ean(text)


# -- quantities and codes --------------------------------------------------------------------


@pytest.mark.parametrize("text, kwargs, value", [
    ("3", {}, 3),
    (" 12 ", {}, 12),
    (7, {}, 7),
    ("0", {"allow_zero": True}, 0),
    ("-2", {"allow_negative": True}, -2),
    ("-2", {"allow_negative": True, "allow_zero": True}, -2),
])
def test_parses_whole_quantities(text, kwargs, value):
    assert parse_quantity(text, **kwargs) == value


@pytest.mark.parametrize("text, kwargs", [
    ("0", {}),
    ("-0", {}),
    ("0", {"allow_negative": True}),
    ("-2", {}),
    ("-2", {"allow_zero": True}),
    ("2.5", {}),
    ("2,0", {}),
    ("abc", {}),
    ("", {}),
    ("1_000", {}),  # int() would read it as 1000
    ("\uff13", {}),  # a full-width three
])
def test_refuses_zero_negative_and_fractional_quantities_unless_allowed(text, kwargs):
    with pytest.raises(InvalidInput):
        parse_quantity(text, **kwargs)


@pytest.mark.parametrize("text, code", [
    ("PAR", "PAR"),
    (" PAR ", "PAR"),
    ("SKU-12_b.3", "SKU-12_b.3"),
    ("X" * 40, "X" * 40),
])
def test_accepts_codes_without_spaces_or_colons(text, code):
    assert check_code(text, "code") == code


@pytest.mark.parametrize("text, max_length", [
    ("", 40), ("   ", 40), ("A B", 40), ("A\tB", 40), ("SKU:1", 40), ("X" * 41, 40),
    ("ABCDEF", 5),
])
def test_refuses_empty_long_or_spaced_codes(text, max_length):
    with pytest.raises(InvalidInput) as refused:
        check_code(text, "sku", max_length)
    assert refused.value.field == "sku"


@given(st.text(alphabet="0123456789", min_size=1, max_size=17))
def test_ean_check_digit_is_the_gs1_weighted_sum(body: str) -> None:
    # GS1: from the right, digits weigh 3, 1, 3, 1...; the check digit tops the sum up to
    # a multiple of ten.
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    assert ean_check_digit(body) == (10 - total % 10) % 10


@pytest.mark.parametrize("body", ["", "12a4567", "１２３４５６７"])
def test_ean_check_digit_refuses_what_is_not_ascii_digits(body: str) -> None:
    with pytest.raises(ValueError):
        ean_check_digit(body)


@given(st.integers(0, 10**10 - 1), st.sampled_from(["", ".", ","]),
       st.text(alphabet="0123456789", min_size=1, max_size=2))
def test_plain_amounts_read_as_their_decimal_value(units: int, separator: str,
                                                   decimals: str) -> None:
    # '12', '12.9', '12,90', '0012.5': the fast path gives what Decimal arithmetic gives.
    text = f"{units}{separator}{decimals if separator else ''}"
    expected = Decimal(text.replace(",", ".")) * 100
    assert parse_money(text) == int(expected)
    assert parse_money(text) == parse_money(Decimal(text.replace(",", ".")))


@pytest.mark.parametrize("text", ["12.345", "1,234", "10000000000", "-1", "1.2.3"])
def test_amounts_outside_the_plain_form_take_the_careful_path(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_money(text)
