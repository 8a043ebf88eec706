"""What this station remembers about printing, per document kind: the printer and the paper
(``printing/<kind>/printer``, ``printing/<kind>/paper``), and the label language."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.printing.documents import DOCUMENTS
from app.printing.labels import LANGS
from app.printing.layout.paper import PAPERS

LANG_KEY = "printing/lang"


class PrintPrefs:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def printer(self, kind: str) -> str:
        return str(self.settings.value(f"printing/{kind}/printer", "") or "")

    def set_printer(self, kind: str, name: str) -> None:
        self.settings.setValue(f"printing/{kind}/printer", name)

    def paper(self, kind: str) -> str:
        value = str(self.settings.value(f"printing/{kind}/paper", "") or "")
        return value if value in PAPERS else DOCUMENTS[kind].default_paper

    def set_paper(self, kind: str, paper: str) -> None:
        self.settings.setValue(f"printing/{kind}/paper", paper)

    def lang(self, default: str) -> str:
        value = str(self.settings.value(LANG_KEY, "") or "")
        return value if value in LANGS else default

    def set_lang(self, lang: str) -> None:
        self.settings.setValue(LANG_KEY, lang)
