"""Reading a supplier's catalog (CSV) into offer records and a per-row error report.

Suppliers send what their software exports: UTF-8 with or without a BOM, or Windows-1252
from older Excel; commas, semicolons or tabs; decimal points or commas; English or French
headers in any order. `read_catalog` accepts all of those, checks every row and reports
each bad field with its physical line number, so the retailer can fix the file in one go.
"""

from __future__ import annotations

import functools

import codecs
import contextlib
import csv
import io
import itertools
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import BinaryIO, TextIO

from ..domain.errors import InvalidInput
from .column_mapping import ONE_OF, REQUIRED, SYNONYMS, apply_mapping, map_columns, \
    normalize_header
from ..domain.values import MAX_QUANTITY, check_code, ean_check_digit, normalize_ean, \
    parse_money, parse_vat_rate

UTF8_BOM, UTF8, WINDOWS_1252 = "utf-8-sig", "utf-8", "windows-1252"
DELIMITERS = (";", "\t", ",")  # on a tie the first wins: ';' is the French Excel default
_CHUNK = 1 << 20
MAX_REF_LENGTH = 100
MAX_DESCRIPTION_LENGTH = 255
MAX_LEAD_DAYS = 365

_YES = frozenset({"yes", "y", "true", "1", "oui", "o"})
_NO = frozenset({"no", "n", "false", "0", "non"})


@dataclass(frozen=True)
class OfferRecord:
    line: int
    supplier_ref: str
    sku: str | None
    ean: str | None
    description: str
    cost_cents: int
    pack_size: int = 1
    min_order_qty: int = 1
    lead_days: int | None = None
    retail_price_cents: int | None = None
    vat_bp: int | None = None
    available: bool = True


@dataclass(frozen=True)
class RowError:
    """One bad field: `column` is the header as written in the file ("row" for the row).
    `message` is in English; `template` and `values` let the window say it in the user's
    language (see domain.errors.InvalidInput)."""

    line: int
    column: str
    value: str
    message: str
    template: str | None = field(default=None, compare=False, repr=False)
    values: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, line: int, column: str, value: str, template: str, **values) -> RowError:
        return cls(line, column, value, template.format(**values) if values else template,
                   template, values)


@dataclass(frozen=True)
class CatalogFile:
    records: list[OfferRecord]
    errors: list[RowError]
    encoding: str
    delimiter: str
    rows_read: int
    columns: dict[str, str]  # field name -> its header in the file, for reporting


def read_catalog(path: str | os.PathLike,
                 mapping: Mapping[str, str] | None = None) -> CatalogFile:
    """Every valid row of the file as an OfferRecord, and every bad field as a RowError.

    Holds the whole file in memory: for previews and small files. A large catalog is read
    row by row with `open_catalog`. Raises InvalidInput("file", ...) when the file as a
    whole cannot be read: empty, not text, not CSV, or a required column missing."""
    records: list[OfferRecord] = []
    errors: list[RowError] = []
    with open_catalog(path, mapping, check_duplicates=True) as stream:
        for line, _ref, values, row_errors in stream:
            if row_errors:
                errors += row_errors
            else:
                records.append(OfferRecord(line, *values))
        return CatalogFile(records, errors, stream.encoding, stream.delimiter,
                           stream.rows_read, stream.columns)


@contextlib.contextmanager
def open_catalog(path: str | os.PathLike, mapping: Mapping[str, str] | None = None, *,
                 check_duplicates: bool = False, part: Split | None = None
                 ) -> Iterator[CatalogStream]:
    """The file opened for reading row by row: iterate the stream for
    (line, supplier_ref, values in VALUE_FIELDS order or None, errors) of each row.

    Only a few rows are in memory at a time. `check_duplicates` remembers every reference
    to refuse a second row with the same one (a million references cost ~100 MB: the bulk
    import finds duplicates in the database instead). With `part`, only the rows from that
    split point on are read (the header still decides the columns); see `split_point`."""
    path = Path(path)
    encoding = detect_encoding(path)
    binary = _Bounded(path.open("rb", buffering=0))
    buffered = io.BufferedReader(binary)
    try:
        text = io.TextIOWrapper(buffered, encoding=encoding, newline="")
        lines = _CountedLines(text)
        try:
            header_line, delimiter = _header_line(lines)
            header = next(csv.reader([header_line], delimiter=delimiter))
        except UnicodeDecodeError:
            raise _undecodable(path) from None
        except csv.Error as exc:
            raise _not_csv(path, exc) from None
        parser = RowParser(header, mapping, delimiter)
        if part is not None:
            text.detach()  # its read-ahead ends wherever; the part starts at its offset
            buffered.seek(part.offset)
            # past the start, a U+FEFF is a character of the file, not a BOM to drop
            inside = UTF8 if encoding == UTF8_BOM else encoding
            lines = _CountedLines(io.TextIOWrapper(buffered, encoding=inside, newline=""))
            lines.count = part.lines_before
        yield CatalogStream(path, buffered, lines, encoding, delimiter, parser,
                            check_duplicates, binary)
    finally:
        buffered.close()


