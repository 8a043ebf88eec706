"""Frozen entry of the desktop client (``workbay``): what ``python -m ui`` does."""

import sys

from ui.__main__ import main  # noqa: TID251 (the ban is for app/; this starts the client)

if __name__ == "__main__":
    sys.exit(main())
