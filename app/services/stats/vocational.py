"""Vocational figures: enrolments by trade and state, completion, waiting lists, and
employment after release."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, cast, func, select
from sqlalchemy.sql import Select
from sqlalchemy.types import String
from sqlmodel import col

from app.models.facility import Facility
from app.models.organisation import Organisation
from app.models.vocational import VocationalEnrolment, VocationalFollowUp, VocationalProgramme
from app.schemas.vocational import EmploymentStatus, VocationalEnrolmentStatus
from app.services.stats.tables import Context, Kind, Measure, grouped

PROGRAMME = ("trade", "facility", "provider")
S = VocationalEnrolmentStatus
WORKING = (EmploymentStatus.employed.value, EmploymentStatus.self_employed.value)


def _dimensions(context: Context, month_of: Any, *, moment: bool = False) -> dict[str, Any]:
    return {
        "trade": col(VocationalProgramme.trade),
        "facility": col(Facility.code),
        "provider": col(Organisation.code),
        "status": col(VocationalEnrolment.status),
        "months_after_release": cast(col(VocationalFollowUp.months_after_release), String),
        "month": context.month(month_of, moment=moment),
    }


def _enrolments_source() -> Select[Any]:
    return (
        select(col(VocationalEnrolment.id))
        .join(VocationalProgramme, col(VocationalProgramme.id) == VocationalEnrolment.programme_id)
        .join(Facility, col(Facility.id) == VocationalProgramme.facility_id)
        .join(Organisation, col(Organisation.id) == VocationalProgramme.provider_organisation_id)
    )


def _enrolments(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    moment = col(VocationalEnrolment.created_at)
    source = _enrolments_source().where(*context.moment_in_period(moment))
    return grouped(
        source, _dimensions(context, moment, moment=True), dimensions, {"n": func.count()}
    )


def _completion(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    day = col(VocationalEnrolment.ended_on)
    source = _enrolments_source().where(
        col(VocationalEnrolment.status).in_((S.completed.value, S.dropped.value)),
        *context.in_period(day),
    )
    # People: someone whose two enrolments ended counts once, as completing if either did.
    people = func.count(func.distinct(VocationalEnrolment.inmate_id))
    part = func.count(
        func.distinct(
            case(
                (
                    col(VocationalEnrolment.status) == S.completed.value,
                    VocationalEnrolment.inmate_id,
                )
            )
        )
    )
    return grouped(
        source,
        _dimensions(context, day),
        dimensions,
        {"n": people, "part": part, "share": part * 1.0 / people},
    )


def _waitlist(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    source = _enrolments_source().where(col(VocationalEnrolment.status) == S.waitlisted.value)
    return grouped(
        source,
        _dimensions(context, col(VocationalEnrolment.created_at), moment=True),
        dimensions,
        {"n": func.count(func.distinct(VocationalEnrolment.inmate_id))},
    )


def _employment(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    day = col(VocationalFollowUp.contacted_on)
    source = (
        _enrolments_source()
        .join(VocationalFollowUp, col(VocationalFollowUp.enrolment_id) == VocationalEnrolment.id)
        .where(
            col(VocationalFollowUp.months_after_release).in_((6, 12)),
            col(VocationalFollowUp.employment_status) != EmploymentStatus.not_reached.value,
            *context.in_period(day),
        )
    )
    # People, not contacts (each cell is one horizon: 6 or 12 months).
    people = func.count(func.distinct(VocationalEnrolment.inmate_id))
    working = func.count(
        func.distinct(
            case(
                (
                    col(VocationalFollowUp.employment_status).in_(WORKING),
                    VocationalEnrolment.inmate_id,
                )
            )
        )
    )
    return grouped(
        source,
        _dimensions(context, day),
        dimensions,
        {"n": people, "part": working, "share": working * 1.0 / people},
    )


MEASURES = {
    measure.name: measure
    for measure in (
        Measure(
            "enrolments",
            Kind.COUNT,
            "enrolments",
            "Enrolments (requests for a place) made in the period, by trade, facility, "
            "provider and the state they are in today.",
            (*PROGRAMME, "status"),
            _enrolments,
        ),
        Measure(
            "completion_rate",
            Kind.SHARE,
            "people",
            "Of the people whose enrolment ended in the period (completed or dropped), the "
            "share who completed.",
            PROGRAMME,
            _completion,
        ),
        Measure(
            "waitlist",
            Kind.COUNT,
            "people",
            "People on a waiting list today.",
            PROGRAMME,
            _waitlist,
            snapshot=True,
        ),
        Measure(
            "employment",
            Kind.SHARE,
            "people",
            "Of the former participants reached 6 or 12 months after release (contacts in "
            "the period), the share employed or self-employed; always by "
            "`months_after_release`.",
            PROGRAMME,
            _employment,
            always=("months_after_release",),
        ),
    )
}
