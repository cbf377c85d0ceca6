"""HTTP routes of security classifications and incidents: supervisors decide and record;
registrars and assessors read."""

from __future__ import annotations

from fastapi import APIRouter

from app.db import SessionDep
from app.deps import ClassificationsRead, ClassificationsWrite, InmateID, SettingsDep
from app.errors import problem_responses
from app.models.classification import Classification
from app.models.custody import KeepApart
from app.schemas.classification import (
    ClassificationCreate,
    ClassificationPublic,
)
from app.schemas.incident import IncidentCreate, IncidentPublic
from app.services import classifications, incidents

router = APIRouter(tags=["classifications"], responses=problem_responses(401, 403))


def _public(row: Classification, constraints: list[KeepApart]) -> ClassificationPublic:
    return classifications.public_view(row, constraints)


@router.post(
    "/classifications",
    name="create",
    status_code=201,
    response_model=ClassificationPublic,
    responses=problem_responses(404, 413, 415, 422),
)
async def decide(
    actor: ClassificationsWrite,
    body: ClassificationCreate,
    session: SessionDep,
    settings: SettingsDep,
) -> ClassificationPublic:
    """Decide an inmate's security level from a verified assessment. A level other than the
    suggested one is an override: justification and a review date (≤ 6 months) required."""
    row, constraints = await classifications.decide(session, actor, body, settings)
    return _public(row, constraints)


@router.get(
    "/inmates/{inmate_id}/classifications",
    name="history",
    response_model=list[ClassificationPublic],
    responses=problem_responses(404, 422),
)
async def history(
    actor: ClassificationsRead, inmate_id: InmateID, session: SessionDep
) -> list[ClassificationPublic]:
    """Classification decisions of an inmate, oldest first; the last is in force."""
    rows, constraints = await classifications.history(session, actor, inmate_id)
    return [_public(row, constraints[row.id]) for row in rows]


@router.post(
    "/inmates/{inmate_id}/incidents",
    name="incidents_create",
    status_code=201,
    response_model=IncidentPublic,
    responses=problem_responses(404, 413, 415, 422),
)
async def record_incident(
    actor: ClassificationsWrite, inmate_id: InmateID, body: IncidentCreate, session: SessionDep
) -> IncidentPublic:
    """Record an incident; the inmate's review becomes due now, with the incident as reason."""
    incident = await incidents.record_incident(session, actor, inmate_id, body)
    return IncidentPublic.model_validate(incident)


@router.get(
    "/inmates/{inmate_id}/incidents",
    name="incidents_list",
    response_model=list[IncidentPublic],
    responses=problem_responses(404, 422),
)
async def list_incidents(
    actor: ClassificationsRead, inmate_id: InmateID, session: SessionDep
) -> list[IncidentPublic]:
    """Incidents of an inmate, oldest first."""
    rows = await incidents.incidents_of(session, actor, inmate_id)
    return [IncidentPublic.model_validate(row) for row in rows]
