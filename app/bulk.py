"""Multi-row inserts: one statement a table, however many rows.

On PostgreSQL the rows travel as one array per column and are expanded by ``unnest`` in
the server, so that thousands of rows cost one round trip and one statement; SQLite, in
the same process, takes them as one executemany.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Table, Text, bindparam, cast, func, insert, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession


def table_of(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not a table")
    return table


async def insert_rows(
    session: AsyncSession, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert ``rows`` (every row with the same keys) into the model's table."""
    if not rows:
        return
    table = table_of(model)
    names = list(rows[0])
    if session.get_bind().dialect.name != "postgresql":
        await session.exec(insert(table), params=list(rows))
        return
    # JSON values travel as text (a list would read as an array dimension) and are cast back.
    is_json = {name: isinstance(table.c[name].type, JSON) for name in names}
    arrays = [
        bindparam(
            f"column_{position}",
            [json.dumps(row[name]) if is_json[name] else row[name] for row in rows],
            type_=ARRAY(Text() if is_json[name] else table.c[name].type),
        )
        for position, name in enumerate(names)
    ]
    expanded = func.unnest(*arrays).table_valued(*names).render_derived()
    source = select(
        *(cast(expanded.c[name], JSON) if is_json[name] else expanded.c[name] for name in names)
    )
    await session.exec(insert(table).from_select(names, source))
