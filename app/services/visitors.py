"""Use cases on visitors: register, read, search and change them, record their vetting,
ban them. The register is national, so that a ban holds in every prison; a family
visitor's link to an inmate shows only to staff who may see that inmate."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import ensure_staff, sees_visitor_identity, visible_inmate
from app.errors import NotFound, ValidationFailed
from app.models.inmate import Inmate
from app.models.visit import Visitor
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
from app.services.inmates import fold
from app.services.records import apply_changes, check_version, create_record, get_for_update
from app.services.visit_rules import is_banned, vetting_status


def _search_text(family_name: str, given_names: str) -> str:
    return fold(f"{family_name} {given_names}")


async def create_visitor(
    session: AsyncSession, actor: Actor, data: VisitorCreate, default_id: uuid.UUID | None = None
) -> tuple[Visitor, bool]:
    """Register a visitor; a family member's inmate must be one the caller may see."""
    ensure_staff(actor, "visitor")
    if data.inmate_id is not None:
        try:
            await visible_inmate(session, actor, data.inmate_id)
        except NotFound:
            raise ValidationFailed(
                "Unknown inmate.",
                errors=[FieldError(field="body.inmate_id", message="unknown", type="unknown")],
            ) from None
    values = data.model_dump(exclude={"id"}, mode="json")
    values |= {
        "inmate_id": data.inmate_id,
        "search_text": _search_text(data.family_name, data.given_names),
        "vetting_status": (
            VettingStatus.pending.value
            if data.kind is VisitorKind.religious_leader
            else VettingStatus.not_required.value
        ),
    }
    return await create_record(session, actor, Visitor, data, default_id=default_id, values=values)


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
        today = date.today()
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


def visitor_view(actor: Actor, visitor: Visitor, *, show_inmate: bool) -> VisitorRestricted:
    """The visitor as the caller may see them: identity documents and contact for visits
    staff only; the family link only when ``show_inmate`` (the caller may see the inmate)."""
    today = date.today()
    shape = VisitorPublic if sees_visitor_identity(actor) else VisitorRestricted
    values = visitor.model_dump()
    values |= {
        "vetting_status": vetting_status(visitor, today),
        "banned": is_banned(visitor, today),
        "inmate_id": visitor.inmate_id if show_inmate else None,
    }
    return shape.model_validate(values)


async def visitor_views(
    session: AsyncSession, actor: Actor, visitors: Sequence[Visitor]
) -> list[VisitorRestricted]:
    """Visitors as the caller may see them, the related inmates' facilities read at once."""
    related = {visitor.inmate_id for visitor in visitors if visitor.inmate_id is not None}
    facilities: dict[uuid.UUID, uuid.UUID] = {}
    if related:
        rows = (
            await session.exec(
                select(Inmate.id, Inmate.facility_id).where(col(Inmate.id).in_(related))
            )
        ).all()
        facilities = dict(rows)
    return [
        visitor_view(
            actor,
            visitor,
            show_inmate=visitor.inmate_id in facilities
            and actor.may_see_facility(facilities[visitor.inmate_id]),
        )
        for visitor in visitors
    ]


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
        raise ValidationFailed(
            "Invalid visitor.",
            errors=[
                FieldError(
                    field="body.relationship", message="only for family visitors", type="kind"
                )
            ],
        )
    document = (
        values.get("id_document_type", visitor.id_document_type),
        values.get("id_document_number", visitor.id_document_number),
    )
    if (document[0] is None) != (document[1] is None):
        raise ValidationFailed(
            "Invalid visitor.",
            errors=[
                FieldError(
                    field="body.id_document_number",
                    message="id_document_type and id_document_number go together",
                    type="value_error",
                )
            ],
        )
    if "family_name" in values or "given_names" in values:
        values["search_text"] = _search_text(
            values.get("family_name", visitor.family_name),
            values.get("given_names", visitor.given_names),
        )
    changed = apply_changes(visitor, values)
    if changed:
        record_event(session, actor, "visitor.update", "visitor", visitor.id, {"fields": changed})
    await session.commit()
    return visitor


async def record_vetting(
    session: AsyncSession,
    actor: Actor,
    visitor_id: uuid.UUID,
    decision: VettingDecision,
    expected_version: int | None,
) -> Visitor:
    """Record the vetting body's answer; a religious leader cannot be `not_required`."""
    ensure_staff(actor, "visitor")
    visitor = await get_for_update(session, Visitor, visitor_id)
    if expected_version is not None:
        check_version(visitor, expected_version)
    if (
        decision.status == VettingStatus.not_required.value
        and visitor.kind == VisitorKind.religious_leader.value
    ):
        raise ValidationFailed(
            "Invalid vetting.",
            errors=[
                FieldError(
                    field="body.status",
                    message="a religious leader is always vetted",
                    type="value_error",
                )
            ],
        )
    apply_changes(
        visitor,
        {
            "vetting_status": decision.status,
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
            "status": decision.status,
            **({"expires_on": str(decision.expires_on)} if decision.expires_on else {}),
        },
    )
    await session.commit()
    return visitor


async def ban(
    session: AsyncSession,
    actor: Actor,
    visitor_id: uuid.UUID,
    data: VisitorBan | None,
    expected_version: int | None,
) -> Visitor:
    """Ban the visitor over a period (``data``), or lift the ban (None)."""
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
    await session.commit()
    return visitor
