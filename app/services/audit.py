"""The audit log: record events inside a use case's transaction; seal and verify the chain.

Recording never waits on other writers: an event takes its id from a database sequence in
the writer's own transaction. Sealing is a separate step (a background task of the service
and ``passerelle audit seal``) that gives committed events their place in a hash chain, one
sealer at a time. ``docs/audit.md`` describes the window between the two.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row, String, bindparam, cast, func, insert
from sqlalchemy import select as core_select
from sqlalchemy.sql import Select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.bulk import insert_rows
from app.models.audit import AuditChainHead, AuditEvent
from app.models.base import utcnow
from app.principal import Actor

GENESIS_HASH = "0" * 64
SEAL_BATCH = 1000


def event_values(
    actor: Actor,
    action: str,
    record_type: str,
    record_id: object | None = None,
    detail: Mapping[str, Any] | None = None,
    occurred_at: datetime | None = None,
) -> dict[str, Any]:
    """The columns of one audit event. A partner's events name the data-sharing agreement
    its access rests on."""
    content = dict(detail or {})
    if actor.agreement_id is not None:
        content["agreement_id"] = str(actor.agreement_id)
    return {
        "occurred_at": occurred_at or utcnow(),
        "actor": actor.principal,
        "client": actor.client,
        "client_address": actor.client_address,
        "action": action,
        "record_type": record_type,
        "record_id": None if record_id is None else str(record_id),
        "request_id": actor.request_id,
        "detail": content,
    }


def record_event(
    session: AsyncSession,
    actor: Actor,
    action: str,
    record_type: str,
    record_id: object | None = None,
    detail: Mapping[str, Any] | None = None,
) -> None:
    """Add an audit event to the session; it commits (or rolls back) with the use case."""
    session.add(AuditEvent(**event_values(actor, action, record_type, record_id, detail)))


async def read_audited(
    session: AsyncSession,
    actor: Actor,
    statement: Select[Any],
    params: Mapping[str, Any],
    action: str,
    record_type: str,
) -> Row[Any] | None:
    """The row ``statement`` selects with ``params`` (one record, with its ``id`` column),
    and the audit event of its reading, committed together; None, and nothing recorded,
    when no row is selected. ``statement`` is built once and reused (its values bound by
    ``params``), so that it is compiled once.

    On PostgreSQL the read and its audit event are one statement (the insert a
    data-modifying WITH over the select): one round trip, no ORM unit of work. SQLite has no
    such statement; there they are two, in the same transaction."""
    connection = await session.connection()
    if connection.dialect.name != "postgresql":
        row: Row[Any] | None = (await connection.execute(statement, params)).first()
        if row is not None:
            record_event(session, actor, action, record_type, row.id)
            await session.commit()
        return row
    event = event_values(actor, action, record_type)
    del event["record_id"]  # the row's
    audited = {**params, **{f"audit_{name}": value for name, value in event.items()}}
    read: Row[Any] | None = (
        await connection.execute(_with_audit_event(statement, tuple(event)), audited)
    ).first()
    await session.commit()
    return read


@functools.lru_cache(maxsize=64)
def _with_audit_event(statement: Select[Any], names: tuple[str, ...]) -> Select[Any]:
    """``statement`` and the insert of its audit event, as one statement: the event's
    columns ``names`` take the parameters ``audit_<name>``, its record id the row's id.
    Callers pass statements built once (a new one each request would only fill this)."""
    found = statement.cte("found")
    table = AuditEvent.__table__  # type: ignore[attr-defined]
    event = core_select(
        *(bindparam(f"audit_{name}", type_=table.c[name].type) for name in names),
        cast(found.c.id, String),
    )
    audit = insert(table).from_select([*names, "record_id"], event).cte("audit")
    return core_select(found).add_cte(audit)


async def record_list_read(
    session: AsyncSession,
    actor: Actor,
    record_type: str,
    ids: Iterable[object],
    detail: Mapping[str, Any] | None = None,
) -> None:
    """Put on record that the caller read a list of people's records (nothing if empty)."""
    if note_list_read(session, actor, record_type, ids, detail):
        await session.commit()


def note_list_read(
    session: AsyncSession,
    actor: Actor,
    record_type: str,
    ids: Iterable[object],
    detail: Mapping[str, Any] | None = None,
) -> bool:
    """The event of ``record_list_read`` added to the session's transaction, for a use case
    that records several reads and commits once; False when there was nothing to record."""
    listed = [str(record_id) for record_id in ids]
    if not listed:
        return False
    record_event(
        session, actor, f"{record_type}.list", record_type, None, {**(detail or {}), "ids": listed}
    )
    return True


