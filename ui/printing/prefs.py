"""What this station remembers about printing, per document kind: the printer and the paper
(the registry's ``printing.printers`` / ``printing.papers``, kind -> name), the label
language (``printing.lang``) and the folder a PDF was last saved to (``printing.pdf_folder``)."""

from __future__ import annotations

from pathlib import Path

from app.printing.documents import DOCUMENTS
from app.printing.labels import LANGS
from app.printing.layout.paper import PAPERS
from app.settings.station import StationStore

LANG_KEY = "printing.lang"
PRINTERS_KEY = "printing.printers"
PAPERS_KEY = "printing.papers"
PDF_FOLDER_KEY = "printing.pdf_folder"


class PrintPrefs:
    def __init__(self, store: StationStore) -> None:
        self.store = store

    def _names(self, key: str) -> dict[str, str]:
        names: dict[str, str] = self.store.get(key)
        return names

    def _set_name(self, key: str, kind: str, name: str) -> None:
        names = dict(self._names(key))
        if name:
            names[kind] = name
        else:
            names.pop(kind, None)
        self.store.set(key, names)

    def printer(self, kind: str) -> str:
        return self._names(PRINTERS_KEY).get(kind, "")

    def set_printer(self, kind: str, name: str) -> None:
        self._set_name(PRINTERS_KEY, kind, name)

    def paper(self, kind: str) -> str:
        value = self._names(PAPERS_KEY).get(kind, "")
        return value if value in PAPERS else DOCUMENTS[kind].default_paper

    def set_paper(self, kind: str, paper: str) -> None:
        self._set_name(PAPERS_KEY, kind, paper)

    def lang(self, default: str) -> str:
        value = str(self.store.get(LANG_KEY) or "")
        return value if value in LANGS else default

    def set_lang(self, lang: str) -> None:
        self.store.set(LANG_KEY, lang)

    def pdf_folder(self) -> str:
        """The folder a PDF was last saved to, if it is still there ("" otherwise)."""
        value = str(self.store.get(PDF_FOLDER_KEY) or "")
        return value if value and Path(value).is_dir() else ""

    def set_pdf_folder(self, folder: str) -> None:
        self.store.set(PDF_FOLDER_KEY, folder)
