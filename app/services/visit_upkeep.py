"""Open visits and planned dialogue sessions follow the rules as the facts change.

A departure, a new classification or keep-apart constraint, a ban, a vetting decision or a
facility's new restrictions can make an arranged visit or session break a rule. Whatever
has not yet begun is checked again in the transaction that records the change: a visit
that no longer passes is cancelled, with the rule's problem code as its reason; a person
who no longer passes leaves the session (which is cancelled if no inmate is left). What
has begun is left alone, to be logged as it happened.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict
from app.models.base import utcnow
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.models.visit import (
    DialogueInmate,
    DialogueLeader,
    DialogueSession,
    Visit,
    Visitor,
    VisitVisitor,
)
from app.principal import Actor
from app.schemas.visit import DialogueStatus, VisitStatus
from app.services.audit import record_event
from app.services.keep_apart import keep_apart_conflicts
from app.services.visit_rules import (
    DIALOGUE,
    check_held,
    check_restriction,
    check_visitors,
    visitors_of,
)

V = VisitStatus
OPEN = frozenset({V.requested.value, V.approved.value})
LEFT_CUSTODY = "left_custody"
NO_INMATE_LEFT = "no_inmate_left"


def move_visit(visit: Visit, status: VisitStatus) -> None:
    visit.status = status.value
    visit.version += 1
    visit.updated_at = utcnow()


def visit_event(session: AsyncSession, actor: Actor, visit: Visit, action: str) -> None:
    record_event(
        session,
        actor,
        f"visit.{action}",
        "visit",
        visit.id,
        {
            "inmate_id": str(visit.inmate_id),
            "status": visit.status,
            **({"reason": visit.reason} if visit.reason else {}),
        },
    )


def _refusal(check: Callable[..., None], *args: object) -> str | None:
    """The problem code of the rule ``check`` finds broken, or None."""
    try:
        check(*args)
    except Conflict as refused:
        return refused.code
    return None


async def recheck(
    session: AsyncSession,
    actor: Actor,
    *,
    inmate: Inmate | None = None,
    visitor_id: uuid.UUID | None = None,
    facility: Facility | None = None,
    departed: bool = False,
) -> None:
    """Check again the visits and sessions not yet begun of an inmate (who ``departed``
    or was reclassified), of a visitor (banned or vetted) or of a facility (whose
    restrictions changed); withdraw what no longer passes. Flush the change first."""
    now = utcnow()
    visits = select(Visit).where(col(Visit.status).in_(OPEN), col(Visit.starts_at) > now)
    sessions = select(DialogueSession).where(
        DialogueSession.status == DialogueStatus.planned.value,
        col(DialogueSession.starts_at) > now,
    )
    if inmate is not None:
        visits = visits.where(Visit.inmate_id == inmate.id)
        sessions = sessions.where(
            col(DialogueSession.id).in_(
                select(DialogueInmate.session_id).where(DialogueInmate.inmate_id == inmate.id)
            )
        )
    if visitor_id is not None:
        visits = visits.where(
            col(Visit.id).in_(
                select(VisitVisitor.visit_id).where(VisitVisitor.visitor_id == visitor_id)
            )
        )
        sessions = sessions.where(
            col(DialogueSession.id).in_(
                select(DialogueLeader.session_id).where(DialogueLeader.visitor_id == visitor_id)
            )
        )
    if facility is not None:
        visits = visits.where(Visit.facility_id == facility.id)
        sessions = sessions.where(DialogueSession.facility_id == facility.id)
    open_visits = (await session.exec(visits.order_by(col(Visit.id)).with_for_update())).all()
    visitors = await visitors_of(session, [visit.id for visit in open_visits])
    for visit in open_visits:
        reason = (
            LEFT_CUSTODY if departed else await _visit_refusal(session, visit, visitors[visit.id])
        )
        if reason is not None:
            move_visit(visit, V.cancelled)
            visit.reason = reason
            visit_event(session, actor, visit, "cancel")
    for dialogue in (
        await session.exec(sessions.order_by(col(DialogueSession.id)).with_for_update())
    ).all():
        await _recheck_session(session, actor, dialogue, inmate if departed else None, inmate)


async def _visit_refusal(
    session: AsyncSession, visit: Visit, visitors: Sequence[Visitor]
) -> str | None:
    """The code of the first rule the visit now breaks (inmate and facility are read
    from the session's identity map after the first visit)."""
    inmate = await session.get(Inmate, visit.inmate_id)
    facility = await session.get(Facility, visit.facility_id)
    assert inmate is not None  # noqa: S101 (a foreign key)
    assert facility is not None  # noqa: S101 (a foreign key)
    return (
        _refusal(check_held, inmate, facility.id, visit.starts_at.date())
        or _refusal(check_visitors, visitors, visit.type, visit.starts_at, visit.ends_at, inmate.id)
        or _refusal(check_restriction, facility, inmate, visit.type)
    )


async def _recheck_session(
    session: AsyncSession,
    actor: Actor,
    dialogue: DialogueSession,
    departed: Inmate | None,
    reclassified: Inmate | None,
) -> None:
    facility = await session.get(Facility, dialogue.facility_id)
    assert facility is not None  # noqa: S101 (a foreign key)
    inmates: Sequence[Inmate] = (
        await session.exec(
            select(Inmate)
            .join(DialogueInmate, col(DialogueInmate.inmate_id) == Inmate.id)
            .where(DialogueInmate.session_id == dialogue.id)
        )
    ).all()
    leaders = (
        await session.exec(
            select(Visitor)
            .join(DialogueLeader, col(DialogueLeader.visitor_id) == Visitor.id)
            .where(DialogueLeader.session_id == dialogue.id)
        )
    ).all()
    changed = False
    for member in inmates:
        if departed is not None and member.id == departed.id:
            reason: str | None = LEFT_CUSTODY
        else:
            reason = _refusal(
                check_held, member, facility.id, dialogue.starts_at.date()
            ) or _refusal(check_restriction, facility, member, DIALOGUE)
        if reason is None and reclassified is not None and member.id == reclassified.id:
            others = [other.id for other in inmates if other.id != member.id]
            if await keep_apart_conflicts(session, member.id, others):
                reason = "keep_apart"
        if reason is not None:
            await session.exec(
                delete(DialogueInmate).where(
                    col(DialogueInmate.session_id) == dialogue.id,
                    col(DialogueInmate.inmate_id) == member.id,
                )
            )
            _session_event(session, actor, dialogue, "remove_inmate", member.id, reason)
            changed = True
    for leader in leaders:
        reason = _refusal(check_visitors, [leader], DIALOGUE, dialogue.starts_at, dialogue.ends_at)
        if reason is not None:
            await session.exec(
                delete(DialogueLeader).where(
                    col(DialogueLeader.session_id) == dialogue.id,
                    col(DialogueLeader.visitor_id) == leader.id,
                )
            )
            _session_event(session, actor, dialogue, "remove_leader", leader.id, reason)
            changed = True
    if not changed:
        return
    dialogue.version += 1
    dialogue.updated_at = utcnow()
    left = (
        await session.exec(
            select(DialogueInmate.id).where(DialogueInmate.session_id == dialogue.id)
        )
    ).first()
    if left is None:
        dialogue.status = DialogueStatus.cancelled.value
        dialogue.reason = NO_INMATE_LEFT
        record_event(
            session,
            actor,
            "dialogue_session.cancel",
            "dialogue_session",
            dialogue.id,
            {"reason": NO_INMATE_LEFT},
        )


def _session_event(
    session: AsyncSession,
    actor: Actor,
    dialogue: DialogueSession,
    action: str,
    person_id: uuid.UUID,
    reason: str,
) -> None:
    key = "inmate_id" if action == "remove_inmate" else "visitor_id"
    record_event(
        session,
        actor,
        f"dialogue_session.{action}",
        "dialogue_session",
        dialogue.id,
        {key: str(person_id), "reason": reason},
    )