async def record_events(session: AsyncSession, events: Sequence[Mapping[str, Any]]) -> None:
    """Insert many events (``event_values``) in one statement, inside the use case's
    transaction: a batch of thousands of changes is logged without a row-by-row flush."""
    await insert_rows(session, AuditEvent, events)


async def audit_partner_request(session: AsyncSession, actor: Actor) -> None:
    """Every request of a partner is on record with the agreement that allows it."""
    record_event(session, actor, "partner.request", "data_sharing_agreement", actor.agreement_id)
    await session.commit()


def event_hash(event: AuditEvent, prev_hash: str) -> str:
    content = {
        "id": event.id,
        "chain_position": event.chain_position,
        "occurred_at": event.occurred_at.isoformat(),
        "actor": event.actor,
        "client": event.client,
        "client_address": event.client_address,
        "action": event.action,
        "record_type": event.record_type,
        "record_id": event.record_id,
        "request_id": event.request_id,
        "detail": event.detail,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


async def seal_pending(session: AsyncSession, batch: int = SEAL_BATCH) -> int:
    """Chain committed, unsealed events in id order; return how many were sealed."""
    sealed = 0
    while True:
        head = (
            await session.exec(
                select(AuditChainHead)
                .where(AuditChainHead.id == 1)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        ).one()
        pending = (
            await session.exec(
                select(AuditEvent)
                .where(col(AuditEvent.chain_position).is_(None))
                .order_by(col(AuditEvent.id))
                .limit(batch)
            )
        ).all()
        if not pending:
            await session.commit()
            return sealed
        now = utcnow()
        position, prev_hash = head.position, head.last_hash
        for event in pending:
            position += 1
            event.chain_position = position
            event.prev_hash = prev_hash
            event.hash = event_hash(event, prev_hash)
            event.sealed_at = now
            prev_hash = event.hash
        head.position, head.last_hash = position, prev_hash
        head.last_event_id = pending[-1].id or 0
        await session.commit()
        sealed += len(pending)


@dataclass
class VerifyReport:
    sealed: int = 0
    unsealed: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


async def verify_chain(session: AsyncSession, batch: int = SEAL_BATCH) -> VerifyReport:
    """Walk the chain from its start; report the first break (altered, removed or reordered)."""
    report = VerifyReport()
    await _walk_chain(session, report, batch)
    report.unsealed = (
        await session.exec(
            select(func.count()).select_from(AuditEvent).where(col(AuditEvent.hash).is_(None))
        )
    ).one()
    return report


async def _walk_chain(session: AsyncSession, report: VerifyReport, batch: int) -> None:
    expected_position, prev_hash = 1, GENESIS_HASH
    while True:
        events = (
            await session.exec(
                select(AuditEvent)
                .where(col(AuditEvent.chain_position) >= expected_position)
                .order_by(col(AuditEvent.chain_position))
                .limit(batch)
            )
        ).all()
        for event in events:
            if event.chain_position != expected_position:
                report.problems.append(
                    f"chain position {expected_position} is missing: the event before "
                    f"audit event {event.id} (position {event.chain_position}) was removed"
                )
                return
            if event.prev_hash != prev_hash or event_hash(event, prev_hash) != event.hash:
                report.problems.append(
                    f"audit event {event.id} (position {event.chain_position}) was altered"
                )
                return
            prev_hash = event.hash
            expected_position += 1
            report.sealed += 1
        if len(events) < batch:
            break
    head = (await session.exec(select(AuditChainHead).where(AuditChainHead.id == 1))).one()
    if head.position != report.sealed or head.last_hash != prev_hash:
        report.problems.append(
            f"the chain ends at position {report.sealed} but its head records position "
            f"{head.position}: sealed events at the end were removed"
        )


async def list_events(
    session: AsyncSession,
    *,
    limit: int,
    after_id: int | None,
    actor: str | None,
    action: str | None,
    record_type: str | None,
    record_id: str | None,
) -> tuple[list[AuditEvent], int | None]:
    """Events in id order, filtered; answers the id to continue after, if there is more."""
    statement = select(AuditEvent)
    if after_id is not None:
        statement = statement.where(col(AuditEvent.id) > after_id)
    for column, value in (
        (AuditEvent.actor, actor),
        (AuditEvent.action, action),
        (AuditEvent.record_type, record_type),
        (AuditEvent.record_id, record_id),
    ):
        if value is not None:
            statement = statement.where(col(column) == value)
    rows = list((await session.exec(statement.order_by(col(AuditEvent.id)).limit(limit + 1))).all())
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, rows[-1].id
