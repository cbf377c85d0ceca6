"""Use cases on data-sharing agreements, which bound what a partner's clients may reach."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import ValidationFailed
from app.models.agreement import DataSharingAgreement
from app.models.facility import Facility
from app.models.organisation import Organisation
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.agreement import AgreementCreate, AgreementUpdate
from app.schemas.problem import FieldError
from app.services.records import create_record, get_record, update_record


async def _check_references(
    session: AsyncSession, organisation_id: uuid.UUID | None, facility_ids: Sequence[uuid.UUID]
) -> None:
    errors = []
    if organisation_id is not None and await session.get(Organisation, organisation_id) is None:
        errors.append(
            FieldError(field="body.organisation_id", message="unknown organisation", type="unknown")
        )
    known = set(
        (await session.exec(select(Facility.id).where(col(Facility.id).in_(facility_ids)))).all()
    )
    errors += [
        FieldError(field="body.facility_ids", message=f"unknown facility {f}", type="unknown")
        for f in facility_ids
        if f not in known
    ]
    if errors:
        raise ValidationFailed("Unknown references.", errors=errors)


def _columns(fields: dict[str, Any]) -> dict[str, Any]:
    """Scopes and facility ids are kept as sorted text lists."""
    if "scopes" in fields:
        fields["scopes"] = sorted({str(scope) for scope in fields["scopes"]})
    if "facility_ids" in fields:
        fields["facility_ids"] = sorted({str(facility) for facility in fields["facility_ids"]})
    if "status" in fields:
        fields["status"] = str(fields["status"])
    return fields


async def create_agreement(
    session: AsyncSession, actor: Actor, data: AgreementCreate, default_id: uuid.UUID | None = None
) -> tuple[DataSharingAgreement, bool]:
    await _check_references(session, data.organisation_id, data.facility_ids)
    return await create_record(
        session,
        actor,
        DataSharingAgreement,
        data,
        default_id=default_id,
        unique=("reference",),
        values=_columns(data.model_dump(exclude={"id"})),
    )


async def get_agreement(session: AsyncSession, agreement_id: uuid.UUID) -> DataSharingAgreement:
    return await get_record(session, DataSharingAgreement, agreement_id)


async def list_agreements(
    session: AsyncSession, page: PageRequest, *, organisation_id: uuid.UUID | None
) -> tuple[Sequence[DataSharingAgreement], str | None]:
    statement = select(DataSharingAgreement)
    if organisation_id is not None:
        statement = statement.where(DataSharingAgreement.organisation_id == organisation_id)
    return await keyset_page(session, statement, DataSharingAgreement, page, kind="agreement")


async def update_agreement(
    session: AsyncSession,
    actor: Actor,
    agreement_id: uuid.UUID,
    changes: AgreementUpdate,
    version: int,
) -> DataSharingAgreement:
    fields = changes.model_dump(exclude_unset=True)
    await _check_references(session, None, fields.get("facility_ids", []))
    record = await get_agreement(session, agreement_id)
    if "valid_until" in fields and fields["valid_until"] < record.valid_from:
        raise ValidationFailed(
            "valid_until is before valid_from.",
            errors=[
                FieldError(
                    field="body.valid_until", message="before valid_from", type="value_error"
                )
            ],
        )
    return await update_record(
        session, actor, DataSharingAgreement, agreement_id, _columns(fields), version
    )
