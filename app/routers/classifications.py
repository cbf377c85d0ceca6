"""HTTP routes of security classifications: supervisors decide; registrars, assessors read."""

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
    KeepApartPublic,
)
from app.services import classifications

router = APIRouter(tags=["classifications"], responses=problem_responses(401, 403))


def _public(row: Classification, constraints: list[KeepApart]) -> ClassificationPublic:
    return ClassificationPublic.model_validate(
        {**row.model_dump(), "keep_apart": [KeepApartPublic.model_validate(c) for c in constraints]}
    )


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
