"""What security costs at the desk, next to its bare counterpart timed in the same run:

* ``sign_in_password``: :func:`app.services.auth.sign_in_with_password` end to end (station
  registration, the counted argon2 check, the audit entry, one transaction);
  ``sign_in_argon2_verify``: the bare ``argon2`` verification of the same stored hash, call
  for call right after it. The issue's ceiling is 250 ms (p95) for the sign-in.
* ``permission_check``: :func:`app.services.access.authorize` as a service call makes it,
  first thing in a fresh read transaction (the roles are read from the database each time);
  ``raw_pk_select``: a bare primary-key SELECT of the same user in a fresh read transaction.
  Only the statement is timed, not opening the transaction.

It needs no dataset: a bench member of staff (``bench.security``, a technician) is added to
the configured database, or reused, and given a new random password each run.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, text

from app.bench.metrics import summary
from app.db.engine import Database
from app.domain.credentials import HASHER
from app.domain.enums import Role
from app.domain.models import User
from app.domain.permissions import Permission
from app.services import access, auth, staff
from app.services.context import ServiceContext
from app.services.people import system_context

BENCH_LOGIN = "bench.security"
BENCH_NAME = "Bench (security)"
BENCH_STATION = "bench-security"
#: p95 ceiling of a sign-in, in milliseconds
SIGN_IN_TARGET_MS = 250.0
#: argon2 is slow on purpose: at most this many timed sign-ins, whatever ``--samples`` says
SIGN_IN_SAMPLES_MAX = 40
WARMUP = 3


def _ms(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _bench_user(db: Database) -> tuple[int, str]:
    """The bench member of staff with a fresh password nobody keeps: (id, password)."""
    system = system_context(db)
    password = secrets.token_urlsafe(18)
    with db.read() as session:
        user_id = session.scalar(select(User.id).where(User.login == BENCH_LOGIN))
    if user_id is None:
        view = staff.add_user(system, BENCH_LOGIN, BENCH_NAME, Role.TECHNICIAN, password=password)
        return view.id, password
    view = staff.get_staff(system, user_id)
    if not view.active or view.role is not Role.TECHNICIAN:
        staff.update_user(system, user_id, view.version, role=Role.TECHNICIAN, active=True)
    staff.set_password(system, user_id, password)
    staff.unlock_account(system, user_id)
    return user_id, password


def measure_sign_in(db: Database, login: str, password: str, n: int) -> dict[str, dict]:
    with db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.login == login))
    assert stored is not None
    service: list[float] = []
    bare: list[float] = []
    for i in range(n + WARMUP):
        ms_service = _ms(lambda: auth.sign_in_with_password(db, BENCH_STATION, login, password))
        ms_bare = _ms(lambda: HASHER.verify(stored, password))
        if i >= WARMUP:
            service.append(ms_service)
            bare.append(ms_bare)
    return {"sign_in_password": summary(service), "sign_in_argon2_verify": summary(bare)}


def measure_permission_check(db: Database, ctx: ServiceContext, n: int) -> dict[str, dict]:
    user_id = ctx.actor.user_id
    checked: list[float] = []
    raw: list[float] = []
    pk = text("SELECT id FROM users WHERE id = :id")
    for i in range(n + WARMUP):
        with db.read() as session:
            ms_check = _ms(lambda: access.authorize(session, ctx, Permission.WORK))
        with db.read() as session:
            ms_raw = _ms(lambda: session.execute(pk, {"id": user_id}).scalar_one())
        if i >= WARMUP:
            checked.append(ms_check)
            raw.append(ms_raw)
    return {"permission_check": summary(checked), "raw_pk_select": summary(raw)}


def measure(db: Database, samples: int) -> tuple[dict[str, dict], dict[str, Any]]:
    """The security metrics and their checks (the sign-in target, the permission check's
    cost over the bare SELECT at p50 and p95)."""
    _, password = _bench_user(db)
    metrics = measure_sign_in(db, BENCH_LOGIN, password, min(samples, SIGN_IN_SAMPLES_MAX))
    signed = auth.sign_in_with_password(db, BENCH_STATION, BENCH_LOGIN, password)
    metrics.update(measure_permission_check(db, signed.ctx, samples))
    check, raw = metrics["permission_check"], metrics["raw_pk_select"]
    checks: dict[str, Any] = {
        "targets_met": {
            "sign_in_password": metrics["sign_in_password"]["p95_ms"] <= SIGN_IN_TARGET_MS
        },
        "permission_check_over_raw": {
            q: round(check[f"{q}_ms"] / max(raw[f"{q}_ms"], 0.001), 2) for q in ("p50", "p95")
        },
    }
    return metrics, checks
