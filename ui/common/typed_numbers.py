"""Number fields that take what a Chinese input method types.

Qt's ``QIntValidator`` refuses full-width digits (``４２０００``), so with the input method in
full-width mode a mileage field silently took nothing. :class:`WholeNumberValidator` folds
the text with :func:`app.domain.text.normalize_input` first (full-width digits and
separators as ASCII, invisible characters dropped) and then validates as ``QIntValidator``.
"""

from __future__ import annotations

from PySide6.QtGui import QIntValidator, QValidator

from app.domain.text import normalize_input


class WholeNumberValidator(QIntValidator):
    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        plain = normalize_input(text)
        result = super().validate(plain, min(pos, len(plain)))
        if isinstance(result, tuple):
            return result
        return (QValidator.State(result), plain, min(pos, len(plain)))

    def fixup(self, text: str) -> str:
        return normalize_input(text)
