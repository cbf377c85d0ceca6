"""The pool's own pre-ping (PostgreSQL): a pooled connection is tested before use only when
it has been idle longer than db_pool_pre_ping_idle_seconds, and a dead one is replaced."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from types import SimpleNamespace
from typing import Any

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from app.db import create_engine
from tests.conftest import make_settings
from tests.databases import _dsn

EngineFactory = Callable[..., AsyncEngine]


@pytest.fixture
async def pool_engine(backend: str, shared_url: str) -> AsyncIterator[EngineFactory]:
    """Engines of one connection (pool_size 1, no overflow), so that each use takes the same
    pooled connection again; disposed after the test."""
    if backend != "postgres":
        pytest.skip("the pre-ping is PostgreSQL's: SQLite has no pool to test")
    engines: list[AsyncEngine] = []

    def make(**overrides: Any) -> AsyncEngine:
        settings = make_settings(shared_url, db_pool_size=1, db_max_overflow=0, **overrides)
        engine = create_engine(settings)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        await engine.dispose()


async def _backend_pid(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        pid: int = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    return pid


async def _select_one(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        value: int = (await connection.execute(text("SELECT 1"))).scalar_one()
    return value


async def _kill(url: str, pid: int) -> None:
    """End a server process from another connection, and wait until it is gone."""
    killer = await asyncpg.connect(_dsn(url))
    try:
        assert await killer.fetchval("SELECT pg_terminate_backend($1)", pid) is True
        for _ in range(200):
            if not await killer.fetchval(
                "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1)", pid
            ):
                break
            await asyncio.sleep(0.01)
        else:
            pytest.fail(f"backend {pid} still alive after pg_terminate_backend")
    finally:
        await killer.close()


def _count_pings(monkeypatch: pytest.MonkeyPatch, engine: AsyncEngine) -> list[int]:
    """Count the dialect's pings on this engine (SQLAlchemy's own pre-ping would call it too)."""
    pings: list[int] = []
    ping = engine.dialect.do_ping

    def counting(dbapi_connection: Any) -> bool:
        pings.append(1)
        return ping(dbapi_connection)

    monkeypatch.setattr(engine.dialect, "do_ping", counting)
    return pings


class _Clock:
    """A monotonic clock for app.db that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


async def test_a_connection_killed_while_idle_is_replaced_unseen(
    pool_engine: EngineFactory, shared_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = pool_engine(db_pool_pre_ping_idle_seconds=0)
    pings = _count_pings(monkeypatch, engine)
    pid = await _backend_pid(engine)
    await _kill(shared_url, pid)
    assert await _select_one(engine) == 1
    assert len(pings) == 1  # the ping found it dead; the new connection was not pinged
    assert await _backend_pid(engine) != pid


async def test_a_connection_killed_within_the_idle_threshold_fails_one_statement(
    pool_engine: EngineFactory, shared_url: str
) -> None:
    """The trade-off: a connection back in the pool a moment ago is handed out untested; if
    it died meanwhile, the one statement that meets it fails as a disconnection (the
    request's 503), and the pool replaces it for the next."""
    engine = pool_engine(db_pool_pre_ping_idle_seconds=3600)
    pid = await _backend_pid(engine)
    await _kill(shared_url, pid)
    with pytest.raises(DBAPIError) as failure:
        await _select_one(engine)
    assert failure.value.connection_invalidated is True
    assert await _select_one(engine) == 1
    assert await _backend_pid(engine) != pid


async def test_only_a_connection_idle_past_the_threshold_is_pinged(
    pool_engine: EngineFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = _Clock()
    monkeypatch.setattr("app.db.time", SimpleNamespace(monotonic=clock.monotonic))
    engine = pool_engine(db_pool_pre_ping_idle_seconds=2.0)
    pings = _count_pings(monkeypatch, engine)
    pid = await _backend_pid(engine)  # a new connection: not pinged
    assert pings == []
    clock.now += 1.9
    assert await _backend_pid(engine) == pid  # the same connection, idle 1.9 s: not pinged
    assert pings == []
    clock.now += 2.1
    assert await _backend_pid(engine) == pid  # idle 2.1 s: pinged, alive, kept
    assert len(pings) == 1
    # Idle time counts from the last check-in, not from the first: used again at once, no ping.
    assert await _backend_pid(engine) == pid
    assert len(pings) == 1


async def test_idle_seconds_zero_pings_every_reuse(
    pool_engine: EngineFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = pool_engine(db_pool_pre_ping_idle_seconds=0)
    pings = _count_pings(monkeypatch, engine)
    for _ in range(3):
        await _select_one(engine)
    assert len(pings) == 2  # every checkout but the new connection's first


async def test_pre_ping_off_installs_no_listener(pool_engine: EngineFactory) -> None:
    pinging = pool_engine(db_pool_pre_ping=True).sync_engine.pool
    assert len(pinging.dispatch.checkout) == 1
    assert len(pinging.dispatch.checkin) == 1
    plain = pool_engine(db_pool_pre_ping=False).sync_engine.pool
    assert len(plain.dispatch.checkout) == 0
    assert len(plain.dispatch.checkin) == 0