def read_csv_header(path: str | os.PathLike) -> tuple[list[str], str, str]:
    """(header cells, encoding, delimiter) of a CSV file, whatever its columns mean."""
    path = Path(path)
    encoding = detect_encoding(path)
    with path.open(encoding=encoding, newline="") as text:
        try:
            header_line, delimiter = _header_line(_CountedLines(text))
            return next(csv.reader([header_line], delimiter=delimiter)), encoding, delimiter
        except UnicodeDecodeError:
            raise _undecodable(path) from None
        except csv.Error as exc:
            raise _not_csv(path, exc) from None


def _undecodable(path: Path) -> InvalidInput:
    return InvalidInput("file", "{file} is neither UTF-8 nor Windows-1252 text; "
                                "save it as CSV UTF-8", file=path.name)


def _not_csv(path: Path, exc: Exception) -> InvalidInput:
    return InvalidInput("file", "{file} is not a readable CSV file ({error})",
                        file=path.name, error=str(exc))


class CatalogStream:
    """An open catalog file; iterating it reads and checks one row at a time."""

    def __init__(self, path: Path, binary: BinaryIO, lines: _CountedLines, encoding: str,
                 delimiter: str, parser: RowParser, check_duplicates: bool,
                 bounded: _Bounded | None = None):
        self.path, self._binary, self._lines = path, binary, lines
        self.encoding, self.delimiter, self.parser = encoding, delimiter, parser
        self.header = parser.header
        self.columns = parser.titles  # field name -> its header in the file
        self.rows_read = 0
        self.total = path.stat().st_size
        self._check_duplicates = check_duplicates
        self._bounded = bounded
        self.stop: int | None = None
        self.stopped_on_a_row_boundary: bool | None = None
        self.cut_row_line: int | None = None  # where the row the split cut starts

    def stop_at(self, split: Split) -> None:
        """Reads only the rows before a split point (another reader takes the rest); after
        the iteration, `stopped_on_a_row_boundary` tells whether the split was indeed
        between two rows. If not, the rows read are the file's first ones, but the one cut
        by the split is left out: the rest of the file is then read from `cut_row_line` on
        (`line_start`).
        ValueError if the split point is not beyond what the header's reading fetched."""
        if self._bounded is None or self._bounded.tell() > split.offset:
            raise ValueError("the split point is in what this reader has already read")
        self.stop = split.offset
        self._bounded.limit = split.offset

    def done(self) -> int:
        """Bytes read so far (of `total`), for a progress bar."""
        try:
            return self._binary.tell()
        except (OSError, ValueError):
            return self.total

    def __iter__(self) -> Iterator[ReadRow]:
        first_line_of_ref: dict[str, int] = {}
        parse = self.parser.parse
        rows = _numbered_rows(self._lines, self.delimiter) if self.stop is None else \
            self._rows_before_stop()
        try:
            for line, cells in rows:
                self.rows_read += 1
                ref, values, errors = parse(line, cells)
                if self._check_duplicates and ref:
                    first = first_line_of_ref.setdefault(ref, line)
                    if first != line:
                        errors = (errors or []) + [self.parser.duplicate(line, cells, first)]
                        values = None
                yield line, ref, values, errors
        except UnicodeDecodeError:
            raise _undecodable(self.path) from None
        except csv.Error as exc:
            raise _not_csv(self.path, exc) from None

    def _rows_before_stop(self) -> Iterator[tuple[int, list[str]]]:
        # The file is cut at the split point and a line of our own follows the cut: read
        # on its own, it proves that the cut fell between two rows; inside a quoted field
        # (the split point was guessed from a wrong count of quotes), it ends up in the
        # last cell of a row cut in two, which is not taken.
        self._lines.stream = itertools.chain(self._lines.stream, (_SPLIT_MARK + "\n",))
        for line, cells in _numbered_rows(self._lines, self.delimiter):
            if _SPLIT_MARK in cells[-1]:
                self.stopped_on_a_row_boundary = cells == [_SPLIT_MARK]
                if not self.stopped_on_a_row_boundary:
                    self.cut_row_line = line
                return
            yield line, cells
        self.stopped_on_a_row_boundary = False


