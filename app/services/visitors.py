"""Use cases on visitors: register, read, search and change them, record their vetting,
ban them. The register is national, so that a ban holds in every prison; a family
visitor's link to an inmate shows only to staff who may see that inmate."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_staff, facility_condition, sees_visitor_identity, visible_inmate
from app.errors import DuplicateValue, NotFound, ValidationFailed
from app.models.base import utcnow
from app.models.inmate import Inmate
from app.models.visit import DialogueLeader, DialogueSession, Visit, Visitor, VisitVisitor
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.problem import FieldError
from app.schemas.visit import (
    VettingDecision,
    VettingStatus,
    VisitorBan,
    VisitorCreate,
    VisitorKind,
    VisitorPublic,
    VisitorRestricted,
    VisitorUpdate,
)
from app.services.audit import record_event, record_list_read
from app.services.facilities import active_facility
from app.services.inmates import fold
from app.services.records import apply_changes, check_version, create_record, get_for_update
from app.services.visit_rules import is_banned, vetting_status
from app.services.visit_upkeep import recheck


def _search_text(family_name: str, given_names: str) -> str:
    return fold(f"{family_name} {given_names}")


def _invalid(field: str, message: str, kind: str) -> ValidationFailed:
    return ValidationFailed(
        "Invalid visitor.", errors=[FieldError(field=f"body.{field}", message=message, type=kind)]
    )


async def _registering_facility(
    session: AsyncSession, actor: Actor, facility_id: uuid.UUID | None
) -> uuid.UUID | None:
    """The prison registering the visitor: the one named, which must be the caller's, or
    the caller's only one; national staff may name none."""
    if facility_id is None:
        if actor.facilities is None:
            return None
        if len(actor.facilities) != 1:
            raise _invalid("facility_id", "required: you work in several prisons", "missing")
        (facility_id,) = actor.facilities
    if not actor.may_see_facility(facility_id):
        raise _invalid("facility_id", "not one of your facilities", "forbidden")
    await active_facility(session, facility_id, "facility_id")
    return facility_id


async def _ensure_document_free(
    session: AsyncSession,
    document_type: str | None,
    number: str | None,
    exclude_id: uuid.UUID | None = None,
) -> None:
    """One visitor per identity document, so that a ban cannot be dodged by registering
    the person again."""
    if document_type is None or number is None:
        return
    statement = select(Visitor.id).where(
        Visitor.id_document_type == document_type, Visitor.id_document_number == number
    )
    if exclude_id is not None:
        statement = statement.where(Visitor.id != exclude_id)
    existing = (await session.exec(statement)).first()
    if existing is not None:
        raise DuplicateValue(
            "A visitor with this identity document is already registered.",
            errors=[
                FieldError(
                    field="body.id_document_number", message="already in use", type="duplicate"
                )
            ],
            extra={"visitor_id": str(existing)},
        )


async def create_visitor(
    session: AsyncSession, actor: Actor, data: VisitorCreate, default_id: uuid.UUID | None = None
) -> tuple[Visitor, bool]:
    """Register a visitor in one of the caller's prisons; a family member's inmate must be
    held in one of them (a break-the-glass grant reads, it does not write)."""
    ensure_staff(actor, "visitor")
    facility_id = await _registering_facility(session, actor, data.facility_id)
    if data.inmate_id is not None:
        try:
            await visible_inmate(session, actor, data.inmate_id, for_update=True)
        except NotFound:
            raise _invalid("inmate_id", "unknown", "unknown") from None
    record_id = data.id or default_id
    if record_id is None or await session.get(Visitor, record_id) is None:
        await _ensure_document_free(session, data.id_document_type, data.id_document_number)
    values = data.model_dump(exclude={"id"}, mode="json")
    values |= {
        "facility_id": facility_id,
        "inmate_id": data.inmate_id,
        "search_text": _search_text(data.family_name, data.given_names),
        "vetting_status": (
            VettingStatus.pending.value
            if data.kind is VisitorKind.religious_leader
            else VettingStatus.not_required.value
        ),
    }
    try:
        return await create_record(
            session, actor, Visitor, data, default_id=default_id, values=values
        )
    except IntegrityError:
        # Lost a race with another registration of the same document.
        await _ensure_document_free(session, data.id_document_type, data.id_document_number)
        raise


