"""Signing in as a shop does it: the owner's first start (once, even with two stations at
once), password sign-in with counted tries and a lock that ends, switching user at a shared
counter by PIN or staff card, and unlocking an idle station. Refusals commit only the
count and the audit entry."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from app.domain.credentials import HASHER, hash_secret
from app.domain.enums import Role
from app.domain.errors import RuleViolation, SignInRefused, ValidationErrors
from app.domain.models import AuditEntry, Station, User
from app.domain.types import utcnow
from app.services import auth, staff
from app.services.people import system_context
from app.services.settings import put_setting

OWNER_PASSWORD = "Hongqi-2026!"


def owner(db):
    return auth.create_first_admin(
        db, "Office", login="owner", name="王老板", password=OWNER_PASSWORD, pin="2468"
    )


def audit_actions(db, action_prefix: str = "") -> list[tuple[str, int | None, str]]:
    with db.read() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.action.startswith(action_prefix))
            .order_by(AuditEntry.id)
        ).all()
        return [(r.action, r.user_id, r.station_name) for r in rows]


def user_row(db, login: str) -> User:
    with db.read() as s:
        user = s.scalar(select(User).where(User.login == login))
        assert user is not None
        return user


def test_first_start_creates_the_owner_once(db):
    assert auth.needs_first_start(db)
    # the command line's account (no password) does not count as an owner
    system_context(db)
    assert auth.needs_first_start(db)
    signed = owner(db)
    assert signed.user.roles == (Role.ADMIN, Role.MANAGER)
    assert signed.user.has_password and signed.user.has_pin and signed.user.login == "owner"
    assert signed.ctx.actor.user_id == signed.user.id
    assert not auth.needs_first_start(db)
    with pytest.raises(RuleViolation) as refused:
        auth.create_first_admin(
            db, "Counter 2", login="intruder", name="Someone", password="another-pass1"
        )
    assert refused.value.code == "already_set_up"
    with db.read() as s:
        assert s.scalar(select(func.count()).where(User.login == "intruder")) == 0
    assert [a for a, _, _ in audit_actions(db)] == ["user.create", "sign_in"]


def test_first_start_validates_every_field_and_writes_nothing(db):
    with pytest.raises(ValidationErrors) as bad:
        auth.create_first_admin(
            db, "Office", login="a b", name=" ", password="aaaaaaaa", pin="12", language="fr"
        )
    fields = {e.field: e.code for e in bad.value.errors}
    assert fields == {
        "login": "bad_login",
        "name": "required",
        "password": "one_character",
        "pin": "bad_pin",
        "language": "bad_language",
    }
    with pytest.raises(ValidationErrors) as short:
        auth.create_first_admin(db, "Office", login="owner", name="Boss", password="short1")
    assert short.value.for_field("password").code == "too_short"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 0
        assert s.scalar(select(func.count()).select_from(Station)) == 0
    assert auth.needs_first_start(db)


def test_two_stations_at_first_start_one_wins(db):
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def attempt(station: str, login: str) -> None:
        barrier.wait()
        try:
            results[login] = auth.create_first_admin(
                db, station, login=login, name=f"Owner {login}", password="Strong-pass-1"
            )
        except Exception as err:  # collected and checked below
            results[login] = err

    threads = [
        threading.Thread(target=attempt, args=("Counter 1", "first")),
        threading.Thread(target=attempt, args=("Counter 2", "second")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    won = [r for r in results.values() if isinstance(r, auth.SignedIn)]
    lost = [r for r in results.values() if not isinstance(r, auth.SignedIn)]
    assert len(won) == 1 and len(lost) == 1
    assert isinstance(lost[0], RuleViolation) and lost[0].code == "already_set_up"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 1


def test_sign_in_with_password(db):
    first = owner(db)
    signed = auth.sign_in_with_password(db, "Counter 1", "OWNER", OWNER_PASSWORD, desk="desk")
    assert signed.user.id == first.user.id
    assert signed.ctx.actor.station_id != first.ctx.actor.station_id
    with db.read() as s:
        station = s.get(Station, signed.ctx.actor.station_id)
        assert station is not None and station.name == "Counter 1" and station.desk == "desk"
    assert audit_actions(db, "sign_in")[-1] == ("sign_in", first.user.id, "Counter 1")


@pytest.mark.parametrize("login", ["owner", "nobody", "system"])
def test_wrong_login_or_password_is_one_refusal(db, login):
    owner(db)
    system_context(db)
    with pytest.raises(SignInRefused) as refused:
        auth.sign_in_with_password(db, "Counter 1", login, "not-the-password")
    assert refused.value.code == "bad_credentials"
    # the try is committed: its audit entry, and the count on an existing account
    action, user_id, station = audit_actions(db, "sign_in.failed")[-1]
    assert station == "Counter 1"
    assert (user_id is not None) == (login == "owner")
    assert user_row(db, "owner").failed_attempts == (1 if login == "owner" else 0)


def test_empty_sign_in_fields_are_named(db):
    with pytest.raises(ValidationErrors) as bad:
        auth.sign_in_with_password(db, "Counter 1", " ", "")
    assert {e.field for e in bad.value.errors} == {"login", "password"}
    with pytest.raises(ValidationErrors) as no_station:
        auth.sign_in_with_password(db, "", "owner", "x")
    assert no_station.value.for_field("station") is not None


def test_lockout_after_the_set_number_of_tries_and_unlock_after_the_time(db):
    owner(db)
    with db.write() as s:
        put_setting(s, "security.lockout_attempts", "3")
        put_setting(s, "security.lockout_minutes", "20")
    for _ in range(3):
        with pytest.raises(SignInRefused) as wrong:
            auth.sign_in_with_password(db, "Counter 1", "owner", "wrong-password")
        assert wrong.value.code == "bad_credentials"
    locked_until = user_row(db, "owner").locked_until
    assert locked_until is not None
    assert timedelta(minutes=19) < locked_until - utcnow() <= timedelta(minutes=20)
    # even the right password is refused while locked, saying until when
    with pytest.raises(SignInRefused) as locked:
        auth.sign_in_with_password(db, "Counter 1", "owner", OWNER_PASSWORD)
    assert locked.value.code == "locked" and locked.value.params["until"] == locked_until
    # the time passes
    with db.write() as s:
        s.execute(
            update(User).where(User.login == "owner").values(locked_until=utcnow() - timedelta(1))
        )
    assert auth.sign_in_with_password(db, "Counter 1", "owner", OWNER_PASSWORD).user.login
    row = user_row(db, "owner")
    assert row.failed_attempts == 0 and row.locked_until is None


def test_inactive_account_is_told_only_with_the_right_password(db):
    boss = owner(db)
    staff.add_user(boss.ctx, "mei", "Mei", Role.CASHIER, password="cashier-pass1")
    mei = user_row(db, "mei")
    staff.update_user(boss.ctx, mei.id, mei.version, active=False)
    with pytest.raises(SignInRefused) as wrong:
        auth.sign_in_with_password(db, "Cashier", "mei", "not-it-at-all")
    assert wrong.value.code == "bad_credentials"
    with pytest.raises(SignInRefused) as off:
        auth.sign_in_with_password(db, "Cashier", "mei", "cashier-pass1")
    assert off.value.code == "inactive"


def test_old_hash_parameters_are_upgraded_at_sign_in(db):
    from argon2 import PasswordHasher

    owner(db)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(OWNER_PASSWORD)
    with db.write() as s:
        s.execute(update(User).where(User.login == "owner").values(password_hash=weak))
    auth.sign_in_with_password(db, "Office", "owner", OWNER_PASSWORD)
    stored = user_row(db, "owner").password_hash
    assert stored != weak and stored is not None and not HASHER.check_needs_rehash(stored)


def test_switch_user_by_pin(db):
    boss = owner(db)
    staff.add_user(boss.ctx, "li.na", "Li Na", Role.ADVISOR, password="advisor-pass1", pin="1357")
    signed = auth.switch_user(boss.ctx, "li.na", "1357")
    assert signed.user.login == "li.na"
    assert signed.ctx.actor.station_id == boss.ctx.actor.station_id
    entry = audit_actions(db, "sign_in.switch")[-1]
    assert entry == ("sign_in.switch", signed.user.id, "Office")
    with pytest.raises(SignInRefused) as wrong:
        auth.switch_user(signed.ctx, "owner", "0000")
    assert wrong.value.code == "bad_credentials"
    assert user_row(db, "owner").failed_attempts == 1
    with pytest.raises(SignInRefused) as unknown:
        auth.switch_user(signed.ctx, "ghost", "1234")
    assert unknown.value.code == "bad_credentials"


def test_switch_to_a_login_without_pin_says_so(db):
    boss = owner(db)
    staff.add_user(boss.ctx, "wang", "Wang Wei", Role.TECHNICIAN, password="tech-pass-01")
    with pytest.raises(SignInRefused) as no_pin:
        auth.switch_user(boss.ctx, "wang", "1234")
    assert no_pin.value.code == "no_pin"


def test_switch_user_by_card_and_the_old_card_stops_working(db):
    boss = owner(db)
    mei = staff.add_user(boss.ctx, "mei", "Mei", Role.CASHIER)
    old_card = staff.issue_card(boss.ctx, mei.id)
    assert old_card.startswith("WBSTAFF:")
    signed = auth.switch_user(boss.ctx, old_card + "\n")
    assert signed.user.id == mei.id and signed.ctx.actor.user_id == mei.id
    new_card = staff.issue_card(boss.ctx, mei.id)
    with pytest.raises(SignInRefused) as refused:
        auth.switch_user(boss.ctx, old_card)
    assert refused.value.code == "bad_credentials"
    assert auth.switch_user(boss.ctx, new_card).user.id == mei.id
    with db.read() as s:
        stored = s.get(User, mei.id)
        assert stored is not None and new_card not in (stored.card_hash or "")


def test_card_of_a_locked_or_inactive_account_is_refused(db):
    boss = owner(db)
    mei = staff.add_user(boss.ctx, "mei", "Mei", Role.CASHIER)
    card = staff.issue_card(boss.ctx, mei.id)
    with db.write() as s:
        s.execute(
            update(User).where(User.id == mei.id).values(locked_until=utcnow() + timedelta(1))
        )
    with pytest.raises(SignInRefused) as locked:
        auth.switch_user(boss.ctx, card)
    assert locked.value.code == "locked"
    staff.unlock_account(boss.ctx, mei.id)
    view = staff.get_staff(boss.ctx, mei.id)
    staff.update_user(boss.ctx, mei.id, view.version, active=False)
    with pytest.raises(SignInRefused) as off:
        auth.switch_user(boss.ctx, card)
    assert off.value.code == "inactive"


def test_unlock_idle_station_with_password_or_pin(db):
    boss = owner(db)
    auth.unlock_station(boss.ctx, OWNER_PASSWORD)
    auth.unlock_station(boss.ctx, "2468")
    with pytest.raises(SignInRefused) as wrong:
        auth.unlock_station(boss.ctx, "1111")
    assert wrong.value.code == "bad_credentials"
    assert user_row(db, "owner").failed_attempts == 1
    assert [a for a, _, _ in audit_actions(db, "sign_in.")] == [
        "sign_in.unlock",
        "sign_in.unlock",
        "sign_in.failed",
    ]
    # a right one clears the count
    auth.unlock_station(boss.ctx, "2468")
    assert user_row(db, "owner").failed_attempts == 0


def test_unlock_counts_towards_the_lock(db):
    boss = owner(db)
    with db.write() as s:
        put_setting(s, "security.lockout_attempts", "2")
    for _ in range(2):
        with pytest.raises(SignInRefused):
            auth.unlock_station(boss.ctx, "wrong-one")
    with pytest.raises(SignInRefused) as locked:
        auth.unlock_station(boss.ctx, OWNER_PASSWORD)
    assert locked.value.code == "locked"


def test_idle_lock_minutes_setting(db):
    boss = owner(db)
    assert auth.idle_lock_minutes(boss.ctx) == 10
    for stored, expected in (("0", 0), ("25", 25), ("-3", 0), ("soon", 10), ("99999", 1440)):
        with db.write() as s:
            put_setting(s, auth.IDLE_LOCK_KEY, stored)
        assert auth.idle_lock_minutes(boss.ctx) == expected


def test_unknown_login_costs_a_verification(db, monkeypatch):
    """A refused unknown login runs argon2 as a wrong password does (timing tells nothing)."""
    owner(db)
    calls: list[str] = []
    real = auth.verify_secret

    def counting(stored, secret):
        calls.append(stored)
        return real(stored, secret)

    monkeypatch.setattr(auth, "verify_secret", counting)
    with pytest.raises(SignInRefused):
        auth.sign_in_with_password(db, "Office", "nobody", "whatever-pass")
    assert calls == [auth._dummy_hash()]
    assert auth._dummy_hash().startswith("$argon2id$")
    assert hash_secret("x") != auth._dummy_hash()


def test_security_bench_runs_without_a_dataset(db_url, db, tmp_path, monkeypatch, capsys):
    """``python -m app bench --only security --json``: sign-in and permission-check timings
    next to their bare counterparts, on a database with no dataset; a second run reuses the
    bench account with a new password."""
    import json

    from app.bench import security
    from app.cli import main

    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    monkeypatch.setenv("WORKBAY_DATA_DIR", str(tmp_path / "data"))
    for _ in range(2):
        assert main(["bench", "--only", "security", "--json", "--samples", "3"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert result["dataset"] is None
        metrics = result["metrics"]
        assert set(metrics) == {
            "sign_in_password",
            "sign_in_argon2_verify",
            "permission_check",
            "raw_pk_select",
        }
        for m in metrics.values():
            assert m["n"] == 3 and 0 < m["p50_ms"] <= m["p95_ms"]
        assert set(result["checks"]["targets_met"]) == {"sign_in_password"}
        assert set(result["checks"]["permission_check_over_raw"]) == {"p50", "p95"}
    with db.read() as s:
        bench_users = s.scalars(select(User).where(User.login == "bench.security")).all()
        assert len(bench_users) == 1 and bench_users[0].role is Role.TECHNICIAN
        # every timed sign-in went through the service: each left its audit entry
        signed = s.scalar(
            select(func.count()).where(
                AuditEntry.action == "sign_in", AuditEntry.user_id == bench_users[0].id
            )
        )
        # per run: the warm-up, the timed ones, the one whose context checks permissions
        assert signed == 2 * (security.WARMUP + 3 + 1)
    # the bench account does not end first start: it is no admin or manager
    assert auth.needs_first_start(db)
