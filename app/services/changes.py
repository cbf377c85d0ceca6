"""The tablets' change feed: every change of a record the caller may see, in commit order,
with the record as it stands now (the change log is written by app/changelog.py)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_staff, facility_condition, inmate_view
from app.errors import Forbidden
from app.models.assessment import Assessment
from app.models.change import Change
from app.models.classification import Classification
from app.models.custody import IntakeStep, KeepApart
from app.models.inmate import Inmate
from app.models.instrument import InstrumentVersion
from app.pagination import ChangesRequest, decode_change_cursor, encode_change_cursor
from app.principal import Actor
from app.schemas.custody import IntakeStepRecord
from app.schemas.sync import ChangeEntry, ChangeOperation, SyncType
from app.security import Scope
from app.services import assessments, classifications
from app.services.audit import note_list_read

# The scope each kind of record is read with.
SCOPES: dict[SyncType, Scope] = {
    SyncType.inmates: Scope.inmates_read,
    SyncType.intake: Scope.inmates_read,
    SyncType.assessments: Scope.assessments_read,
    SyncType.classifications: Scope.classifications_read,
}
_FEED = "changes"
# What each kind's reads are recorded as in the audit log.
AUDITED_AS: dict[SyncType, str] = {
    SyncType.inmates: "inmate",
    SyncType.intake: "intake_step",
    SyncType.assessments: "assessment",
    SyncType.classifications: "classification",
}


@dataclass
class Feed:
    entries: list[ChangeEntry]
    cursor: str
    has_more: bool


def readable_types(actor: Actor, asked: Sequence[SyncType] | None) -> list[SyncType]:
    """The kinds asked for (all the caller may read when none): asking for one the
    caller's scopes do not open is refused."""
    allowed = [kind for kind in SyncType if SCOPES[kind] in actor.scopes]
    if not asked:
        return allowed
    refused = sorted({kind.value for kind in asked if kind not in allowed})
    if refused:
        raise Forbidden(f"Your access does not cover: {', '.join(refused)}.")
    return [kind for kind in SyncType if kind in asked]


async def changes_since(
    session: AsyncSession, actor: Actor, request: ChangesRequest, asked: Sequence[SyncType] | None
) -> Feed:
    """Changes after the cursor of the kinds asked for, in the caller's facilities, oldest
    first; the read of the people concerned is on record."""
    ensure_staff(actor, "change feed")
    kinds = readable_types(actor, asked)
    # A cursor holds for the kinds and facilities it was issued for: pulling more kinds,
    # or for other facilities, from it would skip their earlier changes.
    scope = _cursor_scope(actor, kinds)
    since = decode_change_cursor(_FEED, scope, request.since)
    rows = (
        await session.exec(
            select(Change)
            .where(
                col(Change.seq) > since,
                col(Change.record_type).in_([kind.value for kind in kinds]),
                facility_condition(actor, col(Change.facility_id)),
            )
            .order_by(col(Change.seq))
            .limit(request.limit + 1)
        )
    ).all()
    page = list(rows[: request.limit])
    records = await _records_now(session, actor, page)
    entries = [
        ChangeEntry(
            type=SyncType(change.record_type),
            id=change.record_id,
            inmate_id=change.inmate_id,
            operation=ChangeOperation.remove if change.removed else ChangeOperation.upsert,
            version=change.version,
            record=None if change.removed else records.get((change.record_type, change.record_id)),
        )
        for change in page
    ]
    last = (page[-1].seq or since) if page else since
    noted = [
        note_list_read(
            session,
            actor,
            AUDITED_AS[kind],
            sorted({str(entry.id) for entry in entries if entry.type is kind and entry.record}),
            {"feed": "sync.changes"},
        )
        for kind in kinds
    ]
    if any(noted):
        await session.commit()
    return Feed(entries, encode_change_cursor(_FEED, scope, last), len(rows) > request.limit)


def _cursor_scope(actor: Actor, kinds: Sequence[SyncType]) -> uuid.UUID:
    facilities = "all" if actor.facilities is None else ",".join(sorted(map(str, actor.facilities)))
    name = f"{','.join(kind.value for kind in kinds)}|{facilities}"
    return uuid.uuid5(uuid.NAMESPACE_URL, f"urn:passerelle:changes:{name}")


async def _records_now(
    session: AsyncSession, actor: Actor, page: Sequence[Change]
) -> dict[tuple[str, uuid.UUID], BaseModel]:
    """The records of the page's upserts as they stand, as the caller may see them: one
    query per kind. A record whose person has left the caller's facilities is left out."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for change in page:
        if not change.removed:
            wanted[change.record_type].add(change.record_id)
    people = {change.inmate_id for change in page}
    held = {
        inmate.id: inmate
        for inmate in (await session.exec(select(Inmate).where(col(Inmate.id).in_(people)))).all()
    }
    visible = {
        person for person, inmate in held.items() if actor.may_see_facility(inmate.facility_id)
    }
    found: dict[tuple[str, uuid.UUID], BaseModel] = {}
    for inmate_id in wanted.get(SyncType.inmates.value, set()) & visible:
        found[SyncType.inmates.value, inmate_id] = inmate_view(actor, held[inmate_id])
    if ids := wanted.get(SyncType.intake.value):
        for step in await _visible(session, IntakeStep, ids, visible):
            found[SyncType.intake.value, step.id] = IntakeStepRecord.model_validate(step)
    if ids := wanted.get(SyncType.assessments.value):
        rows = await _visible(session, Assessment, ids, visible)
        versions = {
            version.id: version
            for version in (
                await session.exec(
                    select(InstrumentVersion).where(
                        col(InstrumentVersion.id).in_({row.instrument_version_id for row in rows})
                    )
                )
            ).all()
        }
        for row in rows:
            found[SyncType.assessments.value, row.id] = assessments.public_view(
                row, versions[row.instrument_version_id]
            )
    if ids := wanted.get(SyncType.classifications.value):
        rows_c = await _visible(session, Classification, ids, visible)
        constraints: dict[uuid.UUID, list[KeepApart]] = defaultdict(list)
        for constraint in (
            await session.exec(
                select(KeepApart).where(col(KeepApart.source_id).in_({row.id for row in rows_c}))
            )
        ).all():
            if constraint.source_id is not None:
                constraints[constraint.source_id].append(constraint)
        for row in rows_c:
            found[SyncType.classifications.value, row.id] = classifications.public_view(
                row, constraints[row.id]
            )
    return found


async def _visible(
    session: AsyncSession, model: Any, ids: set[uuid.UUID], people: set[uuid.UUID]
) -> list[Any]:
    rows = (await session.exec(select(model).where(col(model.id).in_(ids)))).all()
    return [row for row in rows if row.inmate_id in people]
