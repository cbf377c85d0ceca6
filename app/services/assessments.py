"""Use cases on risk assessments: draft, save item by item, submit, verify or return.

The overall judgement is the assessor's own professional judgement, required on submit
and never computed from the ratings; a second, different person verifies it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import facility_condition, visible_inmate, within_facilities
from app.config import Settings
from app.dates import add_months
from app.errors import Conflict, DomainError, Forbidden, NotFound, ValidationFailed
from app.models.assessment import Assessment
from app.models.base import utcnow
from app.models.inmate import Inmate
from app.models.instrument import Instrument, InstrumentVersion
from app.pagination import PageRequest, keyset_page
from app.principal import Actor, PrincipalKind
from app.schemas.assessment import (
    AssessmentCreate,
    AssessmentPublic,
    AssessmentStatus,
    AssessmentUpdate,
    DomainSummary,
    Judgement,
)
from app.schemas.instrument import VersionStatus
from app.schemas.problem import FieldError
from app.services.audit import record_event, record_list_read
from app.services.certifications import ensure_certified
from app.services.custody import ENDING_STATUSES
from app.services.records import check_version
from app.services.reviews import HIGH_RISK_REVIEW, call_for_review, review_done

EDITABLE = frozenset({AssessmentStatus.draft.value, AssessmentStatus.returned.value})


class SelfVerification(DomainError):
    status, code = 403, "self_verification"


class WrongAssessmentState(Conflict):
    code = "assessment_state"


def review_months(settings: Settings, judgement: str) -> int:
    return {
        Judgement.high.value: settings.review_months_high,
        Judgement.moderate.value: settings.review_months_moderate,
        Judgement.low.value: settings.review_months_low,
    }[judgement]


def _rating_errors(version: InstrumentVersion, ratings: Mapping[str, Any]) -> list[FieldError]:
    """Unknown items and ratings outside an item's scale, each named."""
    items = {item["code"]: item for item in version.items}
    errors = []
    for code, value in ratings.items():
        item = items.get(code)
        if item is None:
            errors.append(
                FieldError(
                    field=f"body.ratings.{code}",
                    message=f"unknown item {code}",
                    type="unknown_item",
                )
            )
        elif value["rating"] not in item["scale"]:
            errors.append(
                FieldError(
                    field=f"body.ratings.{code}.rating",
                    message=f"{value['rating']!r} is not on the scale of {code}: "
                    f"{', '.join(item['scale'])}",
                    type="off_scale",
                )
            )
    return errors


def domain_summaries(version: InstrumentVersion, ratings: Mapping[str, Any]) -> list[DomainSummary]:
    summaries = []
    for domain in version.domains:
        codes = [item["code"] for item in version.items if item["domain"] == domain["code"]]
        given = [ratings[code]["rating"] for code in codes if code in ratings]
        summaries.append(
            DomainSummary(
                domain=domain["code"],
                counts=dict(Counter(given)),
                rated=len(given),
                items=len(codes),
            )
        )
    return summaries


async def _published_version(session: AsyncSession, version_id: uuid.UUID) -> InstrumentVersion:
    version = await session.get(InstrumentVersion, version_id)
    if version is None or version.status != VersionStatus.published.value:
        raise ValidationFailed(
            "Assessments use a published instrument version.",
            errors=[
                FieldError(
                    field="body.instrument_version_id",
                    message="unknown or unpublished version",
                    type="unpublished",
                )
            ],
        )
    return version


async def _instrument_code(session: AsyncSession, version: InstrumentVersion) -> str:
    instrument = await session.get(Instrument, version.instrument_id)
    if instrument is None:
        raise NotFound("The instrument is missing.")
    return instrument.code


def _user_id(actor: Actor) -> uuid.UUID:
    if actor.kind is not PrincipalKind.user or actor.subject_id is None:
        raise Forbidden("Assessments are written by staff members.")
    return actor.subject_id


async def create_assessment(
    session: AsyncSession, actor: Actor, data: AssessmentCreate, default_id: uuid.UUID | None = None
) -> tuple[Assessment, bool]:
    assessor = _user_id(actor)
    inmate = await visible_inmate(session, actor, data.inmate_id, for_update=True)
    version = await _published_version(session, data.instrument_version_id)
    await ensure_certified(
        session, assessor, await _instrument_code(session, version), utcnow().date()
    )
    values = data.model_dump(mode="json", exclude={"id", "inmate_id", "instrument_version_id"})
    errors = _rating_errors(version, values["ratings"])
    if errors:
        raise ValidationFailed("Some ratings do not fit the instrument.", errors=errors)
    record_id = data.id or default_id or uuid.uuid4()
    existing = await session.get(Assessment, record_id)
    if existing is not None:
        if existing.inmate_id != inmate.id or existing.assessor_id != assessor:
            raise Conflict("Another assessment has this id.")
        return existing, False
    assessment = Assessment(
        id=record_id,
        inmate_id=inmate.id,
        instrument_version_id=version.id,
        status=AssessmentStatus.draft.value,
        assessor_id=assessor,
        **values,
    )
    session.add(assessment)
    record_event(
        session, actor, "assessment.create", "assessment", record_id, {"inmate_id": str(inmate.id)}
    )
    await session.commit()
    return assessment, True


