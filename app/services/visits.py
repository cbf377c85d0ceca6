"""Use cases on visits: request, approve or deny, cancel, log; and the list of inmates
who have had no contact for a while.

A request and an approval run with the inmate's row locked, so that two requests for
overlapping slots cannot both pass the overlap rule.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Date, Uuid, case, literal, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_staff, facility_condition, visible_inmate, visit_condition
from app.errors import IdConflict, NotFound, ValidationFailed
from app.models.base import utcnow
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.models.visit import Visit, Visitor, VisitVisitor
from app.pagination import PageRequest, decode_cursor, encode_cursor, keyset_page
from app.principal import Actor
from app.schemas.problem import FieldError
from app.schemas.visit import (
    VisitCreate,
    VisitLog,
    VisitorSummary,
    VisitOutcome,
    VisitPublic,
    VisitStatus,
    VisitType,
    WithoutContact,
)
from app.services.audit import record_event, record_list_read
from app.services.records import check_version
from app.services.visit_rules import (
    IN_CUSTODY,
    VisitState,
    check_held,
    check_no_overlap,
    check_restriction,
    check_visitors,
    load_visitors,
    note_contact,
    visitors_of,
)
from app.services.visit_upkeep import OPEN, move_visit, visit_event

V = VisitStatus
# How far ahead of the server's clock a logged visit may start (clock drift of tablets).
CLOCK_SKEW = timedelta(minutes=5)
# How far from its approved slot a visit may have started (a late arrival, a long search).
LOG_WINDOW = timedelta(hours=12)


async def _same_request(session: AsyncSession, visit: Visit, data: VisitCreate) -> bool:
    visitors = {visitor.id for visitor in (await visitors_of(session, [visit.id]))[visit.id]}
    return (
        visit.inmate_id == data.inmate_id
        and visit.type == data.type.value
        and visit.starts_at == data.starts_at
        and visit.ends_at == data.ends_at
        and visit.purpose == data.purpose
        and visitors == set(data.visitor_ids)
    )


async def _replayed(
    session: AsyncSession, actor: Actor, record_id: uuid.UUID, data: VisitCreate
) -> Visit | None:
    """A create naming an existing id: the same request is a replay, anything else a conflict."""
    existing = await session.get(Visit, record_id)
    if existing is None:
        return None
    if not actor.may_see_facility(existing.facility_id) or not await _same_request(
        session, existing, data
    ):
        raise IdConflict(f"A visit with id {record_id} exists with other content.")
    return existing


async def _check_visit(
    session: AsyncSession,
    inmate: Inmate,
    facility: Facility,
    visitors: Sequence[Visitor],
    visit_type: str,
    starts_at: datetime,
    ends_at: datetime,
    visit_id: uuid.UUID | None = None,
) -> None:
    """Every rule of a visit, in the order a person at the gate would apply them."""
    check_held(inmate, facility.id, starts_at.date())
    check_visitors(visitors, visit_type, starts_at, ends_at, inmate.id)
    check_restriction(facility, inmate, visit_type)
    await check_no_overlap(session, [inmate.id], starts_at, ends_at, visit_id=visit_id)


async def request_visit(
    session: AsyncSession, actor: Actor, data: VisitCreate, default_id: uuid.UUID | None = None
) -> tuple[Visit, bool]:
    """Ask for a visit to an inmate held in one of the caller's facilities; answer
    (visit, created). Refused with a 409 naming the rule when a rule says no."""
    ensure_staff(actor, "visit")
    record_id = data.id or default_id or uuid.uuid4()
    if (existing := await _replayed(session, actor, record_id, data)) is not None:
        return existing, False
    inmate = await visible_inmate(session, actor, data.inmate_id, for_update=True)
    # A retry that waited on the inmate's lock finds the first request's visit.
    if (existing := await _replayed(session, actor, record_id, data)) is not None:
        await session.commit()
        return existing, False
    facility = await session.get(Facility, inmate.facility_id)
    assert facility is not None  # noqa: S101 (a foreign key)
    visitors = await load_visitors(session, data.visitor_ids, "visitor_ids")
    await _check_visit(
        session,
        inmate,
        facility,
        visitors,
        data.type.value,
        data.starts_at,
        data.ends_at,
        record_id,
    )
    visit = Visit(
        id=record_id,
        inmate_id=inmate.id,
        facility_id=facility.id,
        type=data.type.value,
        status=V.requested.value,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        purpose=data.purpose,
        requested_by=actor.principal,
    )
    session.add(visit)
    record_event(
        session,
        actor,
        "visit.create",
        "visit",
        visit.id,
        {"inmate_id": str(inmate.id), "type": visit.type},
    )
    try:
        await session.flush()
        session.add_all(
            VisitVisitor(visit_id=visit.id, visitor_id=visitor.id) for visitor in visitors
        )
        await session.commit()
    except IntegrityError:
        # Lost a race with a retry of the same create.
        await session.rollback()
        if (existing := await _replayed(session, actor, record_id, data)) is not None:
            return existing, False
        raise
    return visit, True


async def get_visit(
    session: AsyncSession,
    actor: Actor,
    visit_id: uuid.UUID,
    *,
    audit: bool = True,
    for_update: bool = False,
) -> Visit:
    ensure_staff(actor, "visit")
    statement = select(Visit).where(Visit.id == visit_id, visit_condition(actor))
    if for_update:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    visit = (await session.exec(statement)).first()
    if visit is None:
        raise NotFound("No visit with this id.")
    if audit:
        record_event(
            session, actor, "visit.read", "visit", visit.id, {"inmate_id": str(visit.inmate_id)}
        )
        await session.commit()
    return visit


async def list_visits(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    inmate_id: uuid.UUID | None = None,
    facility_id: uuid.UUID | None = None,
    status: VisitStatus | None = None,
    visit_type: VisitType | None = None,
    starts_from: date | None = None,
    starts_before: date | None = None,
) -> tuple[Sequence[Visit], str | None]:
    ensure_staff(actor, "visit")
    statement = select(Visit).where(visit_condition(actor))
    if inmate_id is not None:
        statement = statement.where(Visit.inmate_id == inmate_id)
    if facility_id is not None:
        statement = statement.where(Visit.facility_id == facility_id)
    if status is not None:
        statement = statement.where(Visit.status == status.value)
    if visit_type is not None:
        statement = statement.where(Visit.type == visit_type.value)
    if starts_from is not None:
        statement = statement.where(col(Visit.starts_at) >= _midnight(starts_from))
    if starts_before is not None:
        statement = statement.where(col(Visit.starts_at) < _midnight(starts_before))
    rows, next_cursor = await keyset_page(session, statement, Visit, page, kind="visit")
    await record_list_read(
        session,
        actor,
        "visit",
        [row.id for row in rows],
        {"inmate_ids": sorted({str(row.inmate_id) for row in rows})},
    )
    return rows, next_cursor


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


async def visit_views(session: AsyncSession, visits: Sequence[Visit]) -> list[VisitPublic]:
    """The visits with their visitors, read in one query."""
    visitors = await visitors_of(session, [visit.id for visit in visits])
    return [
        VisitPublic.model_validate(
            {
                **visit.model_dump(),
                "visitors": [
                    VisitorSummary.model_validate(visitor, from_attributes=True)
                    for visitor in visitors[visit.id]
                ],
            }
        )
        for visit in visits
    ]


async def _locked(
    session: AsyncSession, actor: Actor, visit_id: uuid.UUID, expected_version: int | None
) -> tuple[Visit, Inmate]:
    """The visit and its inmate, both locked (inmate first, as a request locks it)."""
    visit = await get_visit(session, actor, visit_id, audit=False)
    inmate = (
        await session.exec(
            select(Inmate)
            .where(Inmate.id == visit.inmate_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).one()
    visit = await get_visit(session, actor, visit_id, audit=False, for_update=True)
    if expected_version is not None:
        check_version(visit, expected_version)
    return visit, inmate


def _require(visit: Visit, allowed: frozenset[str], action: str) -> None:
    if visit.status not in allowed:
        raise VisitState(
            f"A {visit.status} visit cannot be {action}.",
            extra={"current_status": visit.status},
        )


async def approve(
    session: AsyncSession,
    actor: Actor,
    visit_id: uuid.UUID,
    reason: str | None,
    expected_version: int | None,
) -> Visit:
    """Approve a requested visit, every rule checked again as it stands now (a ban, a
    lapsed vetting or a new classification since the request refuses it)."""
    visit, inmate = await _locked(session, actor, visit_id, expected_version)
    _require(visit, frozenset({V.requested.value}), "approved")
    facility = await session.get(Facility, visit.facility_id)
    assert facility is not None  # noqa: S101 (a foreign key)
    visitors = (await visitors_of(session, [visit.id]))[visit.id]
    await _check_visit(
        session, inmate, facility, visitors, visit.type, visit.starts_at, visit.ends_at, visit.id
    )
    _decide(visit, actor, V.approved, reason)
    visit_event(session, actor, visit, "approve")
    await session.commit()
    return visit


def _decide(visit: Visit, actor: Actor, status: VisitStatus, reason: str | None) -> None:
    move_visit(visit, status)
    visit.decided_by = actor.principal
    visit.decided_at = utcnow()
    visit.reason = reason


async def deny(
    session: AsyncSession,
    actor: Actor,
    visit_id: uuid.UUID,
    reason: str,
    expected_version: int | None,
) -> Visit:
    visit, _ = await _locked(session, actor, visit_id, expected_version)
    _require(visit, frozenset({V.requested.value}), "denied")
    _decide(visit, actor, V.denied, reason)
    visit_event(session, actor, visit, "deny")
    await session.commit()
    return visit


async def cancel(
    session: AsyncSession,
    actor: Actor,
    visit_id: uuid.UUID,
    reason: str,
    expected_version: int | None,
) -> Visit:
    visit, _ = await _locked(session, actor, visit_id, expected_version)
    _require(visit, OPEN, "cancelled")
    move_visit(visit, V.cancelled)
    visit.reason = reason
    visit_event(session, actor, visit, "cancel")
    await session.commit()
    return visit


async def log_visit(
    session: AsyncSession,
    actor: Actor,
    visit_id: uuid.UUID,
    data: VisitLog,
    expected_version: int | None,
) -> Visit:
    """Record what happened to an approved visit, once its slot has begun; one that took
    place (within 12 hours of its slot) becomes the inmate's last visit."""
    visit, inmate = await _locked(session, actor, visit_id, expected_version)
    _require(visit, frozenset({V.approved.value}), "logged")
    now = utcnow()
    if visit.starts_at > now + CLOCK_SKEW:
        raise VisitState("The visit's slot has not begun.", extra={"current_status": visit.status})
    if data.started_at is not None:
        if data.started_at > now + CLOCK_SKEW:
            raise _log_error("in the future")
        if abs(data.started_at - visit.starts_at) > LOG_WINDOW:
            raise _log_error("more than 12 hours from the approved slot")
    if data.ended_at is not None and data.ended_at > now + CLOCK_SKEW:
        raise _log_error("in the future", "ended_at")
    move_visit(visit, V.occurred if data.outcome is VisitOutcome.occurred else V.no_show)
    visit.started_at = data.started_at
    visit.ended_at = data.ended_at
    visit.log_notes = data.notes
    visit.logged_by = actor.principal
    if data.started_at is not None:
        await note_contact(session, [inmate], data.started_at.date())
    visit_event(session, actor, visit, "log")
    await session.commit()
    return visit


