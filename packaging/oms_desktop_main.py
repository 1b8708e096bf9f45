"""The frozen program's entry point: the same `main` as the `oms-desktop` gui-script."""

import multiprocessing
import sys

from oms_desktop.ui.app import main

if __name__ == "__main__":
    # A big catalog is read by two processes (services/catalog_staging.py): started from
    # a frozen program, the second one is this program again, told here what to run.
    multiprocessing.freeze_support()
    sys.exit(main())