async def _visible_assessment(
    session: AsyncSession, actor: Actor, assessment_id: uuid.UUID, *, for_update: bool = False
) -> Assessment:
    statement = select(Assessment).where(Assessment.id == assessment_id)
    if for_update:
        statement = statement.with_for_update()
    assessment = (await session.exec(statement)).first()
    if assessment is None:
        raise NotFound("No assessment with this id.")
    # 404 beyond the caller's reach; a break-the-glass grant reads, never writes.
    await visible_inmate(session, actor, assessment.inmate_id, for_update=for_update)
    return assessment


async def instrument_versions_of(
    session: AsyncSession, rows: Sequence[Assessment]
) -> dict[uuid.UUID, InstrumentVersion]:
    """The instrument versions a page of assessments uses, in one query."""
    ids = {row.instrument_version_id for row in rows}
    versions = (
        await session.exec(select(InstrumentVersion).where(col(InstrumentVersion.id).in_(ids)))
    ).all()
    return {version.id: version for version in versions}


def public_view(assessment: Assessment, version: InstrumentVersion) -> AssessmentPublic:
    """The assessment as its readers see it, with the summary of each domain."""
    summaries = domain_summaries(version, assessment.ratings)
    return AssessmentPublic.model_validate(
        {**assessment.model_dump(), "domain_summaries": summaries}
    )


async def instrument_version_of(session: AsyncSession, assessment: Assessment) -> InstrumentVersion:
    version = await session.get(InstrumentVersion, assessment.instrument_version_id)
    if version is None:
        raise NotFound("The instrument version is missing.")
    return version


async def read_assessment(
    session: AsyncSession, actor: Actor, assessment_id: uuid.UUID
) -> tuple[Assessment, InstrumentVersion]:
    assessment = await _visible_assessment(session, actor, assessment_id)
    version = await session.get(InstrumentVersion, assessment.instrument_version_id)
    if version is None:
        raise NotFound("The instrument version is missing.")
    record_event(
        session,
        actor,
        "assessment.read",
        "assessment",
        assessment.id,
        {"inmate_id": str(assessment.inmate_id)},
    )
    await session.commit()
    return assessment, version


async def update_draft(
    session: AsyncSession,
    actor: Actor,
    assessment_id: uuid.UUID,
    changes: AssessmentUpdate,
    expected_version: int,
) -> Assessment:
    """Save a draft (or a returned assessment) item by item, with If-Match."""
    assessment = await _visible_assessment(session, actor, assessment_id, for_update=True)
    if assessment.status not in EDITABLE:
        raise WrongAssessmentState(f"A {assessment.status} assessment cannot be edited.")
    if assessment.assessor_id != _user_id(actor):
        raise Forbidden("Only the assessor edits an assessment.")
    check_version(assessment, expected_version)
    # Which fields were sent, with every member of those fields (defaults included).
    full = changes.model_dump(mode="json")
    fields = {name: full[name] for name in changes.model_fields_set}
    version = await _published_version(session, assessment.instrument_version_id)
    if "ratings" in fields:
        errors = _rating_errors(version, fields["ratings"])
        if errors:
            raise ValidationFailed("Some ratings do not fit the instrument.", errors=errors)
        fields["ratings"] = {**assessment.ratings, **fields["ratings"]}
    for name, value in fields.items():
        setattr(assessment, name, value)
    assessment.version += 1
    assessment.updated_at = utcnow()
    record_event(
        session, actor, "assessment.update", "assessment", assessment.id, {"fields": sorted(fields)}
    )
    await session.commit()
    return assessment


async def submit(session: AsyncSession, actor: Actor, assessment_id: uuid.UUID) -> Assessment:
    """Submit for verification: every required item rated, a judgement and its rationale."""
    assessment = await _visible_assessment(session, actor, assessment_id, for_update=True)
    if assessment.status not in EDITABLE:
        raise WrongAssessmentState(f"A {assessment.status} assessment cannot be submitted.")
    if assessment.assessor_id != _user_id(actor):
        raise Forbidden("Only the assessor submits an assessment.")
    version = await _published_version(session, assessment.instrument_version_id)
    errors = [
        FieldError(
            field=f"ratings.{item['code']}",
            message="required item not rated",
            type="missing_rating",
        )
        for item in version.items
        if item.get("required", True) and item["code"] not in assessment.ratings
    ]
    if not assessment.overall_judgement:
        errors.append(
            FieldError(
                field="overall_judgement",
                message="the assessor's judgement is required",
                type="missing",
            )
        )
    if not (assessment.rationale or "").strip():
        errors.append(
            FieldError(field="rationale", message="a rationale is required", type="missing")
        )
    if errors:
        raise ValidationFailed("The assessment is not complete.", errors=errors)
    assessment.status = AssessmentStatus.submitted.value
    assessment.submitted_at = utcnow()
    assessment.version += 1
    assessment.updated_at = assessment.submitted_at
    record_event(session, actor, "assessment.submit", "assessment", assessment.id)
    await session.commit()
    return assessment


