"""``python -m tests``: everything CI checks, in order: ruff lint, ruff format, mypy on app/,
then pytest (SQLite, and PostgreSQL too when WORKBAY_TEST_DATABASE_URL is set)."""

from __future__ import annotations

import os
import subprocess
import sys

STEPS = [
    ["ruff", "check", "app", "ui", "tests", "migrations"],
    ["ruff", "format", "--check", "app", "ui", "tests"],
    ["mypy"],
    # one worker per core (at most 4), a test file's tests together on one worker (the
    # multi-process and private-server tests of a file share their fixtures); pytest-benchmark,
    # where installed, refuses to run under xdist and is not used by these tests
    [
        "pytest",
        "-p",
        "no:benchmark",
        "-n",
        "auto",
        "--maxprocesses",
        "4",
        "--dist",
        "loadfile",
        "--durations=25",  # the slowest tests, to keep CI well under its time
        *sys.argv[1:],
    ],
]


def main() -> int:
    if not os.environ.get("WORKBAY_TEST_DATABASE_URL"):
        print(
            "note: WORKBAY_TEST_DATABASE_URL is not set; PostgreSQL tests are skipped", flush=True
        )
    for step in STEPS:
        print("$", " ".join(step), flush=True)
        code = subprocess.call([sys.executable, "-m", *step])
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
