"""Running service calls off the GUI thread, one at a time, with progress and cancel.

All database work of the window goes through one background thread (as in anki), so the
window never freezes and writes never race each other inside the app. A call that takes a
`progress` keyword gets a callback; returning False from it asks the work to stop.

The thread is a Python thread that lives as long as the runner: peewee keeps a connection
per thread (threading.local), and a Qt pool thread loses its Python thread state between
two jobs, so each job opened a new connection and left the previous one to the garbage
collector (still open, to a restore, a backup or another desk).
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Job(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = threading.Event()
        self.result = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


class _Task:
    def __init__(self, job: Job, work: Callable[[], object]) -> None:
        self._job, self._work = job, work

    def run(self) -> None:
        try:
            self._job.result = self._work()
        except BaseException as error:  # handed to the GUI thread, never raised here
            self._job.error = error
            if not _is_expected(error):
                log.error("background work failed\n%s", traceback.format_exc())
            self._job.failed.emit(error)
        else:
            self._job.succeeded.emit(self._job.result)
        self._job.done.emit()


def _is_expected(error: BaseException) -> bool:
    from ..domain.errors import OmsError

    return isinstance(error, OmsError)


class Runner(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._queued = 0  # tasks queued or running, guarded by _state
        self._state = threading.Condition()
        self._running = 0  # jobs whose results the GUI thread has not had yet
        self._worker = threading.Thread(target=self._serve, name="oms-worker", daemon=True)
        self._worker.start()

    def _serve(self) -> None:
        while (task := self._tasks.get()) is not None:
            try:
                task.run()
            except RuntimeError:  # its Job was deleted: the window closed meanwhile
                log.info("background work finished after its window closed", exc_info=True)
            finally:
                with self._state:
                    self._queued -= 1
                    self._state.notify_all()

    def run(self, work: Callable, *args, on_success: Callable | None = None,
            on_error: Callable | None = None, with_progress: bool = False, **kwargs) -> Job:
        job = Job()
        if with_progress:
            kwargs["progress"] = job.report
        if on_success:
            job.succeeded.connect(on_success)
        if on_error:
            job.failed.connect(on_error)
        # Owned by the runner on the GUI thread and deleted there once done: never by
        # Python's garbage collector on the worker thread.
        job.setParent(self)
        job.done.connect(self._finished)
        job.done.connect(job.deleteLater)
        self._running += 1
        with self._state:
            self._queued += 1
        self._tasks.put(_Task(job, lambda: work(*args, **kwargs)))
        return job

    def _finished(self) -> None:
        self._running -= 1

    def idle(self) -> bool:
        """True when no work is running or waiting for its results to be delivered."""
        return self._running == 0

    def wait(self, msecs: int = 30_000) -> bool:
        """Blocks until the queued work has run (its results are delivered by the event
        loop afterwards); False if that took longer than `msecs`."""
        with self._state:
            return self._state.wait_for(lambda: self._queued == 0, msecs / 1000)

    def stop(self, msecs: int = 30_000, cancel: bool = False) -> bool:
        """Lets the queued work finish (with `cancel`, asks every job that takes a progress
        callback to stop first: an import rolls back), then ends the worker thread."""
        if cancel:
            for job in self.findChildren(Job):  # the jobs not done yet (done ones are deleted)
                job.cancel()
        self._tasks.put(None)
        self._worker.join(msecs / 1000)
        return not self._worker.is_alive()
