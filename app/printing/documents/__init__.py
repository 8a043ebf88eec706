"""The documents Workbay prints, by kind: how each is built, its default paper, whether it
goes to the customer (phone numbers masked), and when it exists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from app.printing.context import DocContext
from app.printing.documents import (
    certificate,
    extra_work,
    inspection,
    intake_slip,
    receipt,
    release_slip,
    sanbao_record,
    settlement,
    work_order,
)

Build = Callable[[DocContext], list[Flowable]]
Check = Callable[[DocContext], "tuple[str, str] | None"]


@dataclass(frozen=True)
class DocumentSpec:
    kind: str
    title_key: str  # label key of the title
    default_paper: str
    customer_copy: bool  # phone numbers masked
    build: Build
    unavailable: Check  # (why, message) when the order has no such document (yet)


_SPECS = (
    DocumentSpec(
        "intake-slip", intake_slip.TITLE, "80mm", True, intake_slip.build, intake_slip.unavailable
    ),
    DocumentSpec(
        "work-order", work_order.TITLE, "a4", True, work_order.build, work_order.unavailable
    ),
    DocumentSpec(
        "job-card",
        work_order.JOB_TITLE,
        "a4",
        False,
        work_order.build_job_card,
        work_order.job_card_unavailable,
    ),
    DocumentSpec(
        "inspection", inspection.TITLE, "a4", True, inspection.build, inspection.unavailable
    ),
    DocumentSpec(
        "extra-work", extra_work.TITLE, "a4", True, extra_work.build, extra_work.unavailable
    ),
    DocumentSpec(
        "settlement", settlement.TITLE, "a4", True, settlement.build, settlement.unavailable
    ),
    DocumentSpec(
        "release-slip",
        release_slip.TITLE,
        "80mm",
        True,
        release_slip.build,
        release_slip.unavailable,
    ),
    DocumentSpec("receipt", receipt.TITLE, "80mm", True, receipt.build, receipt.unavailable),
    DocumentSpec(
        "completion-certificate",
        certificate.TITLE,
        "a4",
        True,
        certificate.build,
        certificate.unavailable,
    ),
    DocumentSpec(
        "sanbao-record",
        sanbao_record.TITLE,
        "a4",
        True,
        sanbao_record.build,
        sanbao_record.unavailable,
    ),
)

DOCUMENTS: dict[str, DocumentSpec] = {s.kind: s for s in _SPECS}
KINDS: tuple[str, ...] = tuple(DOCUMENTS)