# --- one file read by two readers ---------------------------------------------------------

_SPLIT_MARK = "\ue000oms split point\ue000"  # private-use characters: in no catalog


@dataclass(frozen=True)
class Split:
    """Where a second reader of a catalog starts: a byte offset just after a line break
    that ends a row, and the number of lines before it (the files' line numbers go on)."""

    offset: int
    lines_before: int


def split_point(path: str | os.PathLike, at: float = 0.5) -> Split | None:
    """The first row boundary from `at` of the file on, found by counting quotes: a line
    break after an even number of them is outside any quoted field, in a file whose
    quotes are all quoting (a literal quote in an unquoted cell fools the count: the first
    reader then finds the split was not between rows, see CatalogStream.stop_at).
    None when there is no such line break after the header and before the end."""
    path = Path(path)
    size = path.stat().st_size
    quotes = line_feeds = carriage_returns = crlf = 0
    with path.open("rb") as raw:
        previous = b""
        position = 0
        while position < size:
            chunk = raw.read(_CHUNK)
            if not chunk:
                return None
            if position + len(chunk) > size * at:
                found = _row_break(chunk, max(0, int(size * at) - position), quotes)
                if found is not None:
                    head = chunk[:found + 1]
                    lines = line_feeds + head.count(b"\n") + carriage_returns + \
                        head.count(b"\r") - crlf - head.count(b"\r\n") - \
                        (previous[-1:] == b"\r" and head[:1] == b"\n")
                    offset = position + found + 1
                    return Split(offset, lines) if offset < size else None
            quotes += chunk.count(b'"')
            line_feeds += chunk.count(b"\n")
            carriage_returns += chunk.count(b"\r")
            crlf += chunk.count(b"\r\n") + (previous[-1:] == b"\r" and chunk[:1] == b"\n")
            previous = chunk
            position += len(chunk)
    return None


def line_start(path: str | os.PathLike, line: int) -> Split:
    """Where line `line` (from 1, as the text reader counts them: after \\n, \\r\\n or a
    lone \\r) of the file starts, to read on from a row known to start there."""
    breaks = position = 0
    with Path(path).open("rb") as raw:
        while line > 1 and (chunk := raw.read(_CHUNK)):
            while chunk.endswith(b"\r") and (more := raw.read(1)):
                chunk += more  # a \r\n across two chunks is one line end
            for found in _LINE_BREAK.finditer(chunk):
                breaks += 1
                if breaks == line - 1:
                    return Split(position + found.end(), breaks)
            position += len(chunk)
    if line == 1:
        return Split(0, 0)
    raise ValueError(f"the file has no line {line}")


_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


def _row_break(chunk: bytes, start: int, quotes_before: int) -> int | None:
    """The index of the first line feed in `chunk` from `start` on that follows an even
    number of quotes (counting `quotes_before` those before the chunk)."""
    quotes = quotes_before + chunk.count(b'"', 0, start)
    position = start
    while (found := chunk.find(b"\n", position)) >= 0:
        quotes += chunk.count(b'"', position, found)
        if quotes % 2 == 0:
            return found
        position = found + 1
    return None


