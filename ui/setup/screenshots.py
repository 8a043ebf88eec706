"""Pictures of the Setup desk for the README and the manual: every page, the catalog import
preview with its problems and the refusal a non-manager reads, in each language, at
1366 x 768 (the smallest counter screen we support).

``shoot_setup(db, out_dir, languages)`` works on an existing demo database (the main
screenshot tool calls it); ``python -m ui.setup.screenshots DIR`` makes a demo shop in a
temporary database and writes ``DIR/<lang>/setup-NN-<page>.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)


def _settle() -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    pool = QThreadPool.globalInstance()
    for _ in range(6):
        pool.waitForDone(10_000)
        QApplication.processEvents()


def shoot_setup(db: object, out_dir: Path, languages: list[str]) -> list[Path]:
    """PNGs of the Setup desk on ``db`` (an :class:`app.db.engine.Database` with a demo
    shop), one folder per language. A QApplication must exist."""
    from app.db.engine import Database
    from app.domain.enums import Role
    from app.services.people import sign_in
    from ui.changes import ChangeAdapter
    from ui.setup.catalog_page import CatalogPage
    from ui.setup.workspace import SetupWorkspace
    from ui.shell.app import prepare_look

    assert isinstance(db, Database)
    manager = sign_in(db, "Counter 1", "周建国", Role.MANAGER)  # the demo shop's manager
    advisor = sign_in(db, "Counter 2", "李娜", Role.ADVISOR)
    bad_file = Path(tempfile.mkdtemp(prefix="workbay-setup-")) / "配件价格表.csv"
    bad_file.write_text(
        "编码,类别,中文名称,英文名称,单位,英文单位,单价,备注\n"
        "P-9001,配件,机油滤清器,Oil filter,个,pc,38.00,\n"
        "P-9002,配件,空气滤清器,Air filter,个,pc,十二,\n"
        ",,,,,,,\n"
        "P-9001,配件,机油滤清器,Oil filter,个,pc,-5,\n",
        encoding="utf-8",
    )
    written: list[Path] = []
    changes = ChangeAdapter(db.feed)
    for language in languages:
        prepare_look(language)
        target = Path(out_dir) / language
        target.mkdir(parents=True, exist_ok=True)
        desk = SetupWorkspace(manager, changes)
        desk.resize(*SIZE)
        desk.show()
        _settle()
        for n, page in enumerate(desk.pages, start=1):
            desk.show_page(n - 1)
            _settle()
            name = type(page).__name__.removesuffix("Page").lower()
            path = target / f"setup-{n:02d}-{name}.png"
            desk.grab().save(str(path))
            written.append(path)
        catalog = desk.page(CatalogPage)
        assert isinstance(catalog, CatalogPage)
        desk.show_page(desk.pages.index(catalog))
        dialog = catalog.import_file(bad_file)
        _settle()
        path = target / "setup-10-import-preview.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
        desk.close()
        refused = SetupWorkspace(advisor, changes)
        refused.resize(*SIZE)
        refused.show()
        _settle()
        path = target / "setup-11-no-right.png"
        refused.grab().save(str(path))
        written.append(path)
        refused.close()
        _settle()
    changes.close()
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots")
    languages = argv[1:] or ["zh_CN", "en"]
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp(prefix="workbay-setup-shots-"))
    os.environ["WORKBAY_DATA_DIR"] = str(tmp / "data")
    from app.bootstrap import open_database
    from app.demo.shop import setup_demo_shop
    from ui.shell.app import application

    app = application(["workbay", "-platform", "offscreen"])
    db = open_database(f"sqlite:///{tmp / 'demo.sqlite3'}")
    setup_demo_shop(db)
    for path in shoot_setup(db, out, languages):
        print(path)
    db.dispose()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
