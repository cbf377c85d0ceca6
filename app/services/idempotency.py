"""Stored first responses for retry-safe creates (the ``Idempotency-Key`` header)."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import IdempotencyKeyReused
from app.models.base import utcnow
from app.models.idempotency import IdempotencyRecord

# Ids derived from a key are stable across retries, even when a crash lost the stored response.
KEY_NAMESPACE = uuid.UUID("6f1d9a3e-2b8c-4f5e-9a7d-3c2b1e0f4d5a")


@dataclass(frozen=True, slots=True)
class IdempotencyClaim:
    principal: str
    key: str
    method: str
    path: str
    fingerprint: str

    @property
    def derived_id(self) -> uuid.UUID:
        return uuid.uuid5(KEY_NAMESPACE, f"{self.principal}|{self.method}|{self.path}|{self.key}")


@dataclass(frozen=True, slots=True)
class StoredResponse:
    status_code: int
    body: str
    headers: dict[str, Any]


def fingerprint(method: str, path: str, body: bytes) -> str:
    """Hash of what the request asks, insensitive to JSON whitespace and key order."""
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":"))
    except (ValueError, UnicodeDecodeError):
        canonical = body.decode("latin-1")
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).hexdigest()


async def find_replay(session: AsyncSession, claim: IdempotencyClaim) -> StoredResponse | None:
    """The stored response for this key, or None; a key reused for another request is refused."""
    stored = await session.get(IdempotencyRecord, (claim.principal, claim.key))
    if stored is None:
        return None
    if stored.expires_at <= utcnow():
        await session.delete(stored)
        await session.commit()
        return None
    if (stored.method, stored.path, stored.fingerprint) != (
        claim.method,
        claim.path,
        claim.fingerprint,
    ):
        raise IdempotencyKeyReused(
            "This Idempotency-Key was first used with a different request; use a new key."
        )
    return StoredResponse(stored.status_code, stored.body, dict(stored.headers))


async def remember_response(
    session: AsyncSession,
    claim: IdempotencyClaim,
    response: StoredResponse,
    ttl: timedelta,
) -> None:
    """Store the first response; if a concurrent request stored one first, keep that one."""
    now = utcnow()
    session.add(
        IdempotencyRecord(
            principal=claim.principal,
            key=claim.key,
            method=claim.method,
            path=claim.path,
            fingerprint=claim.fingerprint,
            status_code=response.status_code,
            body=response.body,
            headers=response.headers,
            created_at=now,
            expires_at=now + ttl,
        )
    )
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()


async def purge_expired(session: AsyncSession) -> int:
    result = await session.exec(
        delete(IdempotencyRecord).where(col(IdempotencyRecord.expires_at) <= utcnow())
    )
    await session.commit()
    return int(result.rowcount or 0)