async def get_visitor(
    session: AsyncSession, actor: Actor, visitor_id: uuid.UUID, *, audit: bool = True
) -> Visitor:
    ensure_staff(actor, "visitor")
    visitor = await session.get(Visitor, visitor_id)
    if visitor is None:
        raise NotFound("No visitor with this id.")
    if audit:
        record_event(session, actor, "visitor.read", "visitor", visitor.id)
        await session.commit()
    return visitor


async def list_visitors(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    q: str | None = None,
    kind: VisitorKind | None = None,
    inmate_id: uuid.UUID | None = None,
    vetting: VettingStatus | None = None,
) -> tuple[Sequence[Visitor], str | None]:
    """Visitors, oldest first; ``q`` matches names without regard to case or accents;
    ``vetting`` is the status as of today (``expired`` finds lapsed approvals)."""
    ensure_staff(actor, "visitor")
    statement = select(Visitor)
    if q:
        for word in fold(q).split():
            statement = statement.where(col(Visitor.search_text).contains(word, autoescape=True))
    if kind is not None:
        statement = statement.where(Visitor.kind == kind.value)
    if inmate_id is not None:
        await visible_inmate(session, actor, inmate_id)
        statement = statement.where(Visitor.inmate_id == inmate_id)
    if vetting is not None:
        today = utcnow().date()
        lapsed = col(Visitor.vetting_expires_on) < today
        if vetting is VettingStatus.expired:
            statement = statement.where(
                (col(Visitor.vetting_status) == VettingStatus.expired.value)
                | ((col(Visitor.vetting_status) == VettingStatus.approved.value) & lapsed)
            )
        elif vetting is VettingStatus.approved:
            statement = statement.where(
                col(Visitor.vetting_status) == vetting.value,
                col(Visitor.vetting_expires_on).is_(None) | ~lapsed,
            )
        else:
            statement = statement.where(col(Visitor.vetting_status) == vetting.value)
    rows, next_cursor = await keyset_page(session, statement, Visitor, page, kind="visitor")
    await record_list_read(session, actor, "visitor", [row.id for row in rows])
    return rows, next_cursor


def visitor_view(
    actor: Actor, visitor: Visitor, *, show_inmate: bool, show_identity: bool
) -> VisitorRestricted:
    """The visitor as the caller may see them: identity documents and contact only when
    ``show_identity``; the family link (inmate and relationship) only when
    ``show_inmate``."""
    today = utcnow().date()
    shape = VisitorPublic if show_identity and sees_visitor_identity(actor) else VisitorRestricted
    values = visitor.model_dump()
    values |= {
        "vetting_status": vetting_status(visitor, today),
        "banned": is_banned(visitor, today),
        "inmate_id": visitor.inmate_id if show_inmate else None,
        "relationship": visitor.relationship if show_inmate else None,
    }
    return shape.model_validate(values)


async def visitor_views(
    session: AsyncSession, actor: Actor, visitors: Sequence[Visitor]
) -> list[VisitorRestricted]:
    """Visitors as the caller may see them. The register is national, but a visitor's
    identity documents and contact show only to visits staff of a prison the visitor is
    linked to — registered there, related to someone held there, on a visit or in a
    dialogue session there — or to national staff; the family link only to those who may
    see the inmate."""
    related = {visitor.inmate_id for visitor in visitors if visitor.inmate_id is not None}
    held_in: dict[uuid.UUID, uuid.UUID] = {}
    if related:
        rows = (
            await session.exec(
                select(Inmate.id, Inmate.facility_id).where(col(Inmate.id).in_(related))
            )
        ).all()
        held_in = dict(rows)
    linked = await _linked_here(session, actor, [visitor.id for visitor in visitors])
    views = []
    for visitor in visitors:
        related_here = visitor.inmate_id in held_in and actor.may_see_facility(
            held_in[visitor.inmate_id]
        )
        registered_here = visitor.facility_id is not None and actor.may_see_facility(
            visitor.facility_id
        )
        views.append(
            visitor_view(
                actor,
                visitor,
                show_inmate=related_here,
                show_identity=actor.facilities is None
                or related_here
                or registered_here
                or visitor.id in linked,
            )
        )
    return views


async def _linked_here(
    session: AsyncSession, actor: Actor, visitor_ids: Sequence[uuid.UUID]
) -> set[uuid.UUID]:
    """Of these visitors, those on a visit or in a dialogue session in the caller's
    facilities."""
    if actor.facilities is None or not visitor_ids:
        return set()
    visiting = (
        select(VisitVisitor.visitor_id)
        .join(Visit, col(Visit.id) == VisitVisitor.visit_id)
        .where(
            col(VisitVisitor.visitor_id).in_(visitor_ids),
            facility_condition(actor, col(Visit.facility_id)),
        )
    )
    leading = (
        select(DialogueLeader.visitor_id)
        .join(DialogueSession, col(DialogueSession.id) == DialogueLeader.session_id)
        .where(
            col(DialogueLeader.visitor_id).in_(visitor_ids),
            facility_condition(actor, col(DialogueSession.facility_id)),
        )
    )
    found = set((await session.exec(visiting)).all())
    found |= set((await session.exec(leading)).all())
    return found


