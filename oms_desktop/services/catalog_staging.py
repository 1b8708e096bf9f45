"""Reading a catalog file into the import's staging table (store/catalog_bulk.py), checking
every row on the way, with progress and cancel.

A big CSV on SQLite is read by two processes at once: checking rows is Python work that one
core does at ~5 us a row, and the machines we run on have two. The file is split at a row
boundary past its middle (importers.catalog_csv.split_point); a second process reads and
checks the second part into a scratch SQLite file while this one does the first part, then
the scratch rows are copied into the staging table in one statement. Whatever goes wrong
with the second process (it cannot start, it dies, the split was not between two rows),
this process reads the rest itself: the result is the same, only slower.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, SqliteDatabase

from ..domain.errors import InvalidInput, Refused
from ..importers.catalog_csv import CatalogStream, RowError, Split, line_start, open_catalog, \
    split_point
from ..store import catalog_bulk as bulk

MAX_ERRORS = 10_000  # rejected fields listed in a report; beyond, they are only counted
PROGRESS_ROWS = 10_000
SPLIT_FROM_BYTES = 16 << 20  # below, starting a process costs more than it saves
_SCRATCH_PREFIX = "oms-catalog-part-"
_SCRATCH_KEPT_SECONDS = 24 * 3600  # a scratch file a killed import left is removed after
log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]


class ImportCancelled(Refused):
    """The retailer cancelled an import; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("import_cancelled", "the import was cancelled; nothing was changed")


class RowErrors:
    """The rejected rows' errors: the first MAX_ERRORS kept, the rest only counted."""

    def __init__(self) -> None:
        self.kept: list[RowError] = []
        self.count = 0

    def extend(self, errors: Iterable[RowError], count: int | None = None) -> None:
        """Adds errors; `count` is their total when `errors` lists only the first ones."""
        seen = 0
        for error in errors:
            seen += 1
            if len(self.kept) < MAX_ERRORS:
                self.kept.append(error)
        self.count += seen if count is None else count

    def clear(self) -> None:
        self.kept.clear()
        self.count = 0


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def staged_rows(stream, errors: RowErrors, progress: Progress | None,
                done: Callable[[], int] | None = None) -> Iterator[tuple]:
    """The file's rows as staging rows; a rejected row keeps only its reference (so that
    its offer is neither duplicated nor taken for withdrawn). `done()` is the bytes read
    so far, by default the stream's."""
    done = done or stream.done
    blank = (None,) * len(bulk.OFFER_COLUMNS)
    for count, (line, ref, values, row_errors) in enumerate(stream, 1):
        if row_errors:
            errors.extend(row_errors)
            if ref is not None:
                yield (line, ref, False, *blank)
        else:
            yield (line, ref, True, *values[1:])  # VALUE_FIELDS end in OFFER_COLUMNS order
        if progress is not None and count % PROGRESS_ROWS == 0:
            check_progress(progress, done(), stream.total)


@dataclass(frozen=True)
class Reading:
    rows_read: int
    readers: int = 1  # processes that read rows: 2 when the second one's rows were taken


