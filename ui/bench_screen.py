"""The other station of ``python -m app bench --only screen`` (see ``app.bench.screen``).

``python -m ui.bench_screen URL ORDER_IDS``: a workshop desk in a real (offscreen) window on
the database at URL, following the change feed as a station does, its board narrowed to the
orders ORDER_IDS (comma-separated: the bench's; a big dataset's board holds more open
orders than its 500 rows). Says ``ready`` once the board shows them; then for
each order change it hears, ``heard ORDER VERSION TIME`` (the change arrived in this
process) and ``painted ORDER VERSION TIME`` (the board's viewport painted the patched row),
TIME being the wall clock. Ends when its standard input closes.
"""

from __future__ import annotations

import os
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.db.changes import Change, Entity
from app.db.engine import Database
from app.db.sync import ChangeListener
from app.domain.enums import Role
from app.services.people import sign_in
from ui.changes import ChangeAdapter
from ui.workshop import WorkshopWorkspace


def _say(*words: object) -> None:
    print(*words, flush=True)


class PaintWatch(QObject):
    """Says ``painted`` for the rows patched since the viewport's last paint."""

    def __init__(self, ws: WorkshopWorkspace) -> None:
        super().__init__(ws)
        self._ws = ws
        self._waiting: list[tuple[int, int]] = []
        ws.live_board.patched.connect(self._on_patched)
        ws.board_page.table.viewport().installEventFilter(self)

    def _on_patched(self, ids: object) -> None:
        model = self._ws.model
        for oid in ids:  # type: ignore[attr-defined]
            row = model.row_of(oid)
            if row is not None:
                self._waiting.append((oid, model.board_row(row).version))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._waiting:
            now = time.time()
            for oid, version in self._waiting:
                _say("painted", oid, version, f"{now:.6f}")
            self._waiting = []
        return False


def main(argv: list[str]) -> int:
    url, ids = argv[0], frozenset(int(i) for i in argv[1].split(","))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    db = Database(url)
    ctx = sign_in(db, "Bench screen", "Bench screen viewer", Role.MANAGER)

    def heard(changes: list[Change]) -> None:
        now = time.time()
        for c in changes:
            if c.entity is Entity.ORDER:
                _say("heard", c.entity_id, c.version, f"{now:.6f}")

    db.feed.subscribe(heard)
    adapter = ChangeAdapter(db.feed)
    listener = ChangeListener(db)
    listener.start()
    ws = WorkshopWorkspace(ctx, adapter)
    whole = ws.live_board.load
    ws.live_board.load = lambda asked: whole(ids if asked is None else asked)
    ws.reload()
    ws.resize(1400, 900)
    ws.show()
    ws.tabs.setCurrentWidget(ws.board_page)
    PaintWatch(ws)

    def when_loaded() -> None:
        shown = {r.order_id for r in ws.model.rows()}
        if listener.wait_connected(0) and shown == ids:
            _say("ready")
        else:
            QTimer.singleShot(50, when_loaded)

    QTimer.singleShot(0, when_loaded)

    ended = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), ended.set()), daemon=True).start()
    check = QTimer()
    check.timeout.connect(lambda: app.quit() if ended.is_set() else None)
    check.start(100)
    code = app.exec()
    listener.stop()
    adapter.close()
    db.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