async def update_visitor(
    session: AsyncSession,
    actor: Actor,
    visitor_id: uuid.UUID,
    changes: VisitorUpdate,
    expected_version: int,
) -> Visitor:
    ensure_staff(actor, "visitor")
    visitor = await get_for_update(session, Visitor, visitor_id)
    check_version(visitor, expected_version)
    values = changes.model_dump(exclude_unset=True, mode="json")
    if "relationship" in values and visitor.kind != VisitorKind.family.value:
        raise _invalid("relationship", "only for family visitors", "kind")
    document = (
        values.get("id_document_type", visitor.id_document_type),
        values.get("id_document_number", visitor.id_document_number),
    )
    if (document[0] is None) != (document[1] is None):
        raise _invalid(
            "id_document_number",
            "id_document_type and id_document_number go together",
            "value_error",
        )
    await _ensure_document_free(session, *document, exclude_id=visitor.id)
    if "family_name" in values or "given_names" in values:
        values["search_text"] = _search_text(
            values.get("family_name", visitor.family_name),
            values.get("given_names", visitor.given_names),
        )
    changed = apply_changes(visitor, values)
    if changed:
        record_event(session, actor, "visitor.update", "visitor", visitor.id, {"fields": changed})
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        await _ensure_document_free(session, *document, exclude_id=visitor_id)
        raise
    return visitor


async def record_vetting(
    session: AsyncSession,
    actor: Actor,
    visitor_id: uuid.UUID,
    decision: VettingDecision,
    expected_version: int | None,
) -> Visitor:
    """Record the vetting body's answer; a religious leader cannot be `not_required`. The
    visits and sessions not yet begun that no longer pass are withdrawn."""
    ensure_staff(actor, "visitor")
    visitor = await get_for_update(session, Visitor, visitor_id)
    if expected_version is not None:
        check_version(visitor, expected_version)
    if (
        decision.status == VettingStatus.not_required.value
        and visitor.kind == VisitorKind.religious_leader.value
    ):
        raise _invalid("status", "a religious leader is always vetted", "value_error")
    apply_changes(
        visitor,
        {
            "vetting_status": decision.status.value,
            "vetting_body": decision.vetting_body,
            "vetted_on": decision.vetted_on,
            "vetting_expires_on": decision.expires_on,
            "vetting_reference": decision.reference,
        },
    )
    record_event(
        session,
        actor,
        "visitor.vetting",
        "visitor",
        visitor.id,
        {
            "status": decision.status.value,
            **({"expires_on": str(decision.expires_on)} if decision.expires_on else {}),
        },
    )
    await session.flush()
    await recheck(session, actor, visitor_id=visitor.id)
    await session.commit()
    return visitor


async def ban(
    session: AsyncSession,
    actor: Actor,
    visitor_id: uuid.UUID,
    data: VisitorBan | None,
    expected_version: int | None,
) -> Visitor:
    """Ban the visitor over a period (``data``), or lift the ban (None). The visits and
    sessions not yet begun that the ban reaches are withdrawn."""
    ensure_staff(actor, "visitor")
    visitor = await get_for_update(session, Visitor, visitor_id)
    if expected_version is not None:
        check_version(visitor, expected_version)
    changes: dict[str, object]
    if data is None:
        changes = {"banned_from": None, "banned_until": None, "ban_reason": None, "banned_by": None}
    else:
        changes = {
            "banned_from": data.banned_from,
            "banned_until": data.banned_until,
            "ban_reason": data.reason,
            "banned_by": actor.principal,
        }
    if apply_changes(visitor, changes):
        record_event(
            session,
            actor,
            "visitor.ban" if data else "visitor.lift_ban",
            "visitor",
            visitor.id,
            (
                {
                    "reason": data.reason,
                    "banned_from": str(data.banned_from),
                    "banned_until": str(data.banned_until) if data.banned_until else None,
                }
                if data
                else {}
            ),
        )
        await session.flush()
        await recheck(session, actor, visitor_id=visitor.id)
    await session.commit()
    return visitor