def stage_catalog(db: Database, path: str | os.PathLike, mapping: Mapping[str, str] | None,
                  stream, errors: RowErrors, progress: Progress | None,
                  split_from: int | None = None) -> Reading:
    """Stages every row of the open `stream` (of the file at `path`, read with `mapping`)
    into the staging table, which must exist. A CSV of `split_from` bytes or more
    (default SPLIT_FROM_BYTES) is read by two processes on SQLite."""
    split = _split_reading(db, path, stream,
                           SPLIT_FROM_BYTES if split_from is None else split_from)
    if split is None:
        with db.atomic():
            bulk.stage_rows(db, staged_rows(stream, errors, progress))
        return Reading(stream.rows_read)
    with _SecondReader(path, mapping, split) as second:
        with db.atomic():
            bulk.stage_rows(db, staged_rows(stream, errors, progress,
                                            lambda: stream.done() + second.bytes_done()))
        if not stream.stopped_on_a_row_boundary:
            second.stop()
            if stream.cut_row_line is None:
                log.info("%s: quotes do not show where rows end; read in one piece", path)
                return _stage_again(db, path, mapping, errors, progress)
            # The rows before the cut are right: this process reads on from the cut row.
            log.info("%s: quotes do not show where rows end; read on from line %s by one "
                     "process", path, stream.cut_row_line)
            return _stage_rest(db, path, mapping, line_start(path, stream.cut_row_line),
                               stream.rows_read, errors, progress)
        outcome = second.outcome(lambda: check_progress(
            progress, split.offset + second.bytes_done(), stream.total))
        if isinstance(outcome, InvalidInput):
            raise outcome
        if outcome is None:  # the second process failed: its part is read here
            return _stage_rest(db, path, mapping, split, stream.rows_read, errors, progress)
        rows_read, kept, count = outcome
        bulk.append_staging_file(db, second.scratch)
        errors.extend(kept, count)
        return Reading(stream.rows_read + rows_read, readers=2)


def _split_reading(db: Database, path, stream, split_from: int) -> Split | None:
    """Where the second process starts reading, the stream told to stop there; None when
    the file is read by this process alone."""
    if not isinstance(db, SqliteDatabase) or not isinstance(stream, CatalogStream) \
            or stream.total < split_from or db.in_transaction():
        return None  # (a scratch file cannot be detached inside the caller's transaction)
    split = split_point(path)
    if split is None:
        return None
    try:
        stream.stop_at(split)
    except ValueError:
        return None
    forget_old_scratch_files()
    return split


def _stage_rest(db: Database, path, mapping, start: Split, rows_before: int,
                errors: RowErrors, progress: Progress | None) -> Reading:
    """The rows from `start` on, read by this process after the `rows_before` it read."""
    with open_catalog(path, mapping, part=start) as rest, db.atomic():
        bulk.stage_rows(db, staged_rows(rest, errors, progress))
    return Reading(rows_before + rest.rows_read)


def _stage_again(db: Database, path, mapping, errors: RowErrors,
                 progress: Progress | None) -> Reading:
    errors.clear()
    with db.atomic():
        bulk.clear_staging(db)
        with open_catalog(path, mapping) as whole:
            bulk.stage_rows(db, staged_rows(whole, errors, progress))
    return Reading(whole.rows_read)


