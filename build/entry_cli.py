"""Frozen entry of the Qt-free command line (``workbay-cli``): what ``python -m app`` does.

``freeze_support`` first: the sync benchmark starts listeners with the ``spawn`` method, which
re-runs this executable; without it the child would parse the parent's command line again.
"""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
