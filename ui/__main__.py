"""``python -m ui``: the Workbay desktop client (``--screenshot DIR``: pictures of every
desk and intake step, made offscreen on a fresh demo database)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui", description="Workbay desktop client")
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help="start offscreen on a fresh demo database and save a PNG of every workspace "
        "and intake step into DIR (one folder per language)",
    )
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        action="append",
        help="with --screenshot: which languages",
    )
    args = parser.parse_args(argv)
    if args.screenshot:
        from ui.shell.screenshots import run_screenshots

        return run_screenshots(args.screenshot, args.lang or ["en", "zh_CN"])
    from ui.shell.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
