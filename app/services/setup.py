"""The setup desk's checklists: the walk-around items per asset kind (order, labels in both
languages, which must be answered, which are in use).

A checklist is saved whole, as the list the manager sees: positions follow the list, codes
are unique per kind, at least one item stays active. An item that past inspections used is
deactivated, never deleted (the inspection keeps its own copy of the label, and the code
stays meaningful for reports); an unused one that left the list is deleted. Two managers
editing the same kind's checklist are told, not overwritten (a revision per kind, kept in
the settings table). Payment methods, rounding, prefixes and the rest of the setup desk are
registry settings: :func:`app.services.settings.write_settings`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.changes import Entity, RecordAction, record_change
from app.domain.enums import AssetKind
from app.domain.errors import ConflictError, ValidationError, ValidationErrors
from app.domain.models import Asset, ChecklistItem, Inspection, InspectionItem, Setting, WorkOrder
from app.domain.permissions import Permission
from app.services.access import require
from app.services.audit import audit
from app.services.context import ServiceContext
from app.services.settings import changes_of

CODE = re.compile(r"[a-z0-9_]{1,40}")


@dataclass(frozen=True)
class ChecklistItemInput:
    """One line of a checklist as the setup desk sends it (its place in the list is its
    position)."""

    code: str
    label_zh: str
    label_en: str
    mandatory: bool = False
    active: bool = True


@dataclass(frozen=True)
class ChecklistEntry:
    id: int
    code: str
    label_zh: str
    label_en: str
    position: int
    mandatory: bool
    active: bool


@dataclass(frozen=True)
class Checklist:
    kind: AssetKind
    items: list[ChecklistEntry]  # active first, in order; then the inactive ones
    version: int  # 0: never changed since installation


def _revision_key(kind: AssetKind) -> str:
    return f"checklist.{kind.value}"


def _load(session: Session, ctx: ServiceContext, kind: AssetKind) -> Checklist:
    rows = session.scalars(
        select(ChecklistItem)
        .where(ChecklistItem.asset_kind == kind)
        .order_by(ChecklistItem.active.desc(), ChecklistItem.position, ChecklistItem.id)
    ).all()
    revision = session.get(Setting, (ctx.actor.branch_id, _revision_key(kind)))
    items = [
        ChecklistEntry(r.id, r.code, r.label_zh, r.label_en, r.position, r.mandatory, r.active)
        for r in rows
    ]
    return Checklist(kind, items, revision.version if revision is not None else 0)


def checklist_items(ctx: ServiceContext, kind: AssetKind) -> Checklist:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        return _load(session, ctx, kind)


def _check(items: list[ChecklistItemInput]) -> list[ChecklistItemInput]:
    errors: list[ValidationError] = []
    seen: set[str] = set()
    cleaned = []
    for n, item in enumerate(items, 1):
        where = f"items[{n}]"
        code = item.code.strip()
        zh, en = item.label_zh.strip(), item.label_en.strip()
        if not CODE.fullmatch(code):
            errors.append(
                ValidationError(
                    f"{where}.code",
                    "bad_code",
                    "1 to 40 small letters, digits or _",
                    code,
                    row=n,
                )  # fmt: skip
            )
        elif code in seen:
            errors.append(
                ValidationError(
                    f"{where}.code",
                    "duplicate",
                    f"{code!r} is used twice",
                    code,
                    row=n,
                )  # fmt: skip
            )
        seen.add(code)
        for field, label in (("label_zh", zh), ("label_en", en)):
            if not label:
                errors.append(
                    ValidationError(f"{where}.{field}", "required", "required", label, row=n)
                )
            elif len(label) > 100:
                errors.append(
                    ValidationError(
                        f"{where}.{field}",
                        "too_long",
                        "at most 100 characters",
                        label,
                        row=n,
                        max=100,
                    )  # fmt: skip
                )
        cleaned.append(ChecklistItemInput(code, zh, en, item.mandatory, item.active))
    if not any(i.active for i in cleaned):
        errors.append(ValidationError("items", "at_least_one", "at least one active item", None))
    if any(i.mandatory and not i.active for i in cleaned):
        bad = next(n for n, i in enumerate(cleaned, 1) if i.mandatory and not i.active)
        errors.append(
            ValidationError(
                f"items[{bad}].mandatory",
                "inactive_mandatory",
                "an inactive item cannot be mandatory",
                True,
                row=bad,
            )  # fmt: skip
        )
    if errors:
        raise ValidationErrors(errors)
    return cleaned


def _used_codes(session: Session, kind: AssetKind) -> set[str]:
    return set(
        session.scalars(
            select(InspectionItem.code)
            .join(Inspection, Inspection.id == InspectionItem.inspection_id)
            .join(WorkOrder, WorkOrder.id == Inspection.order_id)
            .join(Asset, Asset.id == WorkOrder.asset_id)
            .where(Asset.kind == kind)
            .distinct()
        )
    )


def save_checklist(
    ctx: ServiceContext,
    kind: AssetKind,
    items: list[ChecklistItemInput],
    version: int | None = None,
) -> Checklist:
    """Replace ``kind``'s checklist by ``items`` (see the module docstring); with
    ``version`` (the :class:`Checklist`'s as read) refuse if someone saved it since."""
    with ctx.db.write() as session:
        require(session, ctx, Permission.SETUP)
        cleaned = _check(items)
        key = _revision_key(kind)
        revision = session.get(
            Setting,
            (ctx.actor.branch_id, key),
            with_for_update=session.get_bind().dialect.name == "postgresql",
        )
        actual = revision.version if revision is not None else 0
        if version is not None and version != actual:
            raise ConflictError(
                f"checklist {kind.value}", 0, version, actual, changes_of(session, key, actual)
            )
        rows = {
            r.code: r
            for r in session.scalars(select(ChecklistItem).where(ChecklistItem.asset_kind == kind))
        }
        before = {c: [r.position, r.active, r.mandatory] for c, r in rows.items()}
        for position, item in enumerate(cleaned, 1):
            row = rows.pop(item.code, None)
            if row is None:
                row = ChecklistItem(asset_kind=kind, code=item.code)
                session.add(row)
            row.position = position
            row.label_zh, row.label_en = item.label_zh, item.label_en
            row.mandatory, row.active = item.mandatory, item.active
        used = _used_codes(session, kind) if rows else set()
        for code, row in rows.items():  # left the list
            if code in used:
                row.active, row.mandatory = False, False
                row.position = len(cleaned) + row.position
            else:
                session.delete(row)
        if revision is None:
            revision = Setting(branch_id=ctx.actor.branch_id, key=key, value="revision")
            session.add(revision)
        else:
            revision.version += 1
        session.flush()
        after = {i.code: [n, i.active, i.mandatory] for n, i in enumerate(cleaned, 1)}
        audit(
            session, ctx, "checklist.update", "settings", 0,
            summary=f"checklist {kind.value}: {len(cleaned)} items",
            before={key: before}, after={key: after},
        )  # fmt: skip
        record_change(
            session,
            Entity.SETTINGS,
            0,
            RecordAction.CHECKLIST,
            None,
            ctx.actor.station_id,
            ctx.actor.branch_id,
        )
        return _load(session, ctx, kind)