class _Bounded(io.RawIOBase):
    """A file that ends at `limit` (when set) for whoever reads it."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.limit: int | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()

    def readinto(self, buffer) -> int:
        if self.limit is None:
            return self.raw.readinto(buffer)
        left = max(0, self.limit - self.raw.tell())
        if left >= len(buffer):
            return self.raw.readinto(buffer)
        with memoryview(buffer) as view:
            return self.raw.readinto(view[:left]) if left else 0

    def close(self) -> None:
        self.raw.close()
        super().close()


# --- the file as a whole -------------------------------------------------------------------

def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when every byte decodes strictly, else Windows-1252.

    Scans the file in chunks so that a large catalog is never held in memory."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InvalidInput("file", "cannot open {path}: {error}",
                           path=str(path), error=exc.strerror) from None
    with raw:
        head = raw.read(_CHUNK)
        _refuse_non_text(path, head)
        has_bom = head.startswith(codecs.BOM_UTF8)
        if _is_utf8(head, raw):
            return UTF8_BOM if has_bom else UTF8
    if has_bom:
        raise InvalidInput("file", "{file} starts as UTF-8 but holds invalid UTF-8 bytes",
                           file=path.name)
    return WINDOWS_1252


def _is_utf8(head: bytes, raw: BinaryIO) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    chunk = head
    try:
        while chunk:
            # Pure ASCII needs no decoding (the common case) unless a character is split
            # across the previous chunk's end.
            if not chunk.isascii() or decoder.getstate()[0]:
                decoder.decode(chunk)
            chunk = raw.read(_CHUNK)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _refuse_non_text(path: Path, head: bytes) -> None:
    if not head.strip(codecs.BOM_UTF8 + b" \t\r\n"):
        raise InvalidInput("file", "{file} is empty", file=path.name)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InvalidInput("file", "{file} is UTF-16 text; save it as CSV UTF-8",
                           file=path.name)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InvalidInput("file", "{file} is a spreadsheet or an archive, not CSV; "
                                   "save it as CSV UTF-8", file=path.name)
    if b"\x00" in head:
        raise InvalidInput("file", "{file} is not a text file", file=path.name)


class _CountedLines:
    """The file's lines, counting them, so that each row knows where it starts even when a
    quoted field spans several lines."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.count = 0

    def __iter__(self) -> _CountedLines:
        return self

    def __next__(self) -> str:
        line = next(self.stream)
        self.count += 1
        return line


def _header_line(lines: _CountedLines) -> tuple[str, str]:
    """The first non-blank line and the delimiter; honours Excel's 'sep=;' first line."""
    delimiter = None
    for line in lines:
        text = line.strip("\r\n")
        if not text.strip():
            continue
        if delimiter is None and text.lower().startswith("sep=") and len(text) == 5:
            delimiter = text[4]
            continue
        return text, delimiter or detect_delimiter(text)
    raise InvalidInput("file", "the file has no header line")


