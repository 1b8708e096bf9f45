"""One catalog file read by two readers: the split point is between two rows, and the two
parts read together give exactly the rows (and line numbers) of the file read whole."""

from __future__ import annotations

import csv
import io
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oms_desktop.importers import catalog_csv
from oms_desktop.importers.catalog_csv import Split, line_start, open_catalog, split_point

HEADER = ["ref", "sku", "description", "cost"]


def write_rows(path, rows, *, newline="\n", encoding="utf-8", bom=False):
    text = io.StringIO()
    csv.writer(text, delimiter=";", lineterminator=newline).writerows([HEADER, *rows])
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.getvalue().encode(encoding))
    return path


def rows_of(path, split: Split | None = None, *, first_part: bool = False):
    """(line, ref, values, errors) of every row read, and whether a first part stopped
    between two rows."""
    rows, boundary, _ = read(path, split, first_part=first_part)
    return rows, boundary


def read(path, split: Split | None = None, *, first_part: bool = False):
    """rows_of, and the line where the row a first part's split cut starts."""
    with open_catalog(path, part=None if first_part else split) as stream:
        if first_part:
            stream.stop_at(split)
        rows = list(stream)
        return rows, stream.stopped_on_a_row_boundary, stream.cut_row_line


def numbered(count: int, description=lambda i: f"Article {i}"):
    return [[f"R{i:05d}", f"SKU-{i:05d}", description(i), f"{i % 90 + 1},50"]
            for i in range(count)]


def test_the_split_falls_just_after_a_line_break_past_the_middle(tmp_path):
    path = write_rows(tmp_path / "c.csv", numbered(5000))
    data = path.read_bytes()

    split = split_point(path)

    assert split.offset >= len(data) // 2 and data[split.offset - 1:split.offset] == b"\n"
    assert split.lines_before == data[:split.offset].count(b"\n")
    assert data[split.offset:].startswith(b"R0")


def test_a_quoted_field_over_several_lines_at_the_middle_is_not_split(tmp_path):
    rows = numbered(5000)
    for i in range(2400, 2600):  # the middle of the file: descriptions over three lines
        rows[i][2] = f'Carnet "{i}"\nligne deux\nligne trois'
    path = write_rows(tmp_path / "c.csv", rows, newline="\r\n")
    data = path.read_bytes()

    split = split_point(path)

    assert data[split.offset:].startswith(b"R0")  # a row starts there, not "ligne deux"
    assert split.lines_before == data[:split.offset].count(b"\n")  # lines inside cells too
    whole, _ = rows_of(path)
    first, boundary = rows_of(path, split, first_part=True)
    second, _ = rows_of(path, split)
    assert boundary is True
    assert first + second == whole
    assert second[0][0] == split.lines_before + 1


def test_no_split_without_a_line_break_after_the_middle(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"ref;sku;description;cost\n" + b"R1;SKU-1;" + b"x" * 5000 + b";1,00")

    assert split_point(path) is None


def test_a_literal_quote_that_fools_the_count_is_found_out_by_the_first_reader(tmp_path):
    # Typed by hand: a quote for inches in an unquoted cell. Counting quotes then takes
    # the line breaks inside the quoted descriptions after the middle for row ends.
    lines = ["ref;sku;description;cost", 'R00000;SKU-0;Tube 3/4" cuivre;1,00']
    lines += [f"R{i:05d};SKU-{i};Article {i};1,00" for i in range(1, 2500)]
    lines += [f'R{i:05d};SKU-{i};"Carnet\nligne deux";1,00' for i in range(2500, 5000)]
    path = tmp_path / "c.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode())

    split = split_point(path)
    assert split is not None and path.read_bytes()[split.offset:].startswith(b"ligne deux")

    whole, _ = rows_of(path)
    first, boundary, cut = read(path, split, first_part=True)
    assert boundary is False
    assert first == whole[:len(first)]  # the rows before the cut row, as read whole
    assert whole[len(first)][0] == cut < split.lines_before + 1  # the cut row left out
    rest, _ = rows_of(path, line_start(path, cut))
    assert first + rest == whole  # read on from the cut row


rows_strategy = st.lists(
    st.tuples(st.text("ab \"';\n\r,é€", max_size=12), st.integers(0, 9999)),
    min_size=1, max_size=30)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows_strategy, at=st.floats(0.3, 0.95), newline=st.sampled_from(["\n", "\r\n"]),
       encoding=st.sampled_from(["utf-8", "windows-1252"]), bom=st.booleans())
