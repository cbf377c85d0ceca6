"""HTTP routes of an inmate's skills and interests profile."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import InmateID, OptionalVersion, VocationalRead, VocationalWrite, record_response
from app.errors import problem_responses
from app.schemas.vocational import SkillsProfilePublic, SkillsProfileWrite
from app.services import skills_profiles

router = APIRouter(
    prefix="/inmates", tags=["skills profiles"], responses=problem_responses(401, 403)
)


@router.get(
    "/{inmate_id}/skills-profile",
    name="get",
    response_model=SkillsProfilePublic,
    responses={304: {"description": "Not modified"}, **problem_responses(404, 422)},
)
async def get_skills_profile(
    actor: VocationalRead, inmate_id: InmateID, session: SessionDep, request: Request
) -> Response:
    """The inmate's prior trades and skills, literacy and numeracy, languages, trades of
    interest and constraints, as a programme officer assessed them. The read is audited."""
    profile = await skills_profiles.read_profile(session, actor, inmate_id)
    return record_response(
        SkillsProfilePublic.model_validate(profile), version=profile.version, request=request
    )


@router.put(
    "/{inmate_id}/skills-profile",
    name="put",
    response_model=SkillsProfilePublic,
    status_code=200,
    responses={
        201: {"model": SkillsProfilePublic, "description": "The profile was recorded"},
        **problem_responses(404, 412, 413, 415, 422, 428),
    },
)
async def put_skills_profile(
    actor: VocationalWrite,
    inmate_id: InmateID,
    body: SkillsProfileWrite,
    version: OptionalVersion,
    session: SessionDep,
) -> Response:
    """Record the profile (201), or replace it (200; `If-Match` required)."""
    profile, created = await skills_profiles.write_profile(session, actor, inmate_id, body, version)
    return record_response(
        SkillsProfilePublic.model_validate(profile),
        version=profile.version,
        status_code=201 if created else 200,
    )