def detect_delimiter(header_line: str) -> str:
    """The delimiter that splits the header into the most columns."""
    counts = {d: len(next(csv.reader([header_line], delimiter=d))) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if counts[best] < 2:
        raise InvalidInput("file", "not a CSV file: the first line has no comma, semicolon "
                                   "or tab between column names")
    return best


# --- rows -----------------------------------------------------------------------------------

def _numbered_rows(lines: _CountedLines, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, cells) for each non-blank row after the header."""
    # The reader counts the physical lines it reads (a quoted field may span several);
    # reading the rest of the file straight from the text stream spares a Python call per
    # line.
    reader = csv.reader(lines.stream, delimiter=delimiter)
    previous_end = lines.count
    for cells in reader:
        start, previous_end = previous_end + 1, lines.count + reader.line_num
        if "".join(cells).strip():  # skips blank lines and Excel's ';;;;'
            yield start, cells


class RowParser:
    """Checks the cells of one row against the columns found in the header; shared by the
    CSV and XLSX readers so that both refuse the same rows for the same reasons."""

    def __init__(self, header: Sequence[str], mapping: Mapping[str, str] | None = None,
                 delimiter: str = ";"):
        self.delimiter = delimiter  # joins the cells of a row of the wrong width, to show it
        self.header = [str(title) for title in header]
        columns = map_columns(self.header) if mapping is None else \
            apply_mapping(self.header, mapping)
        self.index = columns
        self.titles = {name: self.header[index] for name, index in columns.items()}
        self.width = len(self.header)
        self._ref_index = columns["supplier_ref"]
        present = [name for name in ONE_OF if name in columns]
        self._one_of = [columns[name] for name in present]
        self._one_of_title = "/".join(self.header[columns[name]] for name in present)
        self.parse = self._compile()

    def parse(self, line: int, cells: Sequence[str]
              ) -> tuple[str | None, tuple | None, list[RowError] | None]:
        """(supplier reference or None, values in VALUE_FIELDS order, errors) of one row;
        values is None when the row has errors. (Replaced per instance by _compile.)"""
        raise NotImplementedError

    def _compile(self) -> Callable[[int, Sequence[str]],
                                   tuple[str | None, tuple | None, list[RowError] | None]]:
        """`parse`, written out for this file's columns and compiled once.

        A million-row catalog calls it a million times: unrolled, it skips the loop over
        the columns, the list of values and their tuple copy (a third of the time of a
        generic loop). The generated code only calls the field parsers of _PARSERS, so a
        row is refused for the same reasons as ever."""
        names: dict[str, object] = {"RowError": RowError, "InvalidInput": InvalidInput,
                                    "wrong_width": self._wrong_width, "no_code": self._no_code}
        body = ["def parse(line, cells):",
                f"    if len(cells) != {self.width}:",
                "        return None, None, wrong_width(line, cells)",
                "    errors = None"]
        values = []
        for position, name in enumerate(VALUE_FIELDS):
            if name not in self.index:
                names[f"default{position}"] = _DEFAULTS.get(name)
                values.append(f"default{position}")
                continue
            index = self.index[name]
            names[f"parse{position}"] = _PARSERS[name]
            names[f"title{position}"] = self.header[index]
            values.append(f"v{position}")
            body += [
                "    try:",
                f"        v{position} = parse{position}(cells[{index}])",
                "    except InvalidInput as exc:",
                f"        v{position} = None",
                "        errors = errors or []",
                f"        errors.append(RowError(line, title{position}, cells[{index}], "
                f"exc.message, exc.template, exc.values))"]
        has_code = " or ".join(f"cells[{index}].strip()" for index in self._one_of)
        ref = VALUE_FIELDS.index("supplier_ref")
        body += [
            f"    if not ({has_code}):",
            "        errors = errors or []",
            "        errors.append(no_code(line))",
            # the reference as _required_text keeps it, also on a rejected row
            f"    ref = v{ref} if v{ref} is not None else "
            f"(' '.join(cells[{self._ref_index}].split()) or None)",
            "    if errors:",
            "        return ref, None, errors",
            f"    return ref, ({', '.join(values)},), None"]
        exec("\n".join(body), names)  # noqa: S102 - our own code, built from constants
        return names["parse"]

    def _wrong_width(self, line: int, cells: Sequence[str]) -> list[RowError]:
        joined = self.delimiter.join(str(cell) for cell in cells)
        return [RowError.of(line, "row", joined[:80],
                            "has {columns} columns, the header has {width}",
                            columns=len(cells), width=self.width)]

    def _no_code(self, line: int) -> RowError:
        return RowError.of(line, self._one_of_title, "", "needs a SKU or an EAN")

    def duplicate(self, line: int, cells: Sequence[str], first: int) -> RowError:
        index = self._ref_index
        return RowError.of(line, self.header[index], cells[index],
                           "duplicate supplier reference (first on line {first})", first=first)


# --- fields: each parser takes the cell's text and returns the value or raises InvalidInput --

def parse_whole_number(text: str | int, field: str, minimum: int,
                       maximum: int | None = None) -> int:
    """'6', '6.0' or '6,0' -> 6 within [minimum, maximum]; spreadsheets write either."""
    try:
        number = Decimal(str(text).strip().replace(",", ".").replace(" ", "")
                         .replace("\u00a0", ""))
    except InvalidOperation:
        raise InvalidInput(field, "'{text}' is not a whole number", text=text) from None
    if not number.is_finite() or number != number.to_integral_value():
        raise InvalidInput(field, "'{text}' is not a whole number", text=text)
    value = int(number)
    if value < minimum and maximum is None:
        raise InvalidInput(field, "must be at least {minimum} (got {value})",
                           minimum=minimum, value=value)
    if maximum is not None and not minimum <= value <= maximum:
        raise InvalidInput(field, "must be between {minimum} and {maximum} (got {value})",
                           minimum=minimum, maximum=maximum, value=value)
    return value


def parse_count(text: str | int, field: str) -> int:
    """Packs and minimum quantities: at least 1, and not a typo's million."""
    value = parse_whole_number(text, field, 1)
    if value > MAX_QUANTITY:
        raise InvalidInput(field, "must be at most {maximum} (got {value})",
                           maximum=MAX_QUANTITY, value=value)
    return value


def parse_yes_no(text: str | bool, field: str = "available") -> bool:
    if isinstance(text, bool):
        return text
    word = str(text).strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidInput(field, "'{text}' is not yes or no", text=text)


def parse_ean(text: str | None, field: str = "ean") -> str | None:
    """Like normalize_ean, but a 12-digit UPC-A becomes its EAN-13 (a leading 0): Excel
    drops that zero when it takes an EAN for a number."""
    if len(text or "") == 13 and text.isascii() and text.isdigit() \
            and ean_check_digit(text[:12]) == ord(text[12]) - 48:
        return text  # the usual cell, checked at a third of the cost of the general path
    ean = (text or "").strip().replace(" ", "")
    if len(ean) == 12 and ean.isdigit():
        ean = "0" + ean
    return normalize_ean(ean or None, field)


def _required_text(what: str, max_length: int) -> Callable[[str], str]:
    """`what` is "supplier reference" or "description": each has its own sentences."""
    def parse(text: str) -> str:
        if text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]:
            value = text  # already one line, single spaces: the usual cell, kept as it is
        else:
            value = " ".join(text.split())  # a quoted newline or double space is not meant
        if not value:
            if what == "description":
                raise InvalidInput("description", "missing description")
            raise InvalidInput("supplier reference", "missing supplier reference")
        if len(value) > max_length:
            if what == "description":
                raise InvalidInput("description",
                                   "description is longer than {maximum} characters",
                                   maximum=max_length)
            raise InvalidInput("supplier reference",
                               "supplier reference is longer than {maximum} characters",
                               maximum=max_length)
        return value
    return parse


