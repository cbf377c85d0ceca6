"""Use cases on assessment instruments: define, draft versions, publish (then frozen)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict, NotFound
from app.models.base import utcnow
from app.models.instrument import Instrument, InstrumentVersion
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.instrument import InstrumentCreate, InstrumentUpdate, VersionContent, VersionStatus
from app.services.audit import record_event
from app.services.records import check_version, create_record, get_record, update_record


class VersionPublished(Conflict):
    code = "version_published"


async def create_instrument(
    session: AsyncSession, actor: Actor, data: InstrumentCreate, default_id: uuid.UUID | None = None
) -> tuple[Instrument, bool]:
    return await create_record(
        session, actor, Instrument, data, default_id=default_id, unique=("code",)
    )


async def get_instrument(session: AsyncSession, instrument_id: uuid.UUID) -> Instrument:
    return await get_record(session, Instrument, instrument_id)


async def list_instruments(
    session: AsyncSession, page: PageRequest
) -> tuple[Sequence[Instrument], str | None]:
    return await keyset_page(session, select(Instrument), Instrument, page, kind="instrument")


async def update_instrument(
    session: AsyncSession,
    actor: Actor,
    instrument_id: uuid.UUID,
    changes: InstrumentUpdate,
    version: int,
) -> Instrument:
    return await update_record(
        session, actor, Instrument, instrument_id, changes.model_dump(exclude_unset=True), version
    )


async def versions_of(
    session: AsyncSession, instrument_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[InstrumentVersion]]:
    """The versions of several instruments in one query."""
    rows = (
        await session.exec(
            select(InstrumentVersion)
            .where(col(InstrumentVersion.instrument_id).in_(instrument_ids))
            .order_by(col(InstrumentVersion.number))
        )
    ).all()
    grouped: dict[uuid.UUID, list[InstrumentVersion]] = {i: [] for i in instrument_ids}
    for row in rows:
        grouped[row.instrument_id].append(row)
    return grouped


async def get_version(
    session: AsyncSession, instrument_id: uuid.UUID, number: int, *, for_update: bool = False
) -> InstrumentVersion:
    statement = select(InstrumentVersion).where(
        InstrumentVersion.instrument_id == instrument_id, InstrumentVersion.number == number
    )
    if for_update:
        statement = statement.with_for_update()
    version = (await session.exec(statement)).first()
    if version is None:
        raise NotFound(f"Instrument {instrument_id} has no version {number}.")
    return version


async def create_version(
    session: AsyncSession, actor: Actor, instrument_id: uuid.UUID, content: VersionContent
) -> InstrumentVersion:
    """A new draft version, numbered after the last one."""
    instrument = await get_record(session, Instrument, instrument_id)
    last = (
        await session.exec(
            select(func.max(InstrumentVersion.number)).where(
                InstrumentVersion.instrument_id == instrument.id
            )
        )
    ).one()
    version = InstrumentVersion(
        instrument_id=instrument.id,
        number=(last or 0) + 1,
        status=VersionStatus.draft.value,
        **content.model_dump(mode="json"),
    )
    session.add(version)
    record_event(
        session,
        actor,
        "instrument.version_create",
        "instrument",
        instrument.id,
        {"number": version.number},
    )
    await session.commit()
    return version


async def replace_draft(
    session: AsyncSession,
    actor: Actor,
    instrument_id: uuid.UUID,
    number: int,
    content: VersionContent,
    expected_version: int,
) -> InstrumentVersion:
    version = await get_version(session, instrument_id, number, for_update=True)
    if version.status == VersionStatus.published:
        raise VersionPublished("A published version never changes; draft a new version.")
    check_version(version, expected_version)
    values = content.model_dump(mode="json")
    version.domains, version.items = values["domains"], values["items"]
    version.version += 1
    version.updated_at = utcnow()
    record_event(
        session, actor, "instrument.version_update", "instrument", instrument_id, {"number": number}
    )
    await session.commit()
    return version


async def publish(
    session: AsyncSession, actor: Actor, instrument_id: uuid.UUID, number: int
) -> InstrumentVersion:
    """Freeze a draft: from now on assessments may use it, and it never changes."""
    version = await get_version(session, instrument_id, number, for_update=True)
    if version.status == VersionStatus.published:
        raise VersionPublished("This version is already published.")
    version.status = VersionStatus.published.value
    version.published_at = utcnow()
    version.version += 1
    version.updated_at = version.published_at
    record_event(
        session, actor, "instrument.publish", "instrument", instrument_id, {"number": number}
    )
    await session.commit()
    return version