async def verify(
    session: AsyncSession, actor: Actor, assessment_id: uuid.UUID, settings: Settings
) -> Assessment:
    """A second person confirms the assessment; it is then immutable, and the next review
    falls due after the months configured for its judgement."""
    assessment = await _visible_assessment(session, actor, assessment_id, for_update=True)
    if assessment.status != AssessmentStatus.submitted.value:
        raise WrongAssessmentState("Only a submitted assessment can be verified.")
    if assessment.assessor_id == _user_id(actor):
        raise SelfVerification("An assessment is verified by someone other than its assessor.")
    now = utcnow()
    assessment.status = AssessmentStatus.verified.value
    assessment.verified_by = actor.subject_id
    assessment.verified_at = now
    judgement = assessment.overall_judgement or Judgement.high.value
    assessment.next_review_date = add_months(now.date(), review_months(settings, judgement))
    inmate = await session.get(Inmate, assessment.inmate_id)
    if inmate is not None:
        review_done(inmate, assessment.next_review_date)
        inmate.risk_judgement = assessment.overall_judgement
        if judgement == Judgement.high.value:
            # A high judgement calls for a classification review at once.
            call_for_review(inmate, HIGH_RISK_REVIEW)
    assessment.version += 1
    assessment.updated_at = now
    record_event(
        session, actor, "assessment.verify", "assessment", assessment.id, {"judgement": judgement}
    )
    await session.commit()
    return assessment


async def return_for_rework(
    session: AsyncSession, actor: Actor, assessment_id: uuid.UUID, comments: str
) -> Assessment:
    assessment = await _visible_assessment(session, actor, assessment_id, for_update=True)
    if assessment.status != AssessmentStatus.submitted.value:
        raise WrongAssessmentState("Only a submitted assessment can be returned.")
    if assessment.assessor_id == _user_id(actor):
        raise SelfVerification("An assessment is reviewed by someone other than its assessor.")
    now = utcnow()
    assessment.status = AssessmentStatus.returned.value
    assessment.return_comments = comments
    assessment.returned_at = now
    assessment.version += 1
    assessment.updated_at = now
    record_event(session, actor, "assessment.return", "assessment", assessment.id)
    await session.commit()
    return assessment


async def list_assessments(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    inmate_id: uuid.UUID | None,
    status: AssessmentStatus | None,
) -> tuple[Sequence[Assessment], str | None]:
    statement = within_facilities(
        select(Assessment).join(Inmate, col(Inmate.id) == col(Assessment.inmate_id)),
        actor,
        Inmate.facility_id,
    )
    if inmate_id is not None:
        statement = statement.where(Assessment.inmate_id == inmate_id)
    if status is not None:
        statement = statement.where(Assessment.status == status.value)
    rows, cursor = await keyset_page(session, statement, Assessment, page, kind="assessment")
    await record_list_read(session, actor, "assessment", (row.id for row in rows))
    return rows, cursor


async def due_reviews(
    session: AsyncSession,
    actor: Actor,
    *,
    facility_id: uuid.UUID | None,
    before: date,
    limit: int = 100,
) -> list[tuple[Inmate, date | None, str]]:
    """Inmates in custody whose review is due by ``before``: never assessed, past their
    next review date, called for by an event, or under an override past its review date.
    One range read of (facility, review_due_on), kept by app.services.reviews."""
    statement = (
        select(Inmate)
        .where(
            col(Inmate.legal_status).not_in([status.value for status in ENDING_STATUSES]),
            facility_condition(actor, Inmate.facility_id),
            col(Inmate.review_due_on) <= before,
        )
        .order_by(col(Inmate.review_due_on), col(Inmate.prison_number))
        .limit(limit)
    )
    if facility_id is not None:
        statement = statement.where(Inmate.facility_id == facility_id)
    result = []
    for inmate in (await session.exec(statement)).all():
        if inmate.review_due_reason:
            reason = inmate.review_due_reason
        elif inmate.override_review_by is not None and inmate.override_review_by <= before:
            reason = "classification override past its review date"
        elif inmate.next_review_date is None:
            reason = "no verified assessment"
        else:
            reason = "review due"
        result.append((inmate, inmate.next_review_date, reason))
    await record_list_read(
        session, actor, "inmate", (inmate.id for inmate, _, _ in result), {"part": "due_reviews"}
    )
    return result
