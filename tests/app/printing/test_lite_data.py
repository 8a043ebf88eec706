"""``python -m app print`` reads the order with the database driver alone
(:mod:`app.printing.lite`): what it builds equals what the services load, attribute by
attribute (every loaded column and relationship of every row, with its Python type), the
print log it writes is the services' (copy numbers, codes), and it steps aside whenever
the usual start-up has work to do."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect as sa_inspect

from app.db import engine as engine_module
from app.domain import models
from app.printing import lite, lite_columns
from app.printing.data import PrintData, load_print_data
from app.printing.documents import DOCUMENTS, KINDS
from app.printing.render import PrintOptions, available_kinds, render_data
from app.services import prints
from app.services import settings as settings_service
from app.services.context import ServiceContext
from app.services.people import SYSTEM_LOGIN, system_context
from app.services.views import OrderDetail

STATION = "print-station"


def test_the_column_table_is_the_models() -> None:
    assert lite_columns.derive() == lite_columns.COLUMNS, (
        "the models changed: run python -m app.printing.lite_columns and paste its output"
    )


def test_the_copied_constants_are_the_cores() -> None:
    assert lite.SYSTEM_LOGIN == SYSTEM_LOGIN
    assert lite.DEFAULT_BRANCH_ID == models.DEFAULT_BRANCH_ID
    assert lite.INSTALLATION == models.INSTALLATION
    assert lite.SECRET_KEY == settings_service.SECRET_KEY
    assert lite.ROUNDING_KEY == settings_service.ROUNDING_KEY
    assert lite.PG_CONNECT_ARGS == engine_module.PG_CONNECT_ARGS
    assert lite.SQLITE_BUSY_TIMEOUT_MS == engine_module.SQLITE_BUSY_TIMEOUT_MS


def test_every_documents_title_is_its_modules() -> None:
    for kind, spec in DOCUMENTS.items():
        module = spec._module()
        title = module.JOB_TITLE if kind == "job-card" else module.TITLE
        assert spec.title_key == title, kind


def _same(orm: Any, row: Any, path: str, seen: set[int]) -> None:
    """``row`` carries every attribute the ORM object has loaded, equal and of the same type
    (related objects compared the same way)."""
    if isinstance(orm, models.Base):
        assert isinstance(row, lite.Row), path
        if id(orm) in seen:
            return
        seen.add(id(orm))
        state = sa_inspect(orm)
        assert row.entity == type(orm).__name__, path
        for key in state.dict:
            if key.startswith("_"):
                continue
            assert key in row.__dict__, f"{path}.{key} missing"
            _same(state.dict[key], row.__dict__[key], f"{path}.{key}", seen)
        return
    if isinstance(orm, list):
        assert isinstance(row, list) and len(row) == len(orm), path
        for i, (a, b) in enumerate(zip(orm, row, strict=True)):
            _same(a, b, f"{path}[{i}]", seen)
        return
    assert type(row) is type(orm), f"{path}: {type(orm).__name__} != {type(row).__name__}"
    assert row == orm, f"{path}: {orm!r} != {row!r}"
    if isinstance(orm, Decimal):
        assert str(row) == str(orm), path  # the same places
    if isinstance(orm, datetime):
        assert row.utcoffset() == orm.utcoffset(), path


def _same_detail(orm: OrderDetail, row: OrderDetail) -> None:
    seen: set[int] = set()
    for name in OrderDetail.__dataclass_fields__:
        _same(getattr(orm, name), getattr(row, name), name, seen)
    assert row.money == orm.money
    assert row.checklist and [i.id for i in row.checklist] == [i.id for i in orm.checklist]
    assert [m.id for m in row.damage_marks] == [m.id for m in orm.damage_marks]
    assert row.customer.primary_phone == orm.customer.primary_phone
    assert row.asset.label == orm.asset.label
    assert len(seen) > 25  # rows compared: order, customer, phones, lines, users, payments...
    users = [row.order.advisor, *(c.inspector for c in row.quality_checks)]
    orm_users = [orm.order.advisor, *(c.inspector for c in orm.quality_checks)]
    assert [u.roles for u in users] == [u.roles for u in orm_users]


def _open(ctx: ServiceContext) -> tuple[lite.LiteDb, lite.Actor]:
    system_context(ctx.db, STATION)  # the command line's account and station, as its first run
    opened = lite.open_lite(ctx.db.url, STATION)
    assert opened is not None
    return opened


def test_the_print_data_equals_the_services(
    released: OrderDetail, ctx: ServiceContext, db_url: str
) -> None:
    db, actor = _open(ctx)
    try:
        data = lite.load_print_data_by_number(db, actor, released.order.number.lower())
    finally:
        db.close()
    orm = load_print_data(system_context(ctx.db, STATION), released.id)
    _same_detail(orm.detail, data.detail)
    assert data.shop == orm.shop and data.shop.license_no
    assert (data.token, data.gate_token) == (orm.token, orm.gate_token)
    # the same documents, the same PDFs (but for the time printed)
    assert available_kinds(data) == available_kinds(orm)
    same_time = replace(data, printed_at=orm.printed_at)
    for kind in available_kinds(orm):
        for paper in ("a4", "80mm"):
            options = PrintOptions(paper, "bilingual")
            assert _text(render_data(same_time, kind, options)) == _text(
                render_data(orm, kind, options)
            ), (kind, paper)


def _text(pdf: bytes) -> str:
    from io import BytesIO

    import pypdf

    return "\n".join(p.extract_text() for p in pypdf.PdfReader(BytesIO(pdf)).pages)


def test_an_order_with_no_inspection_payment_or_settlement(
    ctx: ServiceContext, db_url: str
) -> None:
    from tests.factories import new_order

    d = new_order(ctx)
    db, actor = _open(ctx)
    try:
        data = lite.load_print_data_by_number(db, actor, d.order.number)
    finally:
        db.close()
    orm = load_print_data(ctx, d.id)
    _same_detail_partial(orm, data)


def _same_detail_partial(orm: PrintData, data: PrintData) -> None:
    seen: set[int] = set()
    for name in OrderDetail.__dataclass_fields__:
        _same(getattr(orm.detail, name), getattr(data.detail, name), name, seen)


def test_the_print_log_is_the_services(released: OrderDetail, ctx: ServiceContext) -> None:
    db, actor = _open(ctx)
    try:
        assert lite.print_count(db, released.id, "release-slip") == 0
        assert lite.record_print(db, actor, released.id, "release-slip") == 0
        assert prints.record_print(ctx, released.id, "release-slip").copy_no == 1
        assert lite.record_print(db, actor, released.id, "release-slip") == 2
        assert lite.print_count(db, released.id, "release-slip") == 3
    finally:
        db.close()
    logged = [p for p in prints.prints_of(ctx, released.id) if p.kind == "release-slip"]
    assert [p.copy_no for p in logged] == [0, 1, 2]
    assert len({p.code for p in logged}) == 1 and logged[0].code  # the gate pass's code
    assert all(p.printed_at.tzinfo is not None for p in logged)


def test_unknown_orders_and_kinds_are_refused(released: OrderDetail, ctx: ServiceContext) -> None:
    from app.domain.errors import NotFound
    from app.printing.errors import UnknownDocument

    db, actor = _open(ctx)
    try:
        with pytest.raises(NotFound):
            lite.load_print_data_by_number(db, actor, "WO-19990101-0001")
        with pytest.raises(UnknownDocument):
            lite.record_print(db, actor, released.id, "Bad Kind")
    finally:
        db.close()


def test_it_steps_aside_when_the_start_up_has_work(
    tmp_path: Path, ctx: ServiceContext, db_url: str
) -> None:
    assert lite.open_lite(f"sqlite:///{tmp_path / 'none.sqlite3'}", STATION) is None
    assert not (tmp_path / "none.sqlite3").exists()  # no empty file left behind
    assert lite.open_lite("mysql://x/y", STATION) is None
    system_context(ctx.db, STATION)
    assert lite.open_lite(ctx.db.url, "a-station-never-seen") is None  # the start-up adds it
    opened = lite.open_lite(ctx.db.url, STATION)
    assert opened is not None
    opened[0].close()


def test_kinds_are_listed_without_importing_the_documents() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from app.printing.documents import KINDS, DOCUMENTS\n"
        "print(len(KINDS), [m for m in sys.modules if m.startswith('app.printing.documents.')])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == f"{len(KINDS)} []"


def test_the_command_prints_without_sqlalchemy(
    released: OrderDetail, ctx: ServiceContext, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    system_context(ctx.db, STATION)
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('ORM', [m for m in ('sqlalchemy', 'app.domain.models') if m in sys.modules])\n"
        "sys.exit(code)\n"
    )
    env = dict(os.environ, WORKBAY_DATABASE_URL=ctx.db.url, WORKBAY_STATION=STATION)
    out = tmp_path / "s.pdf"
    runs = [
        subprocess.run(
            [
                sys.executable,
                "-c",
                code,
                "print",
                "settlement",
                released.order.number,
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        ).stdout
        for _ in range(2)
    ]
    number = released.order.number
    assert f"wrote {out}: settlement of {number}, a4, zh_CN, 1 page(s), " in runs[0]
    assert "copy" not in runs[0] and runs[1].rstrip().endswith("ORM []")
    assert "bytes, copy 1" in runs[1]
    assert all("ORM []" in r for r in runs)
    assert [p.copy_no for p in prints.prints_of(ctx, released.id)] == [0, 1]
