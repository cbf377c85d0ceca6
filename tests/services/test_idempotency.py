"""Stored idempotent responses: expired ones are purged, live ones kept."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.idempotency import IdempotencyRecord
from app.services.idempotency import (
    IdempotencyClaim,
    StoredResponse,
    fingerprint,
    purge_expired,
    remember_response,
)


def _claim(key: str) -> IdempotencyClaim:
    return IdempotencyClaim("tester", key, "POST", "/x", fingerprint("POST", "/x", b"{}"))


async def test_purge_drops_only_expired_records(session: AsyncSession) -> None:
    response = StoredResponse(201, "{}", {})
    await remember_response(session, _claim("old"), response, ttl=timedelta(seconds=-1))
    await remember_response(session, _claim("live"), response, ttl=timedelta(hours=1))
    assert await purge_expired(session) == 1
    keys = (await session.exec(select(IdempotencyRecord.key))).all()
    assert keys == ["live"]


async def test_a_second_store_of_one_key_keeps_the_first(session: AsyncSession) -> None:
    await remember_response(
        session, _claim("k"), StoredResponse(201, "first", {}), timedelta(hours=1)
    )
    await remember_response(
        session, _claim("k"), StoredResponse(200, "second", {}), timedelta(hours=1)
    )
    stored = (await session.exec(select(IdempotencyRecord))).one()
    assert (stored.status_code, stored.body) == (201, "first")


def test_fingerprint_ignores_json_layout() -> None:
    assert fingerprint("POST", "/x", b'{"a": 1, "b": 2}') == fingerprint(
        "POST", "/x", b'{"b":2,"a":1}'
    )
    assert fingerprint("POST", "/x", b'{"a": 1}') != fingerprint("POST", "/y", b'{"a": 1}')
