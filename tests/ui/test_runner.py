"""The window's background worker: one thread for good, so one database connection."""

from __future__ import annotations

import threading


def test_jobs_share_one_thread_and_its_thread_locals(qapp, qtbot):
    from oms_desktop.ui.runner import Runner

    runner = Runner()
    local = threading.local()
    seen = []

    def job(n):
        seen.append((threading.get_ident(), getattr(local, "value", None)))
        local.value = n

    for n in range(3):
        runner.run(job, n)
    assert runner.wait()
    qtbot.waitUntil(runner.idle)
    assert len({ident for ident, _ in seen}) == 1
    assert [value for _, value in seen] == [None, 0, 1]  # what a job left, the next sees
    assert runner.stop()


def test_every_job_uses_the_same_database_connection(ctx, qtbot):
    connections = []
    for _ in range(3):
        ctx.runner.run(lambda: connections.append(id(ctx.db.connection())))
    assert ctx.runner.wait()
    assert len(set(connections)) == 1


def test_results_and_errors_arrive_on_the_gui_thread(qapp, qtbot):
    from oms_desktop.ui.runner import Runner

    runner = Runner()
    gui = threading.get_ident()
    arrived = []
    runner.run(lambda: 42, on_success=lambda value: arrived.append(
        (value, threading.get_ident() == gui)))
    runner.run(lambda: 1 / 0, on_error=lambda error: arrived.append(
        (type(error).__name__, threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: len(arrived) == 2)
    assert arrived == [(42, True), ("ZeroDivisionError", True)]
    assert runner.stop()


def test_stopping_with_cancel_asks_running_work_to_stop(qapp, qtbot):
    import threading as threads

    from oms_desktop.ui.runner import Runner

    runner = Runner()
    started, steps = threads.Event(), []

    def long_work(progress):
        started.set()
        for step in range(1_000):
            steps.append(step)
            if progress(step, 1_000) is False:
                return "cancelled"
            threads.Event().wait(0.01)
        return "finished"

    runner.run(long_work, with_progress=True)
    assert started.wait(5)
    assert runner.stop(cancel=True)
    assert len(steps) < 1_000  # it stopped at its next progress call
