"""Every error code the core can raise has a translated text, and a field error reads the
same in the language of the desk."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.domain.errors import ConflictError, IllegalTransition, NotFound, ValidationError
from app.domain.validation import check_plate, check_vin
from ui.common.errors import CODES, error_text, field_text
from ui.shell import i18n

APP = Path(__file__).resolve().parents[2] / "app"


def codes_raised_in_app() -> set[str]:
    """Codes of ValidationError(field, code, ...), RuleViolation(code, ...) and the ``code``
    class attribute of every error class, found in the source of ``app/``."""
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                args = node.args
                if name == "ValidationError" and len(args) >= 2:
                    arg = args[1]
                elif name == "RuleViolation" and args:
                    arg = args[0]
                else:
                    continue
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
            elif isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    if (
                        isinstance(stmt, ast.Assign)
                        and [getattr(t, "id", None) for t in stmt.targets] == ["code"]
                        and isinstance(stmt.value, ast.Constant)
                    ):
                        found.add(stmt.value.value)
    return found


def test_every_code_of_the_core_has_a_text():
    missing = codes_raised_in_app() - set(CODES)
    assert not missing, f"ui/common/errors.py has no text for: {sorted(missing)}"


def test_texts_name_the_reason_with_its_values(qapp):
    with pytest.raises(ValidationError) as vin:
        check_vin("1M8GDM9AXKP04278")
    assert field_text(vin.value) == "A VIN has 17 characters (this has 16)."
    with pytest.raises(ValidationError) as plate:
        check_plate("XB12345")
    assert "province" in field_text(plate.value)
    assert error_text(IllegalTransition("settle", "in_progress")) == (
        "Not possible while the order is “In progress”."
    )
    assert error_text(NotFound("order", "WO-1")) == "Not found: order WO-1."
    assert "your input is kept" in error_text(ConflictError("customer", 1, 1, 2))


def test_texts_in_chinese(qapp):
    try:
        i18n.install("zh_CN")
        with pytest.raises(ValidationError) as vin:
            check_vin("1M8GDM9AXKP042789")
        assert field_text(vin.value) == "车架号校验位不符：有字符输错了。"
        assert (
            error_text(IllegalTransition("settle", "paused"))
            == "工单处于“暂停”状态，无法执行此操作。"
        )
    finally:
        i18n.install("en")