def test_two_parts_read_exactly_the_whole_file(tmp_path, rows, at, newline, encoding, bom):
    # Enough rows that the split is beyond what reading the header fetches.
    body = [[f"R{i:05d}", f"SKU-{i}", f"Article {text} {i}", f"{number},5"]
            for i, (text, number) in enumerate(rows * (3000 // len(rows) + 1))]
    path = write_rows(tmp_path / "c.csv", body, newline=newline, encoding=encoding,
                      bom=bom and encoding == "utf-8")
    whole, _ = rows_of(path)

    split = split_point(path, at)

    if split is None:
        return
    first, boundary = rows_of(path, split, first_part=True)
    second, _ = rows_of(path, split)
    assert boundary is True
    assert first + second == whole


def test_a_zero_width_no_break_space_after_the_split_is_kept_in_a_file_with_a_bom(tmp_path):
    # U+FEFF opens the file as its BOM; anywhere else it is a character of the file (a
    # file made by joining exports), also at the start of the second reader's part.
    rows = numbered(5000)
    for row in rows[2000:]:
        row[0] = "\ufeff" + row[0]
    path = write_rows(tmp_path / "c.csv", rows, bom=True)
    split = split_point(path)
    assert path.read_bytes()[split.offset:].startswith("\ufeff".encode())

    whole, _ = rows_of(path)
    first, boundary = rows_of(path, split, first_part=True)
    second, _ = rows_of(path, split)

    assert boundary is True and first + second == whole
    assert second[0][1].startswith("\ufeff")


def _messy_catalog(rng) -> bytes:
    """A file as suppliers' programs and hands make them: LF, CRLF, lone CR or mixed line
    ends, Excel's sep= line, blank and ';;;' lines, quoted cells over several lines with
    doubled quotes, literal quotes in unquoted cells (a header's inch mark too), no final
    line end, in UTF-8 (with or without BOM) or Windows-1252."""
    ends = rng.choice([["\n"], ["\r\n"], ["\r"], ["\n", "\r\n", "\r"]])

    def end() -> str:
        return rng.choice(ends)

    def cell() -> str:
        word = "".join(rng.choice("ab é€xy") for _ in range(rng.randint(0, 6)))
        kind = rng.random()
        if kind < 0.15:
            return f'"{word}{rng.choice(ends)}{chr(34) * 2 * rng.randint(0, 2)}{word}"'
        if kind < 0.2:
            return f'{word}"{word}'
        if kind < 0.25:
            return f'"{word}"'
        return word

    parts = [end()] if rng.random() < 0.2 else []
    if rng.random() < 0.3:
        parts.append("sep=;" + end())
    parts.append("ref;sku;description;cost;note" + (' 3/4"' if rng.random() < 0.15 else "")
                 + end())
    for i in range(rng.randint(1500, 3000)):
        kind = rng.random()
        if kind < 0.03:
            parts.append(end())
        elif kind < 0.05:
            parts.append(";;;" + end())
        else:
            parts.append(f"R{i};S{i};{cell()};{rng.randint(0, 99)},5;n" + end())
    text = "".join(parts)
    if rng.random() < 0.3:
        text = text.rstrip("\r\n")
    return text.encode(rng.choice(["utf-8", "utf-8-sig", "windows-1252"]))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32), at=st.floats(0.3, 0.99))
def test_whatever_the_file_the_first_part_is_a_prefix_and_both_parts_the_whole(
        tmp_path, seed, at):
    path = tmp_path / "c.csv"
    data = _messy_catalog(random.Random(seed))  # a failure names its seed
    path.write_bytes(data)
    whole, _ = rows_of(path)

    split = split_point(path, at)

    if split is None:
        return
    head = data[:split.offset].decode("latin-1")  # line ends as the text reader counts them
    assert split.lines_before == head.count("\n") + head.count("\r") - head.count("\r\n")
    first, boundary, cut = read(path, split, first_part=True)
    if boundary:
        second, _ = rows_of(path, split)
        assert first + second == whole
    else:  # the rows before the cut are right, and the rest is read on from the cut row
        rest, _ = rows_of(path, line_start(path, cut))
        assert first + rest == whole


@settings(max_examples=50, deadline=None)
@given(ends=st.lists(st.sampled_from(["\n", "\r\n", "\r", "x", "\r\r", "\n\r"]),
                     min_size=1, max_size=60),
       chunk=st.integers(1, 9))
def test_a_line_starts_where_the_text_reader_starts_it(ends, chunk):
    import re
    import tempfile

    data = "".join(f"l{i}{end}" for i, end in enumerate(ends)).encode()
    starts = [0] + [m.end() for m in re.finditer(rb"\r\n|\r|\n", data)]
    with tempfile.TemporaryDirectory() as folder:
        path = f"{folder}/c.csv"
        with open(path, "wb") as out:
            out.write(data)
        original = catalog_csv._CHUNK
        catalog_csv._CHUNK = chunk  # line ends across chunk boundaries
        try:
            for line, offset in enumerate(starts, 1):
                assert line_start(path, line) == Split(offset, line - 1)
        finally:
            catalog_csv._CHUNK = original
