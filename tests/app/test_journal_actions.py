"""Every action the code can journal is registered in :mod:`app.domain.journal` (where the
screens' names for them are checked, tests/ui/test_labels_complete.py).

The actions are read from the code itself: every ``touch(...)`` (an order's journal) and
``audit(...)`` call in ``app/``, with the action's possible values worked out from string
literals, conditionals, concatenations, f-strings and the assignments or calls that give a
name its value. An action this reading cannot work out fails the test too, so a new one
cannot slip by unnamed."""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from pathlib import Path

import app
from app.domain.journal import AuditAction, OrderAction, audit_actions, order_action
from app.domain.workflow import TRANSITIONS

APP = Path(app.__file__).parent
#: the writers and the position of their action argument
WRITERS = {"touch": 3, "audit": 2}
#: ``touch`` itself audits ``order.<its action>``: its callers are read instead
_TOUCH = ("services/context.py", "touch")

Found = tuple[str, int, str, set[str] | None]  # where, line, writer, values (None: unread)


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _function_of(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.FunctionDef | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef):
            return node
    return None


class Reader:
    """Works out the strings an expression can be, within one module."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.parents = _parents(tree)

    def values(self, expr: ast.expr, func: ast.FunctionDef | None) -> set[str] | None:
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        if isinstance(expr, ast.IfExp):
            return self._join([self.values(expr.body, func), self.values(expr.orelse, func)])
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            return self._product([expr.left, expr.right], func)
        if isinstance(expr, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.FormattedValue) else v for v in expr.values]
            return self._product(parts, func)
        if isinstance(expr, ast.Name) and func is not None:
            return self._name(expr.id, func)
        return None

    def _join(self, sets: list[set[str] | None]) -> set[str] | None:
        if any(s is None for s in sets) or not sets:
            return None
        return set().union(*sets)  # type: ignore[arg-type]

    def _product(self, parts: list[ast.expr], func: ast.FunctionDef | None) -> set[str] | None:
        sets = [self.values(p, func) for p in parts]
        if any(s is None for s in sets):
            return None
        return {"".join(combo) for combo in itertools.product(*sets)}  # type: ignore[arg-type]

    def _name(self, name: str, func: ast.FunctionDef) -> set[str] | None:
        assigned = [
            node.value
            for node in ast.walk(func)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        ]
        if assigned:
            return self._join([self.values(v, _function_of(v, self.parents)) for v in assigned])
        params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
        if name in params or name in [a.arg for a in func.args.kwonlyargs]:
            return self._parameter(func, name, params)
        return None

    def _parameter(self, func: ast.FunctionDef, name: str, params: list[str]) -> set[str] | None:
        """A parameter's values: what every call of the function in this module passes."""
        given: list[set[str] | None] = []
        for call in ast.walk(self.tree):
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id == func.name
            ):
                continue
            arg = next((k.value for k in call.keywords if k.arg == name), None)
            if arg is None and name in params and params.index(name) < len(call.args):
                arg = call.args[params.index(name)]
            given.append(self.values(arg, _function_of(call, self.parents)) if arg else None)
        return self._join(given)


def journal_writes() -> Iterator[Found]:
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(APP).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        reader = Reader(tree)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in WRITERS
            ):
                continue
            func = _function_of(node, reader.parents)
            if func is not None and (rel, func.name) == _TOUCH:
                continue
            if func is not None and func.name in WRITERS:
                continue  # the definition's own recursion or a wrapper: none today
            position = WRITERS[node.func.id]
            action = node.args[position] if len(node.args) > position else None
            if action is None:
                action = next((k.value for k in node.keywords if k.arg == "action"), None)
            values = reader.values(action, func) if action is not None else None
            yield rel, node.lineno, node.func.id, values


def test_every_journalled_action_is_registered():
    found = list(journal_writes())
    unread = [f"{where}:{line}" for where, line, _w, values in found if values is None]
    assert not unread, f"actions these calls write cannot be read (use literals): {unread}"
    orders = {v for _p, _l, w, values in found if w == "touch" for v in values or ()}
    audits = {v for _p, _l, w, values in found if w == "audit" for v in values or ()}
    assert len(found) > 40 and len(orders) > 20 and len(audits) > 20  # the reading works
    assert orders - set(OrderAction) == set(), "register them in app/domain/journal.py"
    assert audits - audit_actions() == set(), "register them in app/domain/journal.py"
    # nothing registered that no code writes (a renamed action leaves no stale name)
    assert set(OrderAction) - orders - set(TRANSITIONS) == set()
    assert set(AuditAction) - audits == set()


def test_the_state_machines_actions_are_order_actions():
    assert set(TRANSITIONS) <= set(OrderAction)


def test_order_actions_in_the_audit_log():
    assert order_action("order.pause") is OrderAction.PAUSE
    assert order_action("order.nonsense") is None
    assert order_action("customer.create") is None
    assert {order_action(a) for a in audit_actions() if a.startswith("order.")} == set(OrderAction)