def _cost(text: str) -> int:
    if not text.strip():
        raise InvalidInput("cost", "missing cost")
    return parse_money(text, "cost")


def _optional(parse: Callable[[str], object], default: object = None) -> Callable[[str], object]:
    return lambda text: parse(text) if text.strip() else default


def _repeated(parse: Callable[[str], object]) -> Callable[[str], object]:
    """For the columns whose values repeat down a catalog (packs, VAT, availability,
    prices): each distinct text is checked once. Refusals are not remembered: a bad value
    is reported on every line it appears."""
    return functools.lru_cache(maxsize=4096)(parse)


_PARSERS: dict[str, Callable[[str], object]] = {
    "supplier_ref": _required_text("supplier reference", MAX_REF_LENGTH),
    "sku": _optional(lambda text: check_code(text, "sku")),
    "ean": parse_ean,
    "description": _required_text("description", MAX_DESCRIPTION_LENGTH),
    "cost": _repeated(_cost),
    "pack": _repeated(_optional(lambda text: parse_count(text, "pack"), 1)),
    "moq": _repeated(_optional(lambda text: parse_count(text, "moq"), 1)),
    "lead_days": _repeated(_optional(lambda text: parse_whole_number(text, "lead days", 0,
                                                                     MAX_LEAD_DAYS))),
    "available": _repeated(_optional(parse_yes_no, True)),
    "price": _repeated(_optional(lambda text: parse_money(text, "price"))),
    "vat": _repeated(_optional(lambda text: parse_vat_rate(text, "vat"))),
}

# The values of a row, in this order: OfferRecord's fields after `line`.
VALUE_FIELDS = ("supplier_ref", "sku", "ean", "description", "cost", "pack", "moq",
                "lead_days", "price", "vat", "available")
_DEFAULTS = {"pack": 1, "moq": 1, "available": True}
ReadRow = tuple[int, "str | None", "tuple | None", "list[RowError] | None"]

__all__ = ["SYNONYMS", "REQUIRED", "ONE_OF", "VALUE_FIELDS", "OfferRecord", "RowError",
           "CatalogFile", "CatalogStream", "RowParser", "Split", "read_catalog", "open_catalog",
           "split_point", "line_start",
           "read_csv_header",
           "detect_encoding", "detect_delimiter", "map_columns", "normalize_header",
           "parse_whole_number", "parse_count", "parse_yes_no", "parse_ean"]