def _log_error(message: str, field: str = "started_at") -> ValidationFailed:
    return ValidationFailed(
        "Invalid log.",
        errors=[FieldError(field=f"body.{field}", message=message, type="date")],
    )


# Contact monitoring


def _last_contact() -> ColumnElement[date]:
    """The day contact was last had: the last visit in this custody, or the admission."""
    last = col(Inmate.last_visit_on)
    return case(
        (last.is_not(None) & (last > col(Inmate.admission_date)), last),
        else_=col(Inmate.admission_date),
    )


async def without_contact(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    days: int,
    facility_id: uuid.UUID | None = None,
) -> tuple[list[WithoutContact], str | None]:
    """Inmates held in the caller's facilities who have had no visit and no dialogue
    session for more than ``days`` days (counted from admission for those never visited
    in this custody), the longest without first."""
    ensure_staff(actor, "inmate")
    if facility_id is not None and not actor.may_see_facility(facility_id):
        raise NotFound("No facility with this id.")
    today = utcnow().date()
    since = _last_contact()
    statement = select(Inmate, since.label("since")).where(
        col(Inmate.legal_status).in_(IN_CUSTODY),
        facility_condition(actor, col(Inmate.facility_id)),
        since < today - timedelta(days=days),
    )
    if facility_id is not None:
        statement = statement.where(Inmate.facility_id == facility_id)
    if page.cursor is not None:
        after, after_id = decode_cursor("without_contact", page.cursor)
        statement = statement.where(
            tuple_(since, col(Inmate.id))
            > tuple_(literal(after.date(), Date()), literal(after_id, Uuid()))
        )
    rows = (
        await session.exec(statement.order_by(since, col(Inmate.id)).limit(page.limit + 1))
    ).all()
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        inmate, last = rows[-1]
        next_cursor = encode_cursor("without_contact", _midnight(_as_date(last)), inmate.id)
    items = [
        WithoutContact(
            inmate_id=inmate.id,
            facility_id=inmate.facility_id,
            prison_number=inmate.prison_number,
            family_name=inmate.family_name,
            given_names=inmate.given_names,
            admission_date=inmate.admission_date,
            last_visit_on=inmate.last_visit_on,
            days_without_contact=(today - _as_date(last)).days,
        )
        for inmate, last in rows
    ]
    await record_list_read(
        session,
        actor,
        "inmate",
        [item.inmate_id for item in items],
        {"part": "without_contact", "days": days},
    )
    return items, next_cursor


def _as_date(value: object) -> date:
    """A date from the database (SQLite answers a CASE over dates as text)."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
