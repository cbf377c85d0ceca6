"""Idempotency keys: claimed once, replayed after, refused for other requests, purged."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.db import create_engine, create_session_factory
from app.errors import IdempotencyKeyReused
from app.models.base import utcnow
from app.models.idempotency import IdempotencyRecord
from app.services.idempotency import (
    IdempotencyClaim,
    StoredResponse,
    claim_key,
    complete_key,
    fingerprint,
    purge_expired,
)
from tests.conftest import make_settings

HOUR = timedelta(hours=1)


def _claim(key: str, body: bytes = b"{}") -> IdempotencyClaim:
    return IdempotencyClaim("tester", key, "POST", "/x", fingerprint("POST", "/x", body))


async def test_claim_then_replay(session: AsyncSession) -> None:
    assert await claim_key(session, _claim("k"), HOUR) is None
    await complete_key(session, _claim("k"), StoredResponse(201, "first", {"ETag": '"1"'}))
    replay = await claim_key(session, _claim("k"), HOUR)
    assert replay == StoredResponse(201, "first", {"ETag": '"1"'})
    with pytest.raises(IdempotencyKeyReused):
        await claim_key(session, _claim("k", b'{"other": 1}'), HOUR)


async def test_purge_drops_only_expired_records(session: AsyncSession) -> None:
    await claim_key(session, _claim("old"), timedelta(seconds=-1))
    await complete_key(session, _claim("old"), StoredResponse(201, "{}", {}))
    await claim_key(session, _claim("live"), HOUR)
    await complete_key(session, _claim("live"), StoredResponse(201, "{}", {}))
    assert await purge_expired(session) == 1
    assert (await session.exec(select(IdempotencyRecord.key))).all() == ["live"]


async def test_an_expired_key_starts_a_new_life(session: AsyncSession) -> None:
    await claim_key(session, _claim("k"), timedelta(seconds=-1))
    await complete_key(session, _claim("k"), StoredResponse(201, "first", {}))
    assert await claim_key(session, _claim("k", b'{"new": true}'), HOUR) is None
    await complete_key(session, _claim("k", b'{"new": true}'), StoredResponse(201, "second", {}))
    replay = await claim_key(session, _claim("k", b'{"new": true}'), HOUR)
    assert replay is not None
    assert replay.body == "second"


def test_fingerprint_ignores_json_layout() -> None:
    assert fingerprint("POST", "/x", b'{"a": 1, "b": 2}') == fingerprint(
        "POST", "/x", b'{"b":2,"a":1}'
    )
    assert fingerprint("POST", "/x", b'{"a": 1}') != fingerprint("POST", "/y", b'{"a": 1}')


async def test_an_answer_whose_claim_was_lost_is_stored_anew(session: AsyncSession) -> None:
    """A create that met a duplicate id rolled back its claim with it: completing the key
    writes it again, answered, and the next retry replays it."""
    await complete_key(session, _claim("lost"), StoredResponse(200, "found", {}))
    replay = await claim_key(session, _claim("lost"), HOUR)
    assert replay is not None
    assert (replay.status_code, replay.body) == (200, "found")


@pytest.fixture
async def sessions(fresh_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a database of their own, each on its own connection, committing."""
    engine = create_engine(make_settings(fresh_url))
    yield create_session_factory(engine)
    await engine.dispose()


async def _write_row(
    sessions: async_sessionmaker[AsyncSession], key: str, **values: object
) -> None:
    now = utcnow()
    async with sessions() as session:
        session.add(
            IdempotencyRecord(
                principal="tester",
                key=key,
                method="POST",
                path="/x",
                fingerprint=_claim(key).fingerprint,
                **{  # type: ignore[arg-type]
                    "status_code": 0,
                    "body": "",
                    "created_at": now,
                    "expires_at": now + HOUR,
                    **values,
                },
            )
        )
        await session.commit()


async def test_an_expired_key_is_revived_by_one_request_only(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """Two requests find the same expired key: the first revives it for its own body; the
    second, with another body, waits for it and is refused, never claiming it too."""
    await _write_row(sessions, "old", expires_at=utcnow() - HOUR, status_code=201, body="{}")
    async with sessions() as first, sessions() as second:
        assert await claim_key(first, _claim("old", b'{"a": 1}'), HOUR) is None
        other = asyncio.create_task(claim_key(second, _claim("old", b'{"b": 2}'), HOUR))
        await asyncio.sleep(0.3)  # the second waits on the first's row (or write lock)
        await complete_key(first, _claim("old", b'{"a": 1}'), StoredResponse(201, "a", {}))
        with pytest.raises(IdempotencyKeyReused):
            await other


async def test_an_abandoned_key_is_taken_over_by_one_retry_only(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """A key left pending (its request committed and never stored its answer): the first
    retry takes it over; another one, at the same time, waits and replays its answer."""
    await _write_row(sessions, "left", created_at=utcnow() - timedelta(seconds=60))
    async with sessions() as first, sessions() as second:
        assert await claim_key(first, _claim("left"), HOUR) is None
        other = asyncio.create_task(claim_key(second, _claim("left"), HOUR))
        await asyncio.sleep(0.3)
        await complete_key(first, _claim("left"), StoredResponse(200, "taken over", {}))
        replay = await other
        assert replay is not None
        assert (replay.status_code, replay.body) == (200, "taken over")
