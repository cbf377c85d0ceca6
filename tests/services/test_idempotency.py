"""Idempotency keys: claimed once, replayed after, refused for other requests, purged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import IdempotencyKeyReused
from app.models.idempotency import IdempotencyRecord
from app.services.idempotency import (
    IdempotencyClaim,
    StoredResponse,
    claim_key,
    complete_key,
    fingerprint,
    purge_expired,
)

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
