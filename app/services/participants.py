"""Use cases on training participants: register, read, list and change them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import manages_participant, participant_condition
from app.errors import Forbidden, NotFound, ValidationFailed
from app.models.facility import Facility
from app.models.organisation import Organisation
from app.models.training import Participant
from app.models.user import User
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.problem import FieldError
from app.schemas.training import ParticipantCategory, ParticipantCreate, ParticipantUpdate
from app.services.audit import record_event, record_list_read
from app.services.records import create_record, ensure_unique, update_record


def owner_of_new(actor: Actor) -> uuid.UUID | None:
    """Who a new participant belongs to: the partner that registers it, or the
    administration (None) when staff do."""
    return actor.partner_organisation_id


# The administration's registrations queue on this transaction-level lock (PostgreSQL;
# SQLite writers are serialised anyway), as a partner's queue on its organisation's row.
_ADMINISTRATION_REGISTRATIONS = 0x50534C50  # "PSLP"


async def lock_registrations(session: AsyncSession, owner: uuid.UUID | None) -> None:
    """Hold, until commit, the right to register participants of ``owner``, so that two
    writers never register one external id twice."""
    if owner is not None:
        await session.exec(
            select(Organisation.id).where(Organisation.id == owner).with_for_update(key_share=True)
        )
    elif session.get_bind().dialect.name == "postgresql":
        await session.exec(select(func.pg_advisory_xact_lock(_ADMINISTRATION_REGISTRATIONS)))


async def _check_references(session: AsyncSession, actor: Actor, values: dict[str, Any]) -> None:
    errors = []
    if values.get("user_id") is not None:
        if actor.organisation_scoped:
            errors.append(
                FieldError(field="body.user_id", message="only staff link a user", type="forbidden")
            )
        elif await session.get(User, values["user_id"]) is None:
            errors.append(FieldError(field="body.user_id", message="unknown user", type="unknown"))
    facility_id = values.get("facility_id")
    if facility_id is not None and await session.get(Facility, facility_id) is None:
        errors.append(
            FieldError(field="body.facility_id", message="unknown facility", type="unknown")
        )
    if errors:
        raise ValidationFailed("Invalid participant.", errors=errors)


async def create_participant(
    session: AsyncSession,
    actor: Actor,
    data: ParticipantCreate,
    default_id: uuid.UUID | None = None,
) -> tuple[Participant, bool]:
    if actor.organisation_scoped and actor.organisation_id is None:
        raise Forbidden("A partner registers participants only as its organisation.")
    values = data.model_dump(exclude={"id"})
    await _check_references(session, actor, values)
    values["organisation_id"] = owner_of_new(actor)
    record_id = data.id or default_id
    replay = record_id is not None and await session.get(Participant, record_id) is not None
    if values["external_id"] is not None and not replay:
        await lock_registrations(session, values["organisation_id"])
        await ensure_external_id_free(session, values["organisation_id"], values["external_id"])
    try:
        participant, created = await create_record(
            session, actor, Participant, data, default_id=default_id, values=values
        )
    except IntegrityError:
        # A concurrent create took the external id first.
        if values["external_id"] is not None:
            await ensure_external_id_free(session, values["organisation_id"], values["external_id"])
        raise
    if not created:
        # A replay answers the record: a read.
        record_event(session, actor, "participant.read", "participant", participant.id)
        await session.commit()
    return participant, created


def owned_by(owner: uuid.UUID | None) -> ColumnElement[bool]:
    """Registered by ``owner`` (None: the administration)."""
    if owner is None:
        return col(Participant.organisation_id).is_(None)
    return col(Participant.organisation_id) == owner


async def ensure_external_id_free(
    session: AsyncSession,
    organisation_id: uuid.UUID | None,
    external_id: str | None,
    exclude_id: uuid.UUID | None = None,
) -> None:
    """An organisation's external ids name one participant each."""
    await ensure_unique(
        session,
        Participant,
        {"external_id": external_id},
        exclude_id,
        within=owned_by(organisation_id),
    )


async def get_participant(
    session: AsyncSession, actor: Actor, participant_id: uuid.UUID
) -> Participant:
    participant = (
        await session.exec(
            select(Participant).where(
                Participant.id == participant_id, participant_condition(actor)
            )
        )
    ).first()
    if participant is None:
        raise NotFound("No participant with this id.")
    return participant


async def read_participant(
    session: AsyncSession, actor: Actor, participant_id: uuid.UUID
) -> Participant:
    """A participant, the read on record."""
    participant = await get_participant(session, actor, participant_id)
    record_event(session, actor, "participant.read", "participant", participant.id)
    await session.commit()
    return participant


async def list_participants(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    category: ParticipantCategory | None = None,
    external_id: str | None = None,
    facility_id: uuid.UUID | None = None,
) -> tuple[Sequence[Participant], str | None]:
    statement = select(Participant).where(participant_condition(actor))
    if category is not None:
        statement = statement.where(Participant.category == category.value)
    if external_id is not None:
        statement = statement.where(
            Participant.external_id == external_id, owned_by(owner_of_new(actor))
        )
    if facility_id is not None:
        statement = statement.where(Participant.facility_id == facility_id)
    rows, next_cursor = await keyset_page(session, statement, Participant, page, kind="participant")
    await record_list_read(session, actor, "participant", (row.id for row in rows))
    return rows, next_cursor


async def update_participant(
    session: AsyncSession,
    actor: Actor,
    participant_id: uuid.UUID,
    changes: ParticipantUpdate,
    expected_version: int,
) -> Participant:
    participant = await get_participant(session, actor, participant_id)
    if not manages_participant(actor, participant):
        raise Forbidden("This participant is kept by the organisation that registered it.")
    values = changes.model_dump(exclude_unset=True)
    await _check_references(session, actor, values)
    if values.get("external_id") is not None:
        await lock_registrations(session, participant.organisation_id)
        await ensure_external_id_free(
            session, participant.organisation_id, values["external_id"], participant.id
        )
    try:
        return await update_record(
            session, actor, Participant, participant_id, values, expected_version
        )
    except IntegrityError:
        # A concurrent change took the external id first.
        await session.rollback()
        await ensure_external_id_free(
            session, participant.organisation_id, values.get("external_id"), participant.id
        )
        raise
