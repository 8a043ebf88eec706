"""Write a changed, versioned row with one plain UPDATE instead of the ORM's flush.

A service call changes an order's columns (its state, its times, who works on it) and then
bumps its version (:func:`app.services.context.touch`). The ORM's flush of that one row
costs about three times the UPDATE it sends in Python (the unit of work sorts, collects
and post-processes every object), at every call. :func:`save_versioned` sends the same
``UPDATE ... SET <changed columns>, version = v + 1 WHERE id = :id AND version = v`` as a
statement built once per set of columns, and tells the ORM the row is saved as it is.

A row whose relationships changed (lines added through ``order.lines``, another asset) is
left to the ORM's flush: only the ORM knows how to write those. A version that moved on
in between fails the call as the ORM's check would (``StaleDataError``: a conflict).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, Update, bindparam, inspect, update
from sqlalchemy.orm import ColumnProperty, Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from app.db import lean

#: the UPDATE per (table, changed columns), built once
_UPDATES: dict[tuple[Table, tuple[str, ...]], Update] = {}
_UPDATES_KEPT = 256


def save_versioned(session: Session, obj: Any) -> None:
    """Write ``obj``'s changed columns and bump its version (its mapper's
    ``version_id_col``), in one statement; the ORM's flush when that cannot be done."""
    state = inspect(obj)
    mapper = state.mapper
    version_col = mapper.version_id_col
    table = mapper.local_table
    if (
        version_col is None
        or not isinstance(table, Table)
        or not state.persistent
        or state.expired_attributes
    ):
        session.flush()
        return
    changed: dict[str, tuple[str, Any]] = {}  # column name -> (attribute key, value)
    for key in state.committed_state:
        prop = mapper.attrs.get(key)
        if not isinstance(prop, ColumnProperty) or len(prop.columns) != 1:
            session.flush()  # a relationship or an expression: the ORM's own way
            return
        column = prop.columns[0]
        if column.table is not table or column is version_col or column.primary_key:
            session.flush()
            return
        changed[column.name] = (key, state.dict.get(key))
    version_key = mapper.get_property_by_column(version_col).key
    (id_col,) = mapper.primary_key
    old = state.dict[version_key]
    params: dict[str, Any] = {f"wb_{name}": value for name, (_key, value) in changed.items()}
    params |= {"wb_id": state.identity[0], "wb_old_version": old, "wb_new_version": old + 1}
    stmt = _statement(table, tuple(changed), id_col, version_col)
    done = lean.run(session, stmt, [params], everywhere=True)  # on the driver's cursor
    if done is not None:
        count = done.rowcount
    else:
        with session.no_autoflush:  # the others' pending writes go with the next flush
            count = session.execute(stmt, params).rowcount  # type: ignore[attr-defined]
    if count != 1:
        raise StaleDataError(
            f"{table.name} {state.identity[0]}: version {old} was changed by someone else"
        )
    set_committed_value(obj, version_key, old + 1)
    # every change of the row is written: it is as a flush leaves it (nothing to write, no
    # longer among the session's modified rows)
    state._commit_all(state.dict, session.identity_map)


def _statement(table: Table, names: tuple[str, ...], id_col: Any, version_col: Any) -> Update:
    held = _UPDATES.get((table, names))
    if held is not None:
        return held
    values: dict[Any, Any] = {
        table.c[name]: bindparam(f"wb_{name}", type_=table.c[name].type) for name in names
    }
    values[version_col] = bindparam("wb_new_version", type_=version_col.type)
    stmt = (
        update(table)
        .where(id_col == bindparam("wb_id"), version_col == bindparam("wb_old_version"))
        .values(values)
        .execution_options(synchronize_session=False)
    )
    if len(_UPDATES) >= _UPDATES_KEPT:
        _UPDATES.clear()
    _UPDATES[(table, names)] = stmt
    return stmt
