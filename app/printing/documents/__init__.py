"""The documents Workbay prints, by kind: how each is built, its default paper, whether it
goes to the customer (phone numbers masked), and when it exists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from app.printing.context import DocContext

Build = Callable[["DocContext"], "list[Flowable]"]
Check = Callable[["DocContext"], "tuple[str, str] | None"]


@dataclass(frozen=True)
class DocumentSpec:
    """A kind of document. Its module (``app.printing.documents.<module>``) is imported
    when the document is first built or checked: a one-shot print loads only its own."""

    kind: str
    title_key: str  # label key of the title (the module's TITLE, a test holds them equal)
    default_paper: str
    customer_copy: bool  # phone numbers masked
    module: str
    build_name: str = "build"
    check_name: str = "unavailable"

    def _module(self) -> Any:
        return import_module(f"{__name__}.{self.module}")

    @property
    def build(self) -> Build:
        fn: Build = getattr(self._module(), self.build_name)
        return fn

    @property
    def unavailable(self) -> Check:
        """(why, message) when the order has no such document (yet), else None."""
        fn: Check = getattr(self._module(), self.check_name)
        return fn


_SPECS = (
    DocumentSpec("intake-slip", "title.intake_slip", "80mm", True, "intake_slip"),
    DocumentSpec("work-order", "title.work_order", "a4", True, "work_order"),
    DocumentSpec(
        "job-card",
        "title.job_card",
        "a4",
        False,
        "work_order",
        "build_job_card",
        "job_card_unavailable",
    ),
    DocumentSpec("inspection", "title.inspection", "a4", True, "inspection"),
    DocumentSpec("extra-work", "title.extra_work", "a4", True, "extra_work"),
    DocumentSpec("settlement", "title.settlement", "a4", True, "settlement"),
    DocumentSpec("release-slip", "title.release_slip", "80mm", True, "release_slip"),
    DocumentSpec("receipt", "title.receipt", "80mm", True, "receipt"),
    DocumentSpec("completion-certificate", "title.certificate", "a4", True, "certificate"),
    DocumentSpec("sanbao-record", "title.sanbao_record", "a4", True, "sanbao_record"),
)

DOCUMENTS: dict[str, DocumentSpec] = {s.kind: s for s in _SPECS}
KINDS: tuple[str, ...] = tuple(DOCUMENTS)
