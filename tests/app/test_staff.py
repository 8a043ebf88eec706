"""The setup desk's staff page: only managers and admins manage staff (anyone changes their
own password, PIN and language), edits check the version, the shop never loses its last
admin, input is refused field by field, and every change is in the audit log without its
secrets. A refused call writes nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.domain.credentials import verify_secret
from app.domain.enums import Role
from app.domain.errors import (
    AccessDenied,
    ConflictError,
    NotFound,
    RuleViolation,
    SignInRefused,
    ValidationErrors,
)
from app.domain.models import AuditEntry, User
from app.services import auth, staff
from app.services.people import system_context

PASSWORD = "Workbay-2026"


@pytest.fixture
def boss(db):
    return auth.create_first_admin(
        db, "Office", login="owner", name="王老板", password=PASSWORD, pin="2468"
    ).ctx


def counts(db) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(User)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def entries(db, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(
            s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
        )


def test_add_list_and_get(db, boss):
    mei = staff.add_user(
        boss,
        "mei.zhao",
        "赵梅",
        "cashier",
        extra_roles=[Role.ADVISOR, "cashier", Role.ADVISOR],
        language="zh_CN",
        password="cashier-pass1",
        pin="1357",
    )
    assert mei.role is Role.CASHIER and mei.roles == (Role.CASHIER, Role.ADVISOR)
    assert mei.has_password and mei.has_pin and not mei.has_card and mei.version == 1
    tech = staff.add_user(boss, "wang", "Wang Wei", Role.TECHNICIAN)
    assert not tech.has_password and tech.language is None
    system_context(db)  # the command line's account is not staff
    listed = staff.list_staff(boss)
    # (the order is by name in the database's collation)
    assert sorted(v.login for v in listed) == ["mei.zhao", "owner", "wang"]
    assert staff.get_staff(boss, mei.id) == mei
    with db.read() as s:
        stored = s.get(User, mei.id)
        assert stored is not None and verify_secret(stored.password_hash, "cashier-pass1")
    created = entries(db, "user.create")[-2]
    assert created.entity_id == mei.id and created.user_name == "王老板"
    after = json.loads(created.after or "{}")
    assert after["roles"] == ["advisor", "cashier"] and after["has_password"] is True
    assert "cashier-pass1" not in (created.after or "") and "1357" not in (created.after or "")


def test_inactive_staff_can_be_left_out(db, boss):
    wang = staff.add_user(boss, "wang", "Wang Wei", Role.TECHNICIAN)
    staff.update_user(boss, wang.id, wang.version, active=False)
    assert "wang" in {v.login for v in staff.list_staff(boss)}
    assert "wang" not in {v.login for v in staff.list_staff(boss, include_inactive=False)}


def test_every_field_refused_with_its_name(db, boss):
    staff.add_user(boss, "Mei", "Mei", Role.CASHIER)
    before = counts(db)
    with pytest.raises(ValidationErrors) as bad:
        staff.add_user(
            boss,
            "x",
            "",
            "boss",
            extra_roles=["chef"],
            language="de",
            password="1234567",
            pin="12ab",
        )
    assert {e.field: e.code for e in bad.value.errors} == {
        "login": "bad_login",
        "name": "required",
        "role": "bad_role",
        "extra_roles": "bad_role",
        "language": "bad_language",
        "password": "too_short",
        "pin": "bad_pin",
    }
    with pytest.raises(ValidationErrors) as taken:
        staff.add_user(boss, "mei", "mei", Role.ADVISOR)
    assert {e.field: e.code for e in taken.value.errors} == {"login": "taken", "name": "taken"}
    with pytest.raises(ValidationErrors) as reserved:
        staff.add_user(boss, "SYSTEM", "Sys", Role.ADMIN)
    assert reserved.value.for_field("login").code == "reserved"
    with pytest.raises(ValidationErrors) as odd:
        staff.add_user(boss, "ok.login", "Fine", Role.ADVISOR, password="zzzzzzzzzz")
    assert odd.value.for_field("password").code == "one_character"
    assert counts(db) == before


def test_without_the_right_nothing_is_written(db, ctx, boss):
    """``ctx`` is an advisor: the staff page refuses, naming the right."""
    mei = staff.add_user(boss, "mei", "Mei", Role.CASHIER)
    before = counts(db)
    with pytest.raises(AccessDenied) as denied:
        staff.add_user(ctx, "new.one", "New One", Role.ADVISOR, password="good-pass-1")
    assert denied.value.permission == "manage_staff" and denied.value.roles == ("advisor",)
    for call in (
        lambda: staff.list_staff(ctx),
        lambda: staff.get_staff(ctx, mei.id),
        lambda: staff.update_user(ctx, mei.id, mei.version, name="Hacked"),
        lambda: staff.set_password(ctx, mei.id, "taken-over-1"),
        lambda: staff.set_pin(ctx, mei.id, "0000"),
        lambda: staff.issue_card(ctx, mei.id),
        lambda: staff.unlock_account(ctx, mei.id),
    ):
        with pytest.raises(AccessDenied):
            call()
    assert counts(db) == before
    assert staff.get_staff(boss, mei.id) == mei


def test_own_password_pin_and_language_without_the_right(db, boss):
    staff.add_user(boss, "li.na", "Li Na", Role.ADVISOR, password="advisor-pass1")
    li = auth.sign_in_with_password(db, "Counter 1", "li.na", "advisor-pass1")
    me = li.user
    assert staff.get_staff(li.ctx, me.id).login == "li.na"
    changed = staff.update_user(li.ctx, me.id, me.version, language="en")
    assert changed.language == "en" and changed.version == me.version + 1
    with pytest.raises(AccessDenied):
        staff.update_user(li.ctx, me.id, changed.version, name="Li Na 2")
    staff.set_pin(li.ctx, me.id, "8642", current="advisor-pass1")  # own PIN: the password too
    # own password: the current one is asked for, and a wrong one counts as a try
    with pytest.raises(ValidationErrors) as missing:
        staff.set_password(li.ctx, me.id, "new-advisor-1")
    assert missing.value.for_field("current").code == "required"
    with pytest.raises(ValidationErrors) as wrong:
        staff.set_password(li.ctx, me.id, "new-advisor-1", current="guess-guess")
    assert wrong.value.for_field("current").code == "wrong_password"
    with db.read() as s:
        row = s.get(User, me.id)
        assert row is not None and row.failed_attempts == 1
        assert verify_secret(row.password_hash, "advisor-pass1")
    staff.set_password(li.ctx, me.id, "new-advisor-1", current="advisor-pass1")
    assert auth.sign_in_with_password(db, "Counter 1", "li.na", "new-advisor-1").user.id == me.id
    assert auth.switch_user(boss, "li.na", "8642").user.id == me.id


def test_manager_resets_a_password_without_the_current_one(db, boss):
    mei = staff.add_user(boss, "mei", "Mei", Role.CASHIER, password="cashier-pass1")
    staff.set_password(boss, mei.id, "fresh-start-9")
    assert auth.sign_in_with_password(db, "Cashier", "mei", "fresh-start-9").user.id == mei.id
    entry = entries(db, "user.password")[-1]
    assert json.loads(entry.before or "{}") == {"has_password": True}
    assert "fresh-start-9" not in (entry.after or "") + entry.summary


def test_version_conflict_names_the_other_edit(db, boss):
    mei = staff.add_user(boss, "mei", "Mei", Role.CASHIER)
    other = auth.sign_in_with_password(db, "Counter 2", "owner", PASSWORD).ctx
    staff.update_user(other, mei.id, mei.version, name="Mei Zhao")
    before = counts(db)
    with pytest.raises(ConflictError) as conflict:
        staff.update_user(boss, mei.id, mei.version, role=Role.ADVISOR)
    err = conflict.value
    assert err.entity == "user" and err.expected_version == 1 and err.actual_version == 2
    assert [(c.action, c.user, c.station) for c in err.changes] == [
        ("user.update", "王老板", "Counter 2")
    ]
    assert counts(db) == before
    fresh = staff.get_staff(boss, mei.id)
    assert fresh.role is Role.CASHIER and fresh.name == "Mei Zhao"
    done = staff.update_user(
        boss, mei.id, fresh.version, role=Role.ADVISOR, extra_roles=[Role.CASHIER]
    )
    assert done.roles == (Role.ADVISOR, Role.CASHIER) and done.version == 3
    entry = entries(db, "user.update")[-1]
    assert json.loads(entry.before or "{}") == {"role": "cashier", "roles": ["cashier"]}
    assert json.loads(entry.after or "{}") == {
        "role": "advisor",
        "roles": ["advisor", "cashier"],
    }


def test_update_refuses_bad_fields_and_taken_names(db, boss):
    staff.add_user(boss, "wang", "Wang Wei", Role.TECHNICIAN)
    mei = staff.add_user(boss, "mei", "Mei", Role.CASHIER)
    before = counts(db)
    with pytest.raises(ValidationErrors) as bad:
        staff.update_user(boss, mei.id, mei.version, name="wang wei", language="fr")
    assert {e.field: e.code for e in bad.value.errors} == {
        "language": "bad_language",
        "name": "taken",
    }
    with pytest.raises(ValidationErrors) as taken:
        staff.update_user(boss, mei.id, mei.version, name="wang wei")
    assert taken.value.for_field("name").code == "taken"
    with pytest.raises(NotFound):
        staff.update_user(boss, 9999, 1, name="Nobody")
    assert counts(db) == before
    # nothing changed: no version bump, no audit entry
    same = staff.update_user(boss, mei.id, mei.version, name="Mei", role=Role.CASHIER)
    assert same.version == mei.version and counts(db) == before


def test_the_last_admin_stays(db, boss):
    me = staff.get_staff(boss, boss.actor.user_id)
    before = counts(db)
    with pytest.raises(RuleViolation) as self_off:
        staff.update_user(boss, me.id, me.version, active=False)
    assert self_off.value.code == "deactivate_self"
    with pytest.raises(RuleViolation) as last:
        staff.update_user(boss, me.id, me.version, role=Role.MANAGER, extra_roles=[])
    assert last.value.code == "last_admin"
    assert counts(db) == before
    # another admin who can sign in: now the owner may drop the admin role
    second = staff.add_user(boss, "it", "IT Admin", Role.ADMIN, password="it-admin-pass")
    dropped = staff.update_user(boss, me.id, me.version, role=Role.MANAGER, extra_roles=[])
    assert dropped.roles == (Role.MANAGER,)
    # ... and the second admin, now the last one, cannot be switched off by the owner
    with pytest.raises(RuleViolation) as last_again:
        staff.update_user(boss, second.id, second.version, active=False)
    assert last_again.value.code == "last_admin"
    # an admin without a password cannot sign in: it does not keep the shop administered
    third = staff.add_user(boss, "nopass", "No Pass", Role.ADMIN)
    with pytest.raises(RuleViolation):
        staff.update_user(boss, second.id, second.version, extra_roles=[], role=Role.ADVISOR)
    staff.update_user(boss, third.id, third.version, active=False)


def test_card_issue_and_unlock_are_audited(db, boss):
    mei = staff.add_user(boss, "mei", "Mei", Role.CASHIER, password="cashier-pass1")
    code = staff.issue_card(boss, mei.id)
    assert staff.get_staff(boss, mei.id).has_card
    entry = entries(db, "user.card")[-1]
    assert code not in (entry.after or "") + entry.summary
    for _ in range(5):
        with pytest.raises(SignInRefused):
            auth.sign_in_with_password(db, "Cashier", "mei", "wrong-password")
    assert staff.get_staff(boss, mei.id).locked_until is not None
    staff.unlock_account(boss, mei.id)
    view = staff.get_staff(boss, mei.id)
    assert view.locked_until is None and view.version == 3  # created, card, unlock
    assert auth.sign_in_with_password(db, "Cashier", "mei", "cashier-pass1").user.id == mei.id
    assert [e.action for e in entries(db, "user.unlock")] == ["user.unlock"]


def test_command_line_account_manages_staff(db):
    system = system_context(db)
    view = staff.add_user(system, "boss", "Boss", Role.MANAGER, password="manager-pass1")
    assert not auth.needs_first_start(db)
    with pytest.raises(NotFound):
        staff.get_staff(system, system.actor.user_id)
    assert entries(db, "user.create")[-1].user_name == "system"
    assert view.roles == (Role.MANAGER,)


def test_ones_own_pin_takes_the_current_password(db):
    from app.domain.errors import ValidationErrors as _Refused
    from app.services import auth as _auth
    from app.services import staff as _staff

    owner = _auth.create_first_admin(
        db, "Counter 1", login="owner", name="Owner", password="Owner-Pass-1", pin="2468"
    )
    me = owner.user.id
    with pytest.raises(_Refused) as info:
        _staff.set_pin(owner.ctx, me, "1357")
    assert info.value.errors[0].field == "current"
    with pytest.raises(_Refused) as info:
        _staff.set_pin(owner.ctx, me, "1357", current="wrong-password")
    assert info.value.errors[0].code == "wrong_password"
    _staff.set_pin(owner.ctx, me, "1357", current="Owner-Pass-1")
    # the new PIN works for switching, the old one no longer does
    assert _auth.switch_user(owner.ctx, "owner", "1357").user.id == me