class _SecondReader:
    """The process that stages the part of the file after the split point in a scratch
    file; `outcome` waits for it. If it cannot be started, `outcome` is None at once."""

    def __init__(self, path, mapping: Mapping[str, str] | None, split: Split):
        # Created by the second process: if this one is killed before it starts, no file.
        self.scratch = Path(tempfile.gettempdir()) / f"{_SCRATCH_PREFIX}{uuid.uuid4().hex}.sqlite3"
        self._process = self._results = self._done = None
        try:
            context = multiprocessing.get_context("spawn")  # the same on every platform
            self._done = context.Value("q", 0, lock=False)
            self._results, child_end = context.Pipe()
            stat = os.stat(path)
            process = context.Process(
                target=stage_part, daemon=True, name="catalog second reader",
                args=(os.fspath(path), (stat.st_size, stat.st_mtime_ns),
                      dict(mapping) if mapping else None, split, os.fspath(self.scratch),
                      self._done, child_end))
            try:
                process.start()
            finally:
                child_end.close()
            self._process = process
        except Exception:  # noqa: BLE001 - no processes left, a daemon parent...: read here
            log.warning("cannot start the catalog's second reader", exc_info=True)

    def __enter__(self) -> _SecondReader:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is not None:
            self.stop()
        # Closing the pipe tells a second process waiting with its rows that they are
        # taken (or not wanted): it removes its file and ends.
        if self._results is not None:
            self._results.close()
        if self._process is not None:
            self._process.join(5)
        self.stop()
        _remove(self.scratch)

    def bytes_done(self) -> int:
        return self._done.value if self._done is not None else 0

    def stop(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join(5)

    def outcome(self, tick: Callable[[], None]):
        """(rows read, errors kept, errors counted), an InvalidInput about the file, or
        None if the process failed; `tick()` is called while waiting (it may cancel)."""
        if self._process is None:
            return None
        try:
            # poll() itself fails on Windows once the other end is closed (a dead process)
            while not self._results.poll(0.1):
                tick()
                if not self._process.is_alive() and not self._results.poll(0):
                    log.warning("the catalog's second reader ended with %s; its part is "
                                "read by the importing process", self._process.exitcode)
                    return None
            kind, *result = self._results.recv()
        except (EOFError, OSError):
            log.warning("the catalog's second reader is gone; its part is read by the "
                        "importing process")
            return None
        if kind == "invalid":  # field, template, values: the window still translates it
            field, template, values = result
            return InvalidInput(field, template, **values)
        if kind != "staged":
            log.warning("the catalog's second reader failed; its part is read by the "
                        "importing process. Its error:\n%s", result[0] if result else "")
            return None
        return tuple(result)


def stage_part(path: str, seen: tuple[int, int], mapping: dict[str, str] | None,
               split: Split, scratch: str, done, results) -> None:
    """The second process: stages the rows from `split` on into the `scratch` file and
    sends ("staged", rows read, errors kept, errors counted), ("invalid", field, template,
    values) or ("failed", error text), then waits for the importing process to have copied
    the rows (it closes the pipe) and removes the file. If the importing process is gone
    (killed), it stops, and removes the file too. `seen`: the file's size and modification
    time when the importing process opened it."""
    _ignore_interrupts()  # Ctrl+C or a closed terminal: the importing process decides
    parent = multiprocessing.parent_process()
    try:
        stat = os.stat(path)
        if (stat.st_size, stat.st_mtime_ns) != tuple(seen):
            raise InvalidInput("file", "{file} changed while it was read; import it again",
                               file=Path(path).name)
        message = _stage_part(path, mapping, split, scratch, done,
                              lambda: parent is None or parent.is_alive())
    except ImportCancelled:
        message = None
    except InvalidInput as exc:
        message = ("invalid", exc.field, exc.template, exc.values)
    except Exception:  # noqa: BLE001 - the importing process reads the part instead
        message = ("failed", traceback.format_exc(limit=8))
    try:
        if message is not None:
            results.send(message)
            results.recv()  # returns nothing: ends at EOF, when the rows are taken
    except (OSError, EOFError):
        pass
    finally:
        _remove(Path(scratch))


def _ignore_interrupts() -> None:
    for name in ("SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)


def _stage_part(path: str, mapping: dict[str, str] | None, split: Split, scratch: str,
                done, go_on: Callable[[], bool]) -> tuple:
    errors = RowErrors()
    with open_catalog(path, mapping, part=split) as stream:
        def progress(_done: int, _total: int) -> bool:
            done.value = stream.done() - split.offset
            return go_on()

        db = bulk.open_staging_file(scratch)
        try:
            with db.atomic():
                bulk.stage_rows(db, staged_rows(stream, errors, progress),
                                table=bulk.PART_STAGING)
        finally:
            db.close()
        done.value = stream.done() - split.offset
    return "staged", stream.rows_read, errors.kept, errors.count


def _remove(scratch: Path) -> None:
    try:
        scratch.unlink(missing_ok=True)
    except OSError:  # still open on Windows by a process ending: removed a day later
        log.info("scratch file %s left for later", scratch)


def forget_old_scratch_files() -> None:
    """Scratch files of imports killed long ago (a running import's are younger)."""
    limit = time.time() - _SCRATCH_KEPT_SECONDS
    for leftover in Path(tempfile.gettempdir()).glob(f"{_SCRATCH_PREFIX}*.sqlite3"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            pass
