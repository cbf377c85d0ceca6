"""The schema exists only through migrations, and the migrations match the models."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import MetaData, Table, Uuid, event, insert, inspect, select, update
from sqlalchemy import column as sa_column

from app import migrations
from app.db import create_engine
from tests.conftest import make_settings
from tests.databases import TemplateDatabase

TABLES = {"facility", "organisation", "audit_event", "audit_chain_head", "idempotency_record"}


async def _tables(url: str) -> set[str]:
    engine = create_engine(make_settings(url))
    try:
        async with engine.connect() as connection:
            names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    finally:
        await engine.dispose()
    return set(names) - {"alembic_version"}


async def test_upgrade_to_head_then_down_to_base(template: TemplateDatabase) -> None:
    url = await asyncio.to_thread(template.empty)
    try:
        settings = make_settings(url)
        assert await _tables(url) == set()
        await asyncio.to_thread(migrations.upgrade, settings)
        assert await _tables(url) >= TABLES
        await asyncio.to_thread(migrations.check, settings)
        await asyncio.to_thread(migrations.downgrade, settings, "base")
        assert await _tables(url) == set()
        await asyncio.to_thread(migrations.upgrade, settings)
        assert await _tables(url) >= TABLES
    finally:
        await asyncio.to_thread(template.drop_clone, url)


async def test_models_and_migrations_agree(fresh_url: str) -> None:
    """`alembic check`: fails when a model changed without a migration."""
    await asyncio.to_thread(migrations.check, make_settings(fresh_url))


def _row(table: Table, **values: Any) -> dict[str, Any]:
    """A row for ``table`` with ``values`` and a placeholder in every other required column
    (a migration test writes through the schema of its revision, not through the models)."""
    placeholders: dict[type, Any] = {
        uuid.UUID: uuid.uuid4,
        str: lambda: uuid.uuid4().hex[:6],
        int: lambda: 1,
        bool: lambda: False,
        date: lambda: date(2025, 1, 1),
        datetime: lambda: datetime(2025, 1, 1, tzinfo=UTC),
    }
    row = dict(values)
    for column in table.columns:
        if column.name in row or column.nullable or column.server_default is not None:
            continue
        try:
            python_type = column.type.python_type
        except NotImplementedError:
            python_type = object
        # Anything else (JSON) gets an empty object.
        row[column.name] = placeholders.get(python_type, dict)()
    return row


async def test_episodes_closed_before_0022_get_the_facility_left(
    template: TemplateDatabase,
) -> None:
    """The backfill: the current facility for a person's latest episode, the last transfer's
    destination for an earlier one (a transfer recorded after its release belongs to the
    next), else where the episode began; open episodes stay without. On SQLite the table is
    rebuilt while legal statuses refer to it; the way down and up again keeps the data."""
    url = await asyncio.to_thread(template.empty)
    settings = make_settings(url)
    engine = create_engine(settings)
    try:
        await asyncio.to_thread(migrations.upgrade, settings, "0021")
        tables = MetaData()

        @event.listens_for(tables, "column_reflect")
        def identifiers(inspector: Any, table: Table, column: dict[str, Any]) -> None:
            # SQLite stores a UUID as CHAR(32): read it as the models do.
            if column["name"] == "id" or column["name"].endswith("_id"):
                column["type"] = Uuid()

        async with engine.begin() as connection:
            await connection.run_sync(
                lambda sync: tables.reflect(
                    sync,
                    only=[
                        "facility",
                        "inmate",
                        "custody_episode",
                        "transfer",
                        "legal_status_entry",
                    ],
                )
            )
            facility, inmate, episode, transfer, status = (
                tables.tables[name]
                for name in (
                    "facility",
                    "inmate",
                    "custody_episode",
                    "transfer",
                    "legal_status_entry",
                )
            )
            a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
            for code, id_ in (("A", a), ("B", b), ("C", c)):
                await connection.execute(insert(facility).values(_row(facility, id=id_, code=code)))
            # One person: first held at A, moved to C, released; back at A, moved to B,
            # released. Another, never moved, released from A; a third still held at B.
            # A fourth released from A and back the same day, moved to B that day.
            moved, still, held, back = (uuid.uuid4() for _ in range(4))
            first, second, plain, open_, left_a, again = (uuid.uuid4() for _ in range(6))
            for person, where in ((moved, b), (still, a), (held, b), (back, b)):
                await connection.execute(
                    insert(inmate).values(
                        _row(inmate, id=person, facility_id=where, current_episode_id=None)
                    )
                )
            for id_, person, number, where, admitted, released in (
                (first, moved, 1, a, date(2024, 1, 1), date(2024, 6, 1)),
                (second, moved, 2, a, date(2025, 1, 1), date(2025, 6, 1)),
                (plain, still, 1, a, date(2025, 1, 1), date(2025, 3, 1)),
                (open_, held, 1, b, date(2025, 1, 1), None),
                (left_a, back, 1, a, date(2025, 1, 1), date(2025, 3, 1)),
                (again, back, 2, a, date(2025, 3, 1), None),
            ):
                await connection.execute(
                    insert(episode).values(
                        _row(
                            episode,
                            id=id_,
                            inmate_id=person,
                            number=number,
                            facility_id=where,
                            admission_date=admitted,
                            release_date=released,
                        )
                    )
                )
            for person, current in ((moved, second), (still, plain), (held, open_), (back, again)):
                await connection.execute(
                    update(inmate).where(inmate.c.id == person).values(current_episode_id=current)
                )
            for person, to, on, hour in (
                (moved, c, date(2024, 3, 1), 9),
                (moved, b, date(2025, 3, 1), 9),
                (back, b, date(2025, 3, 1), 15),
            ):
                values = _row(
                    transfer,
                    inmate_id=person,
                    from_facility_id=a,
                    to_facility_id=to,
                    effective_date=on,
                    created_at=datetime(on.year, on.month, on.day, hour, tzinfo=UTC),
                )
                await connection.execute(insert(transfer).values(values))
            for person, ended, on in (
                (moved, first, date(2024, 6, 1)),
                (moved, second, date(2025, 6, 1)),
                (still, plain, date(2025, 3, 1)),
                (back, left_a, date(2025, 3, 1)),
            ):
                values = _row(
                    status,
                    inmate_id=person,
                    episode_id=ended,
                    status="released",
                    effective_date=on,
                    created_at=datetime(on.year, on.month, on.day, 10, tzinfo=UTC),
                )
                await connection.execute(insert(status).values(values))
        # By name, so that a failure reads.
        names: dict[uuid.UUID | None, str | None] = {
            first: "first",
            second: "second",
            plain: "plain",
            open_: "open",
            left_a: "left_a",
            again: "again",
            a: "A",
            b: "B",
            c: "C",
            None: None,
        }
        expected = {
            "first": "C",
            "second": "B",
            "plain": "A",
            "open": None,
            "left_a": "A",
            "again": None,
        }
        for _ in range(2):
            await asyncio.to_thread(migrations.upgrade, settings)
            async with engine.connect() as connection:
                rows = await connection.execute(
                    select(episode.c.id, sa_column("release_facility_id", Uuid()))
                )
                assert {names[row[0]]: names[row[1]] for row in rows} == expected
            await asyncio.to_thread(migrations.downgrade, settings, "0021")
        async with engine.connect() as connection:
            assert len((await connection.execute(select(status.c.id))).all()) == 4
    finally:
        await engine.dispose()
        await asyncio.to_thread(template.drop_clone, url)
