"""First run: the demo shop, or setting up your own (to be completed)."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog

from .context import AppContext


def load_demo_with_progress(ctx: AppContext) -> bool:
    from ..services.demo import load_demo
    from .texts import tr

    dialog = QProgressDialog(tr("Preparing the demo shop..."), tr("Cancel"), 0, 0)
    dialog.setWindowTitle(tr("OMS Desktop"))
    dialog.setMinimumDuration(0)
    job = ctx.runner.run(load_demo, ctx.db, ctx.today(), with_progress=True)
    job.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    dialog.canceled.connect(job.cancel)
    job.done.connect(dialog.close)
    dialog.exec()
    ctx.runner.wait()
    return job.error is None


def first_run(ctx: AppContext, demo: bool = False) -> bool:
    if demo:
        return load_demo_with_progress(ctx)
    return load_demo_with_progress(ctx)
