"""Assessment figures: how many are completed, verified, returned and overdue; how fast
verification follows; how often a classification departs from what the assessment
suggests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.sql import Select
from sqlmodel import col

from app.models.assessment import Assessment
from app.models.classification import Classification
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.schemas.assessment import AssessmentStatus
from app.services.stats.population import HELD, PERSON, person_dimensions
from app.services.stats.tables import Context, Kind, Measure, grouped

ASSESSMENT = ("facility", "kind", "judgement")
S = AssessmentStatus
# Assessments submitted at least once, whatever came of it.
SUBMITTED = (S.submitted.value, S.verified.value, S.returned.value)
# How soon a submitted assessment should be verified.
VERIFY_WITHIN_DAYS = 14


def _assessment_dimensions(context: Context, moment: Any) -> dict[str, Any]:
    return {
        "facility": col(Facility.code),
        "kind": col(Assessment.kind),
        "judgement": func.coalesce(col(Assessment.overall_judgement), literal("none")),
        "month": context.month(moment, moment=True),
    }


def _assessments(context: Context, moment: Any) -> Select[Any]:
    return (
        select(col(Assessment.id))
        .join(Inmate, col(Inmate.id) == Assessment.inmate_id)
        .join(Facility, col(Facility.id) == Inmate.facility_id)
        .where(moment.is_not(None), *context.moment_in_period(moment))
    )


def _counted(moment: Any, *statuses: str) -> Any:
    def build(context: Context, dimensions: Sequence[str]) -> Select[Any]:
        source = _assessments(context, moment)
        if statuses:
            source = source.where(col(Assessment.status).in_(statuses))
        return grouped(
            source, _assessment_dimensions(context, moment), dimensions, {"n": func.count()}
        )

    return build


def _overdue(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    source = (
        select(col(Inmate.id))
        .join(Facility, col(Facility.id) == Inmate.facility_id)
        .where(col(Inmate.legal_status).in_(HELD), col(Inmate.review_due_on) < context.today)
    )
    return grouped(
        source, person_dimensions(context, literal(context.today)), dimensions, {"n": func.count()}
    )


def _verified_in_time(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    """Of the assessments submitted in the period, at least 14 days ago (so that the
    outcome is known), the share verified within 14 days of their last submission; one
    still waiting, or returned, was not."""
    moment = col(Assessment.submitted_at)
    deadline = context.plus_days(moment, VERIFY_WITHIN_DAYS)
    source = _assessments(context, moment).where(
        col(Assessment.status).in_(SUBMITTED),
        moment <= utc_now_minus(context, VERIFY_WITHIN_DAYS),
    )
    in_time = (col(Assessment.status) == S.verified.value) & context.not_after(
        col(Assessment.verified_at), deadline
    )
    part = func.sum(case((in_time, 1), else_=0))
    return grouped(
        source,
        _assessment_dimensions(context, moment),
        dimensions,
        {"n": func.count(), "part": part, "share": part * 1.0 / func.count()},
    )


def utc_now_minus(context: Context, days: int) -> datetime:
    return datetime.combine(context.today, time(), UTC) - timedelta(days=days)


def _overrides(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    day = col(Classification.effective_date)
    source = (
        select(col(Classification.id))
        .join(Inmate, col(Inmate.id) == Classification.inmate_id)
        .join(Facility, col(Facility.id) == Inmate.facility_id)
        .where(*context.in_period(day))
    )
    part = func.sum(case((col(Classification.override), 1), else_=0))
    decisions = func.count()
    return grouped(
        source,
        {
            "facility": col(Facility.code),
            "security_level": col(Classification.security_level),
            "month": context.month(day),
        },
        dimensions,
        {"n": decisions, "part": part, "share": part * 1.0 / decisions},
    )


MEASURES = {
    measure.name: measure
    for measure in (
        Measure(
            "completed",
            Kind.COUNT,
            "assessments",
            "Assessments submitted for verification in the period (by their last "
            "submission), by the inmate's facility today, kind and judgement.",
            ASSESSMENT,
            _counted(col(Assessment.submitted_at), S.submitted, S.verified, S.returned),
        ),
        Measure(
            "verified",
            Kind.COUNT,
            "assessments",
            "Assessments verified in the period; grouped by judgement, the distribution of "
            "judgements.",
            ASSESSMENT,
            _counted(col(Assessment.verified_at), S.verified),
        ),
        Measure(
            "returned",
            Kind.COUNT,
            "assessments",
            "Assessments returned for rework in the period (by their last return).",
            ASSESSMENT,
            _counted(col(Assessment.returned_at)),
        ),
        Measure(
            "overdue",
            Kind.COUNT,
            "people",
            "People held today whose assessment review is overdue.",
            (*PERSON, "legal_status", "security_level", "risk"),
            _overdue,
            snapshot=True,
        ),
        Measure(
            "verified_within_14_days",
            Kind.SHARE,
            "assessments",
            "Of the assessments submitted in the period and at least 14 days ago, the share "
            "verified within 14 days of the (last) submission; one still waiting or "
            "returned was not.",
            ASSESSMENT,
            _verified_in_time,
        ),
        Measure(
            "overrides",
            Kind.SHARE,
            "classification decisions",
            "Of the classification decisions taking effect in the period, the share "
            "departing from the level the assessment suggests (overrides), by the inmate's "
            "facility today and the level decided.",
            ("facility", "security_level"),
            _overrides,
        ),
    )
}
