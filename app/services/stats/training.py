"""Training figures: sessions held, people trained and their hours, attendance, and the
change between pre-test and post-test scores."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.sql import Select
from sqlmodel import col

from app.models.facility import Facility
from app.models.organisation import Organisation
from app.models.training import Participant, TrainingEnrolment, TrainingSession
from app.services.stats.tables import Context, Kind, Measure, grouped

SESSION = ("topic", "organiser", "facility")
PEOPLE = (*SESSION, "category")
HELD = "held"
WITHDRAWN = "withdrawn"


def _dimensions(context: Context) -> dict[str, Any]:
    return {
        "topic": col(TrainingSession.topic),
        "organiser": col(Organisation.code),
        "facility": func.coalesce(col(Facility.code), literal("outside_venue")),
        "category": col(Participant.category),
        "month": context.month(col(TrainingSession.start_date)),
    }


def _sessions_source(context: Context) -> Select[Any]:
    return (
        select(col(TrainingSession.id))
        .join(Organisation, col(Organisation.id) == TrainingSession.organiser_organisation_id)
        .outerjoin(Facility, col(Facility.id) == TrainingSession.facility_id)
        .where(
            col(TrainingSession.status) == HELD,
            *context.in_period(col(TrainingSession.start_date)),
        )
    )


def _enrolments_source(context: Context) -> Select[Any]:
    return (
        _sessions_source(context)
        .join(TrainingEnrolment, col(TrainingEnrolment.session_id) == TrainingSession.id)
        .join(Participant, col(Participant.id) == TrainingEnrolment.participant_id)
        .where(col(TrainingEnrolment.status) != WITHDRAWN)
    )


def _sessions(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    return grouped(_sessions_source(context), _dimensions(context), dimensions, {"n": func.count()})


PEOPLE_COUNT = func.count(func.distinct(TrainingEnrolment.participant_id))


def _participants(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    return grouped(
        _enrolments_source(context), _dimensions(context), dimensions, {"n": PEOPLE_COUNT}
    )


def _hours(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    return grouped(
        _enrolments_source(context),
        _dimensions(context),
        dimensions,
        {"n": PEOPLE_COUNT, "total": func.sum(TrainingEnrolment.attended_hours)},
    )


def _attendance(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    scheduled = func.sum(TrainingSession.scheduled_hours)
    return grouped(
        _enrolments_source(context),
        _dimensions(context),
        dimensions,
        {
            "n": PEOPLE_COUNT,
            "rate": func.sum(TrainingEnrolment.attended_hours) / func.nullif(scheduled, 0),
        },
    )


def _score_change(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    pre, post = col(TrainingEnrolment.pre_test_score), col(TrainingEnrolment.post_test_score)
    source = _enrolments_source(context).where(pre.is_not(None), post.is_not(None))
    return grouped(
        source,
        _dimensions(context),
        dimensions,
        {"n": PEOPLE_COUNT, "mean": func.avg((post - pre) * 1.0)},
    )


MEASURES = {
    measure.name: measure
    for measure in (
        Measure(
            "sessions",
            Kind.COUNT,
            "sessions",
            "Training sessions held (status `held`) that started in the period, by topic, "
            "lead organiser and facility (`outside_venue` for sessions held elsewhere); the "
            "other training figures are over the same sessions.",
            SESSION,
            _sessions,
        ),
        Measure(
            "participants",
            Kind.COUNT,
            "people",
            "People enrolled (not withdrawn) in those sessions; one person counts once per cell.",
            PEOPLE,
            _participants,
        ),
        Measure(
            "participant_hours",
            Kind.TOTAL,
            "hours",
            "Hours attended by those people (`total`), over `n` people.",
            PEOPLE,
            _hours,
        ),
        Measure(
            "attendance_rate",
            Kind.RATE,
            "share of scheduled hours",
            "Hours attended out of the hours scheduled for each enrolled person.",
            PEOPLE,
            _attendance,
        ),
        Measure(
            "score_change",
            Kind.MEAN,
            "points (0-100)",
            "Mean change from pre-test to post-test score, over the enrolments with both; "
            "`n` counts the people.",
            PEOPLE,
            _score_change,
        ),
    )
}
