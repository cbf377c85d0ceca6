"""Stored first responses for retry-safe creates (the ``Idempotency-Key`` header)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.dialects import postgresql, sqlite
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


# How long a key is kept, unless the settings say otherwise (idempotency_ttl_hours).
DEFAULT_TTL = timedelta(hours=24)
# How long a retry waits for the first request with its key to finish, polling.
PENDING_WAIT_SECONDS = 5.0
PENDING_POLL_SECONDS = 0.05


async def claim_key(
    session: AsyncSession, claim: IdempotencyClaim, ttl: timedelta
) -> StoredResponse | None:
    """Replay the stored response of this key, or claim the key for this request.

    Claiming writes a pending row at once inside the request's transaction, so a concurrent
    request with the same key waits on it and then replays what was stored; the row commits
    together with the create. A key first used for another request is refused.
    A key whose first request committed and never stored its answer is taken over.
    """
    deadline = asyncio.get_running_loop().time() + PENDING_WAIT_SECONDS
    while True:
        now = utcnow()
        if await _claim_new_key(session, claim, now, ttl):
            return None
        stored = await session.get(
            IdempotencyRecord, (claim.principal, claim.key), populate_existing=True
        )
        if stored is None:
            # Deleted (expired) between the two statements: claim it again.
            continue
        if stored.expires_at > now:
            if (stored.method, stored.path, stored.fingerprint) != (
                claim.method,
                claim.path,
                claim.fingerprint,
            ):
                raise IdempotencyKeyReused(
                    "This Idempotency-Key was first used with a different request; use a new key."
                )
            if stored.status_code:
                return StoredResponse(stored.status_code, stored.body, dict(stored.headers))
            # Committed but not completed: the first request is between its two commits, for
            # a moment; or it never made its second (the database or the worker went away in
            # between), and a retry finishes its work: the id derived from the key lands the
            # create on the record the first request made, and its answer is stored. One
            # retry takes it over, holding the row until it commits; the others wait for it.
            abandoned = stored.created_at < now - timedelta(seconds=PENDING_WAIT_SECONDS)
            if abandoned and await _update_claim(
                session, claim, now, ttl, pending_since=stored.created_at
            ):
                return None
            await session.rollback()
            if asyncio.get_running_loop().time() > deadline:
                return None
            await asyncio.sleep(PENDING_POLL_SECONDS)
            continue
        # An expired key starts a new life, unless another request revived it (or the purge
        # deleted it) first: then look again.
        if await _update_claim(session, claim, now, ttl, expired_by=now):
            return None


async def _update_claim(
    session: AsyncSession,
    claim: IdempotencyClaim,
    now: datetime,
    ttl: timedelta,
    *,
    expired_by: datetime | None = None,
    pending_since: datetime | None = None,
) -> bool:
    """Claim an existing row for this request: one that expired by ``expired_by``, or one
    left pending since ``pending_since``. The condition is checked again under the row's
    lock, so that of two requests doing this at once only one succeeds."""
    record = IdempotencyRecord
    statement = update(record).where(
        col(record.principal) == claim.principal, col(record.key) == claim.key
    )
    if expired_by is not None:
        statement = statement.where(col(record.expires_at) <= expired_by)
    if pending_since is not None:
        statement = statement.where(
            col(record.status_code) == 0, col(record.created_at) == pending_since
        )
    statement = statement.values(
        method=claim.method,
        path=claim.path,
        fingerprint=claim.fingerprint,
        status_code=0,
        body="",
        headers={},
        created_at=now,
        expires_at=now + ttl,
    ).returning(col(record.key))
    connection = await session.connection()
    return (await connection.execute(statement)).first() is not None


async def _claim_new_key(
    session: AsyncSession, claim: IdempotencyClaim, now: datetime, ttl: timedelta
) -> bool:
    """Write the pending row of a key never seen, in one statement; False when the key has
    a row already. A concurrent request claiming the same key makes this statement wait
    for it to commit (then False) or roll back (then True)."""
    connection = await session.connection()
    statement = _insert_claim(connection.dialect.name, claim, now, ttl).returning(
        col(IdempotencyRecord.key)
    )
    return (await connection.execute(statement)).first() is not None


def _insert_claim(
    dialect: str, claim: IdempotencyClaim, now: datetime, ttl: timedelta
) -> postgresql.Insert | sqlite.Insert:
    """The pending row of a key, written unless the key has one (the two dialects this
    service runs on spell it alike)."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return (
        insert(IdempotencyRecord)
        .values(
            principal=claim.principal,
            key=claim.key,
            method=claim.method,
            path=claim.path,
            fingerprint=claim.fingerprint,
            status_code=0,
            body="",
            headers={},
            created_at=now,
            expires_at=now + ttl,
        )
        .on_conflict_do_nothing(index_elements=["principal", "key"])
    )


async def complete_key(
    session: AsyncSession,
    claim: IdempotencyClaim,
    response: StoredResponse,
    ttl: timedelta = DEFAULT_TTL,
) -> None:
    """Store the response of the request that claimed the key. Should its claim be gone (a
    create that met a duplicate id rolled back, and the claim with it), it is written anew,
    answered."""
    connection = await session.connection()
    stored = await connection.execute(
        update(IdempotencyRecord)
        .where(
            col(IdempotencyRecord.principal) == claim.principal,
            col(IdempotencyRecord.key) == claim.key,
        )
        .values(status_code=response.status_code, body=response.body, headers=response.headers)
        .returning(col(IdempotencyRecord.key))
    )
    if stored.first() is None:
        await connection.execute(
            _insert_claim(connection.dialect.name, claim, utcnow(), ttl).values(
                status_code=response.status_code, body=response.body, headers=response.headers
            )
        )
    await session.commit()


async def purge_expired(session: AsyncSession) -> int:
    result = await session.exec(
        delete(IdempotencyRecord).where(col(IdempotencyRecord.expires_at) <= utcnow())
    )
    await session.commit()
    return int(result.rowcount or 0)
