"""The rules every visit and dialogue session follows, in one place: who may visit
(kind, ban, vetting), whom (held here, not restricted by their classification) and when
(no two visits of one inmate at once). Each refusal is a 409 problem naming its rule."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict, ValidationFailed
from app.models.base import utcnow
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.models.visit import DialogueInmate, DialogueSession, Visit, Visitor, VisitVisitor
from app.schemas.inmate import LegalStatus
from app.schemas.problem import FieldError
from app.schemas.visit import (
    DialogueStatus,
    RestrictionLevel,
    VettingStatus,
    VisitorKind,
    VisitStatus,
    VisitType,
)

IN_CUSTODY = frozenset({LegalStatus.pre_trial.value, LegalStatus.convicted.value})
# Visits that hold their slot, and sessions that hold theirs.
HOLDS_SLOT = frozenset(
    {VisitStatus.requested.value, VisitStatus.approved.value, VisitStatus.occurred.value}
)
SESSION_HOLDS_SLOT = frozenset({DialogueStatus.planned.value, DialogueStatus.held.value})
# Who may come on each type of visit; dialogue sessions take community and religious leaders.
K = VisitorKind
VISITOR_KINDS: dict[str, frozenset[str]] = {
    VisitType.family.value: frozenset({K.family.value}),
    VisitType.legal.value: frozenset({K.lawyer.value}),
    VisitType.religious.value: frozenset({K.religious_leader.value}),
    VisitType.ngo.value: frozenset({K.ngo.value, K.community_leader.value, K.other.value}),
    VisitType.consular.value: frozenset({K.consular.value}),
}
DIALOGUE = "dialogue"
VISITOR_KINDS[DIALOGUE] = frozenset({K.community_leader.value, K.religious_leader.value})


class VisitorBanned(Conflict):
    code = "visitor_banned"


class VisitorNotVetted(Conflict):
    code = "visitor_not_vetted"


class VisitorKindRefused(Conflict):
    code = "visitor_kind"


class VisitorNotFamily(Conflict):
    code = "visitor_not_family"


class VisitRestricted(Conflict):
    code = "visit_restricted"


class VisitOverlap(Conflict):
    code = "visit_overlap"


class InmateNotHeld(Conflict):
    code = "inmate_not_held"


class VisitState(Conflict):
    code = "visit_state"


def vetting_status(visitor: Visitor, on: date) -> VettingStatus:
    """The visitor's vetting as it stands on a day: an approval lapses after its expiry."""
    status = VettingStatus(visitor.vetting_status)
    if (
        status is VettingStatus.approved
        and visitor.vetting_expires_on is not None
        and visitor.vetting_expires_on < on
    ):
        return VettingStatus.expired
    return status


def is_banned(visitor: Visitor, on: date) -> bool:
    if visitor.banned_from is None or visitor.banned_from > on:
        return False
    return visitor.banned_until is None or on <= visitor.banned_until


def needs_vetting(visitor: Visitor, activity: str) -> bool:
    """Religious leaders and religious visits always need an approved vetting; so does
    anyone whose vetting was started."""
    return (
        visitor.kind == K.religious_leader.value
        or activity == VisitType.religious.value
        or visitor.vetting_status != VettingStatus.not_required.value
    )


def _who(visitor: Visitor) -> dict[str, Any]:
    return {"visitor_id": str(visitor.id), "kind": visitor.kind}


def slot_days(starts_at: datetime, ends_at: datetime) -> list[date]:
    """The UTC days a slot touches (one, or two for a slot over midnight)."""
    first, last = starts_at.astimezone(UTC).date(), ends_at.astimezone(UTC).date()
    return [first] if first == last else [first, last]


def check_visitors(
    visitors: Iterable[Visitor],
    activity: str,
    starts_at: datetime,
    ends_at: datetime,
    inmate_id: uuid.UUID | None = None,
) -> None:
    """Each visitor may come to this kind of visit during the slot: the right kind (on a
    family visit, family of this inmate), not banned, vetted where vetting is needed."""
    allowed = VISITOR_KINDS[activity]
    days = slot_days(starts_at, ends_at)
    for visitor in visitors:
        if visitor.kind not in allowed:
            raise VisitorKindRefused(
                f"A {visitor.kind} visitor does not come on a {activity} visit "
                f"(allowed: {', '.join(sorted(allowed))}).",
                extra={"rule": "visitor_kind", **_who(visitor)},
            )
        if (
            activity == VisitType.family.value
            and inmate_id is not None
            and visitor.inmate_id != inmate_id
        ):
            raise VisitorNotFamily(
                "The visitor is not registered as family of this inmate.",
                extra={"rule": "family_link", **_who(visitor)},
            )
        for day in days:
            if is_banned(visitor, day):
                raise VisitorBanned(
                    f"The visitor is banned from visiting on {day}: {visitor.ban_reason}.",
                    extra={
                        "rule": "visitor_banned",
                        **_who(visitor),
                        "banned_from": str(visitor.banned_from),
                        "banned_until": str(visitor.banned_until) if visitor.banned_until else None,
                    },
                )
            status = vetting_status(visitor, day)
            if needs_vetting(visitor, activity) and status is not VettingStatus.approved:
                raise VisitorNotVetted(
                    f"The visitor needs an approved vetting on {day}; it is {status}.",
                    extra={"rule": "visitor_vetting", **_who(visitor), "vetting_status": status},
                )


