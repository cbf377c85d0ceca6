"""HTTP routes of assessment instruments: staff read them, administrators define them."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import (
    AdminActor,
    ExpectedVersion,
    ReferenceRead,
    RetrySafeCreateDep,
    record_response,
)
from app.errors import problem_responses
from app.models.instrument import Instrument
from app.pagination import PageDep
from app.schemas.instrument import (
    InstrumentCreate,
    InstrumentPage,
    InstrumentPublic,
    InstrumentUpdate,
    VersionContent,
    VersionPublic,
    VersionSummary,
)
from app.services import instruments

router = APIRouter(
    prefix="/instruments", tags=["instruments"], responses=problem_responses(401, 403)
)

InstrumentID = Annotated[uuid.UUID, Path(description="Instrument id.")]
VersionNumber = Annotated[int, Path(ge=1, le=10_000, description="Version number.")]


async def _public(session: SessionDep, rows: list[Instrument]) -> list[InstrumentPublic]:
    versions = await instruments.versions_of(session, [row.id for row in rows])
    return [
        InstrumentPublic.model_validate(row).model_copy(
            update={"versions": [VersionSummary.model_validate(v) for v in versions[row.id]]}
        )
        for row in rows
    ]


@router.get("", name="list", response_model=InstrumentPage, responses=problem_responses(400, 422))
async def list_instruments(
    actor: ReferenceRead, session: SessionDep, page: PageDep
) -> InstrumentPage:
    """Instruments with their versions."""
    rows, next_cursor = await instruments.list_instruments(session, page)
    return InstrumentPage(items=await _public(session, list(rows)), next_cursor=next_cursor)


@router.post(
    "",
    name="create",
    status_code=201,
    response_model=InstrumentPublic,
    responses=problem_responses(409, 413, 415, 422),
)
async def create_instrument(
    actor: AdminActor, body: InstrumentCreate, retry_safe: RetrySafeCreateDep
) -> Response:
    """Define an instrument; its content comes in versions."""
    return await retry_safe.run(
        actor,
        lambda default_id: instruments.create_instrument(
            retry_safe.session, actor, body, default_id
        ),
        InstrumentPublic.model_validate,
    )


@router.get(
    "/{instrument_id}",
    name="get",
    response_model=InstrumentPublic,
    responses=problem_responses(404, 422),
)
async def get_instrument(
    actor: ReferenceRead, instrument_id: InstrumentID, session: SessionDep, request: Request
) -> Response:
    """One instrument and its versions."""
    instrument = await instruments.get_instrument(session, instrument_id)
    (public,) = await _public(session, [instrument])
    return record_response(public, version=instrument.version, request=request)


@router.patch(
    "/{instrument_id}",
    name="update",
    response_model=InstrumentPublic,
    responses=problem_responses(404, 412, 413, 415, 422, 428),
)
async def update_instrument(
    actor: AdminActor,
    instrument_id: InstrumentID,
    body: InstrumentUpdate,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Rename, describe or retire (`active: false`) an instrument."""
    instrument = await instruments.update_instrument(session, actor, instrument_id, body, version)
    (public,) = await _public(session, [instrument])
    return record_response(public, version=instrument.version)


@router.post(
    "/{instrument_id}/versions",
    name="versions_create",
    status_code=201,
    response_model=VersionPublic,
    responses=problem_responses(404, 413, 415, 422),
)
async def create_version(
    actor: AdminActor, instrument_id: InstrumentID, body: VersionContent, session: SessionDep
) -> Response:
    """Draft a new version: domains and items with their scales."""
    version = await instruments.create_version(session, actor, instrument_id, body)
    return record_response(
        VersionPublic.model_validate(version), version=version.version, status_code=201
    )


@router.get(
    "/{instrument_id}/versions/{number}",
    name="versions_get",
    response_model=VersionPublic,
    responses=problem_responses(404, 422),
)
async def get_version(
    actor: ReferenceRead,
    instrument_id: InstrumentID,
    number: VersionNumber,
    session: SessionDep,
    request: Request,
) -> Response:
    """One version with its domains and items."""
    version = await instruments.get_version(session, instrument_id, number)
    return record_response(
        VersionPublic.model_validate(version), version=version.version, request=request
    )


@router.put(
    "/{instrument_id}/versions/{number}",
    name="versions_replace",
    response_model=VersionPublic,
    responses=problem_responses(404, 409, 412, 413, 415, 422, 428),
)
async def replace_version(
    actor: AdminActor,
    instrument_id: InstrumentID,
    number: VersionNumber,
    body: VersionContent,
    version: ExpectedVersion,
    session: SessionDep,
) -> Response:
    """Edit a draft. A published version answers 409 `version_published`."""
    row = await instruments.replace_draft(session, actor, instrument_id, number, body, version)
    return record_response(VersionPublic.model_validate(row), version=row.version)


@router.post(
    "/{instrument_id}/versions/{number}/publish",
    name="versions_publish",
    response_model=VersionPublic,
    responses=problem_responses(404, 409, 422),
)
async def publish_version(
    actor: AdminActor, instrument_id: InstrumentID, number: VersionNumber, session: SessionDep
) -> Response:
    """Freeze a version forever; assessments can use it from now on."""
    row = await instruments.publish(session, actor, instrument_id, number)
    return record_response(VersionPublic.model_validate(row), version=row.version)
