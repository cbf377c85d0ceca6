"""Assessor certifications: granted by administrators (and, later, by accrediting trainings);
an assessment is written and submitted only under a valid one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import DomainError, NotFound, ValidationFailed
from app.models.certification import Certification
from app.models.instrument import Instrument
from app.models.organisation import Organisation
from app.models.user import User
from app.principal import Actor
from app.schemas.certification import CertificationCreate
from app.schemas.problem import FieldError
from app.services.audit import record_event


class NotCertified(DomainError):
    status, code = 403, "not_certified"


class CertificationExpired(DomainError):
    status, code = 403, "certification_expired"


async def grant(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, data: CertificationCreate
) -> Certification:
    if await session.get(User, user_id) is None:
        raise NotFound("No user with this id.")
    errors = []
    if (
        await session.exec(select(Instrument.id).where(Instrument.code == data.instrument_code))
    ).first() is None:
        errors.append(
            FieldError(field="body.instrument_code", message="unknown instrument", type="unknown")
        )
    if data.expires_on <= data.issued_on:
        errors.append(
            FieldError(field="body.expires_on", message="not after issued_on", type="date")
        )
    if (
        data.issuing_organisation_id
        and await session.get(Organisation, data.issuing_organisation_id) is None
    ):
        errors.append(
            FieldError(
                field="body.issuing_organisation_id", message="unknown organisation", type="unknown"
            )
        )
    if errors:
        raise ValidationFailed("Invalid certification.", errors=errors)
    certification = Certification(user_id=user_id, source="manual", **data.model_dump())
    session.add(certification)
    record_event(
        session,
        actor,
        "certification.grant",
        "app_user",
        user_id,
        {"instrument_code": data.instrument_code},
    )
    await session.commit()
    return certification


async def of_user(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Certification]:
    if await session.get(User, user_id) is None:
        raise NotFound("No user with this id.")
    return (
        await session.exec(
            select(Certification)
            .where(Certification.user_id == user_id)
            .order_by(col(Certification.issued_on))
        )
    ).all()


async def ensure_certified(
    session: AsyncSession, user_id: uuid.UUID, instrument_code: str, on: date
) -> None:
    """Refuse, with a clear code, an assessor without a certification valid on ``on``."""
    held = (
        await session.exec(
            select(Certification).where(
                Certification.user_id == user_id,
                Certification.instrument_code == instrument_code,
                col(Certification.issued_on) <= on,
            )
        )
    ).all()
    if not held:
        raise NotCertified(f"You hold no certification for the instrument {instrument_code}.")
    if all(certification.expires_on < on for certification in held):
        raise CertificationExpired(
            f"Your certification for {instrument_code} expired on "
            f"{max(c.expires_on for c in held)}."
        )
