"""``python -m app``: the Qt-free command line."""

import sys

from app.cli import main

sys.exit(main())
