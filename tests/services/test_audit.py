"""The audit log: every write recorded, chained by the sealer, tampering found by verify."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.db import create_engine, create_session_factory
from app.main import create_app
from app.models.audit import AuditEvent
from app.principal import Actor
from app.services.audit import record_event, seal_pending, verify_chain
from tests.conftest import make_settings
from tests.factories import live_admin_headers
from tests.resources import FACILITIES, create


@pytest.fixture
async def fresh_engine(fresh_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(make_settings(fresh_url))
    yield engine
    await engine.dispose()


async def _write_events(engine: AsyncEngine, n: int) -> None:
    actor = Actor(principal="tester", client="pytest", request_id="r")
    async with create_session_factory(engine)() as session:
        for i in range(n):
            record_event(session, actor, "test.write", "test", i, {"i": i})
            await session.commit()


async def _verify(engine: AsyncEngine) -> list[str]:
    async with create_session_factory(engine)() as session:
        return (await verify_chain(session)).problems


async def _seal(engine: AsyncEngine) -> int:
    async with create_session_factory(engine)() as session:
        return await seal_pending(session, batch=3)


async def _bypass_guard(engine: AsyncEngine, backend: str) -> None:
    """What a database superuser could do: switch the append-only triggers off."""
    async with engine.begin() as connection:
        if backend == "postgres":
            await connection.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        else:
            await connection.execute(text("DROP TRIGGER audit_event_no_rewrite"))
            await connection.execute(text("DROP TRIGGER audit_event_no_delete"))


async def _tamper(engine: AsyncEngine, statement: str) -> None:
    async with engine.begin() as connection:
        await connection.execute(text(statement))


async def test_writes_are_audited_with_request_id(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    response = await client.post(FACILITIES.path, json=FACILITIES.new())
    facility_id = response.json()["id"]
    await client.patch(
        response.headers["location"], json={"capacity": 12}, headers={"If-Match": '"1"'}
    )
    events = (
        await session.exec(
            select(AuditEvent)
            .where(AuditEvent.record_id == facility_id)
            .order_by(col(AuditEvent.id))
        )
    ).all()
    assert [event.action for event in events] == ["facility.create", "facility.update"]
    assert events[0].request_id == response.headers["x-request-id"]
    assert events[0].record_type == "facility"
    assert events[1].detail == {"fields": ["capacity"]}
    assert all(event.hash is None for event in events)  # sealed later, not by the writer


async def test_refused_writes_leave_no_event(
    client: httpx.AsyncClient, session: AsyncSession
) -> None:
    record = await create(client, FACILITIES)
    count_before = len((await session.exec(select(AuditEvent.id))).all())
    await client.post(FACILITIES.path, json=FACILITIES.new(code=record["code"]))
    await client.patch(
        f"{FACILITIES.path}/{record['id']}", json={"capacity": 1}, headers={"If-Match": '"9"'}
    )
    assert len((await session.exec(select(AuditEvent.id))).all()) == count_before


async def test_seal_then_verify_clean_chain(fresh_engine: AsyncEngine) -> None:
    await _write_events(fresh_engine, 7)
    assert await _seal(fresh_engine) == 7
    await _write_events(fresh_engine, 2)
    assert await _seal(fresh_engine) == 2
    assert await _seal(fresh_engine) == 0
    async with create_session_factory(fresh_engine)() as session:
        report = await verify_chain(session, batch=4)
    assert report.ok, report.problems
    assert (report.sealed, report.unsealed) == (9, 0)


async def test_append_only_guard_refuses_update_and_delete(
    fresh_engine: AsyncEngine,
) -> None:
    await _write_events(fresh_engine, 2)
    with pytest.raises(DBAPIError):
        await _tamper(fresh_engine, "UPDATE audit_event SET actor = 'someone else' WHERE id = 1")
    with pytest.raises(DBAPIError):
        await _tamper(fresh_engine, "DELETE FROM audit_event WHERE id = 2")
    await _seal(fresh_engine)
    with pytest.raises(DBAPIError):
        await _tamper(fresh_engine, "UPDATE audit_event SET hash = NULL WHERE id = 1")
    assert await _verify(fresh_engine) == []


async def test_verify_names_an_altered_event(fresh_engine: AsyncEngine, backend: str) -> None:
    await _write_events(fresh_engine, 5)
    await _seal(fresh_engine)
    await _bypass_guard(fresh_engine, backend)
    await _tamper(fresh_engine, "UPDATE audit_event SET actor = 'nobody' WHERE id = 3")
    assert await _verify(fresh_engine) == ["audit event 3 (position 3) was altered"]


async def test_verify_names_a_removed_event(fresh_engine: AsyncEngine, backend: str) -> None:
    await _write_events(fresh_engine, 5)
    await _seal(fresh_engine)
    await _bypass_guard(fresh_engine, backend)
    await _tamper(fresh_engine, "DELETE FROM audit_event WHERE id = 2")
    problems = await _verify(fresh_engine)
    assert len(problems) == 1
    assert problems[0].startswith("chain position 2 is missing")


async def test_verify_finds_a_truncated_tail(fresh_engine: AsyncEngine, backend: str) -> None:
    await _write_events(fresh_engine, 4)
    await _seal(fresh_engine)
    await _bypass_guard(fresh_engine, backend)
    await _tamper(fresh_engine, "DELETE FROM audit_event WHERE id = 4")
    problems = await _verify(fresh_engine)
    assert len(problems) == 1
    assert "were removed" in problems[0]


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PASSERELLE_DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=60
    )


async def test_cli_verify_passes_then_fails_on_tampering(
    fresh_url: str, fresh_engine: AsyncEngine, backend: str
) -> None:
    await _write_events(fresh_engine, 3)
    sealed = await asyncio.to_thread(_cli, fresh_url, "audit", "seal")
    assert sealed.returncode == 0, sealed.stderr
    assert "sealed 3 events" in sealed.stdout
    clean = await asyncio.to_thread(_cli, fresh_url, "audit", "verify")
    assert clean.returncode == 0, clean.stderr
    assert "audit chain intact" in clean.stdout
    await _bypass_guard(fresh_engine, backend)
    await _tamper(fresh_engine, """UPDATE audit_event SET detail = '{"i": 99}' WHERE id = 2""")
    broken = await asyncio.to_thread(_cli, fresh_url, "audit", "verify")
    assert broken.returncode == 1
    assert "BROKEN: audit event 2 (position 2) was altered" in broken.stderr


async def test_running_service_seals_in_the_background(fresh_url: str) -> None:
    app = create_app(make_settings(fresh_url, audit_seal_interval_seconds=0.05))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            client.headers.update(await live_admin_headers(app, client))
            await create(client, FACILITIES)
        engine = app.state.engine
        for _ in range(100):
            async with create_session_factory(engine)() as session:
                report = await verify_chain(session)
            if report.sealed >= 3 and report.unsealed == 0:
                break
            await asyncio.sleep(0.05)
    # The admin's creation, sign-in and the facility's creation: all chained.
    assert (report.sealed, report.unsealed, report.problems) == (3, 0, [])
