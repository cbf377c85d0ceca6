"""Security classification: a supervisor's decision, based on a verified assessment.

The level the assessment's judgement suggests is shown beside the decision; departing from
it is an override that needs a written justification and a review date. Keep-apart
constraints recorded here are enforced by placements (and later by programmes and groups).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import visible_inmate
from app.config import Settings
from app.dates import add_months
from app.errors import NotFound, ValidationFailed
from app.models.assessment import Assessment
from app.models.base import utcnow
from app.models.classification import Classification
from app.models.custody import KeepApart
from app.principal import Actor
from app.schemas.assessment import AssessmentStatus
from app.schemas.classification import ClassificationCreate, ClassificationPublic, KeepApartPublic
from app.schemas.problem import FieldError
from app.services.audit import record_event
from app.services.reviews import set_override_review
from app.services.visit_upkeep import recheck
from app.services.vocational_enrolments import suspend_ineligible

OVERRIDE_REVIEW_MONTHS = 6


def _invalid(field: str, message: str) -> ValidationFailed:
    return ValidationFailed(
        message, errors=[FieldError(field=f"body.{field}", message=message, type="rule")]
    )


async def decide(
    session: AsyncSession, actor: Actor, data: ClassificationCreate, settings: Settings
) -> tuple[Classification, list[KeepApart]]:
    inmate = await visible_inmate(session, actor, data.inmate_id, for_update=True)
    assessment = await session.get(Assessment, data.assessment_id)
    if (
        assessment is None
        or assessment.inmate_id != inmate.id
        or assessment.status != AssessmentStatus.verified.value
    ):
        raise _invalid("assessment_id", "must name a verified assessment of this inmate")
    today = utcnow().date()
    if data.effective_date > today:
        raise _invalid("effective_date", "is in the future")
    suggested = settings.suggested_levels[assessment.overall_judgement or "high"]
    override = data.security_level.value != suggested
    if override:
        if not (data.justification or "").strip():
            raise _invalid(
                "justification", f"required: the decision departs from the suggested {suggested}"
            )
        if data.review_by is None:
            raise _invalid("review_by", "required for an override")
    if data.review_by is not None and not (
        today < data.review_by <= add_months(today, OVERRIDE_REVIEW_MONTHS)
    ):
        raise _invalid("review_by", "must fall within the next six months")
    others = {request.inmate_id for request in data.keep_apart}
    if inmate.id in others:
        raise _invalid("keep_apart", "an inmate is not kept apart from themself")
    for other_id in others:
        try:
            await visible_inmate(session, actor, other_id)
        except NotFound as exc:
            raise _invalid("keep_apart", f"unknown inmate {other_id}") from exc
    latest = await _latest_effective(session, inmate.id)
    classification = Classification(
        inmate_id=inmate.id,
        assessment_id=assessment.id,
        security_level=data.security_level.value,
        suggested_level=suggested,
        override=override,
        justification=data.justification,
        review_by=data.review_by,
        single_cell=data.single_cell,
        separate_from_group=data.separate_from_group,
        effective_date=data.effective_date,
        decided_by=actor.principal,
    )
    session.add(classification)
    await session.flush()
    constraints = [
        KeepApart(
            inmate_id=inmate.id,
            other_inmate_id=request.inmate_id,
            reason=request.reason.value,
            source_id=classification.id,
        )
        for request in data.keep_apart
    ]
    session.add_all(constraints)
    # Written now, so that the rules below read them.
    await session.flush()
    # An effective-dated decision older than the one in force joins the history only.
    if latest is None or data.effective_date >= latest:
        inmate.security_level = data.security_level.value
        set_override_review(inmate, data.review_by if override else None)
        inmate.version += 1
        inmate.updated_at = utcnow()
        await suspend_ineligible(session, actor, inmate)
    await recheck(session, actor, inmate=inmate)
    record_event(
        session,
        actor,
        "classification.decide",
        "inmate",
        inmate.id,
        {
            "classification_id": str(classification.id),
            "override": override,
            "keep_apart": len(constraints),
        },
    )
    await session.commit()
    return classification, constraints


async def _latest_effective(session: AsyncSession, inmate_id: uuid.UUID) -> date | None:
    latest: date | None = (
        await session.exec(
            select(func.max(Classification.effective_date)).where(
                Classification.inmate_id == inmate_id
            )
        )
    ).one()
    return latest


def public_view(row: Classification, constraints: Sequence[KeepApart]) -> ClassificationPublic:
    """The decision with the keep-apart constraints it set."""
    return ClassificationPublic.model_validate(
        {**row.model_dump(), "keep_apart": [KeepApartPublic.model_validate(c) for c in constraints]}
    )


async def history(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID
) -> tuple[Sequence[Classification], dict[uuid.UUID, list[KeepApart]]]:
    inmate = await visible_inmate(session, actor, inmate_id)
    rows = (
        await session.exec(
            select(Classification)
            .where(Classification.inmate_id == inmate.id)
            .order_by(col(Classification.effective_date), col(Classification.created_at))
        )
    ).all()
    constraints: dict[uuid.UUID, list[KeepApart]] = {row.id: [] for row in rows}
    for constraint in (
        await session.exec(select(KeepApart).where(col(KeepApart.source_id).in_(list(constraints))))
    ).all():
        if constraint.source_id is not None:
            constraints[constraint.source_id].append(constraint)
    record_event(session, actor, "inmate.read", "inmate", inmate.id, {"part": "classifications"})
    await session.commit()
    return rows, constraints
