"""The frozen program's entry point: the same `main` as the `oms-desktop` gui-script."""

import sys

from oms_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
