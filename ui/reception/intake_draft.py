"""A half-done intake survives a restart or crash: kept as JSON in the user data dir.

Written on every step change and on a timer; offered again when the reception desk opens;
removed when the intake is confirmed or discarded.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.config import data_dir
from ui.reception.intake_state import IntakeState


def draft_path() -> Path:
    path = data_dir() / "drafts"
    path.mkdir(parents=True, exist_ok=True)
    return path / "intake.json"


def save(state: IntakeState) -> None:
    """Atomic write: a crash mid-write leaves the previous draft intact."""
    path = draft_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def load() -> IntakeState | None:
    path = draft_path()
    if not path.exists():
        return None
    try:
        return IntakeState.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError, KeyError):
        return None  # unreadable (e.g. from an older version): not offered


def discard() -> None:
    draft_path().unlink(missing_ok=True)