def check_held(inmate: Inmate, facility_id: uuid.UUID, day: date) -> None:
    """The inmate is held in the facility, and was already on ``day``."""
    if (
        inmate.legal_status not in IN_CUSTODY
        or inmate.facility_id != facility_id
        or day < inmate.admission_date
    ):
        raise InmateNotHeld(
            f"The inmate is not held in this facility on {day}.",
            extra={"rule": "inmate_held", "inmate_id": str(inmate.id)},
        )


def check_restriction(facility: Facility, inmate: Inmate, activity: str) -> None:
    """The facility may refuse an activity to inmates of a security level; never a legal
    visit."""
    if activity == VisitType.legal.value:
        return
    level = inmate.security_level or RestrictionLevel.unclassified.value
    if activity in (facility.visit_restrictions or {}).get(level, ()):
        raise VisitRestricted(
            f"{facility.code} refuses {activity} visits to inmates at security level {level}.",
            extra={
                "rule": "security_level",
                "inmate_id": str(inmate.id),
                "security_level": level,
                "activity": activity,
            },
        )


async def check_no_overlap(
    session: AsyncSession,
    inmate_ids: Sequence[uuid.UUID],
    starts_at: datetime,
    ends_at: datetime,
    *,
    visit_id: uuid.UUID | None = None,
    dialogue_id: uuid.UUID | None = None,
) -> None:
    """No inmate has another visit or dialogue session during the slot (slots touching at
    an end do not overlap); ``visit_id`` / ``dialogue_id`` is the one being checked."""
    visits = select(Visit.id, Visit.inmate_id).where(
        col(Visit.inmate_id).in_(inmate_ids),
        col(Visit.status).in_(HOLDS_SLOT),
        col(Visit.starts_at) < ends_at,
        col(Visit.ends_at) > starts_at,
    )
    if visit_id is not None:
        visits = visits.where(col(Visit.id) != visit_id)
    visit = (await session.exec(visits)).first()
    if visit is not None:
        raise _overlap("visit", visit[0], visit[1])
    sessions = (
        select(DialogueSession.id, DialogueInmate.inmate_id)
        .join(DialogueInmate, col(DialogueInmate.session_id) == DialogueSession.id)
        .where(
            col(DialogueInmate.inmate_id).in_(inmate_ids),
            col(DialogueSession.status).in_(SESSION_HOLDS_SLOT),
            col(DialogueSession.starts_at) < ends_at,
            col(DialogueSession.ends_at) > starts_at,
        )
    )
    if dialogue_id is not None:
        sessions = sessions.where(col(DialogueSession.id) != dialogue_id)
    dialogue = (await session.exec(sessions)).first()
    if dialogue is not None:
        raise _overlap("dialogue_session", dialogue[0], dialogue[1])


def _overlap(kind: str, record_id: uuid.UUID, inmate_id: uuid.UUID) -> VisitOverlap:
    what = "visit" if kind == "visit" else "dialogue session"
    return VisitOverlap(
        f"The inmate already has a {what} during this slot.",
        extra={
            "rule": "overlap",
            "inmate_id": str(inmate_id),
            "conflicting_type": kind,
            "conflicting_id": str(record_id),
        },
    )


async def load_visitors(
    session: AsyncSession, visitor_ids: Sequence[uuid.UUID], field: str
) -> list[Visitor]:
    """The visitors named, in the order given (422 on ``field`` for an unknown id)."""
    rows = (await session.exec(select(Visitor).where(col(Visitor.id).in_(visitor_ids)))).all()
    by_id = {row.id: row for row in rows}
    missing = [str(visitor_id) for visitor_id in visitor_ids if visitor_id not in by_id]
    if missing:
        raise ValidationFailed(
            "Unknown visitor.",
            errors=[
                FieldError(
                    field=f"body.{field}", message=f"unknown visitor {missing[0]}", type="unknown"
                )
            ],
        )
    return [by_id[visitor_id] for visitor_id in visitor_ids]


async def visitors_of(
    session: AsyncSession, visit_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Visitor]]:
    """The visitors of each visit, read in one query, by name."""
    found: dict[uuid.UUID, list[Visitor]] = {visit_id: [] for visit_id in visit_ids}
    if visit_ids:
        rows = (
            await session.exec(
                select(VisitVisitor.visit_id, Visitor)
                .join(Visitor, col(Visitor.id) == VisitVisitor.visitor_id)
                .where(col(VisitVisitor.visit_id).in_(visit_ids))
                .order_by(col(Visitor.family_name), col(Visitor.id))
            )
        ).all()
        for visit_id, visitor in rows:
            found[visit_id].append(visitor)
    return found


async def note_contact(session: AsyncSession, inmates: Iterable[Inmate], day: date) -> None:
    """The inmates had a visit or a dialogue session on ``day``: their last visit moves to
    it unless a later one is recorded."""
    for inmate in inmates:
        if inmate.last_visit_on is None or inmate.last_visit_on < day:
            inmate.last_visit_on = day
            inmate.version += 1
            inmate.updated_at = utcnow()
