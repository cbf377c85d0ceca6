"""Population figures: who is held, who came in and left, how long pre-trial detention
lasts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from app.models.facility import Facility
from app.models.inmate import CustodyEpisode, Inmate
from app.schemas.inmate import LegalStatus
from app.services.stats.tables import Context, Kind, Measure, age_band, grouped, quartiles

HELD = (LegalStatus.pre_trial.value, LegalStatus.convicted.value)
PERSON = ("facility", "sex", "age_band", "region")
HELD_BY = (*PERSON, "legal_status", "security_level", "risk")


def person_dimensions(context: Context, on: Any) -> dict[str, Any]:
    """The dimensions of a person: the code of the facility joined in, sex, age band on
    the day ``on``, region of origin, legal status, security level and risk judgement as
    they stand."""
    return {
        "facility": col(Facility.code),
        "sex": col(Inmate.sex),
        "age_band": age_band(context.age(on, col(Inmate.date_of_birth), col(Inmate.birth_year))),
        "region": func.coalesce(col(Inmate.region_of_origin), literal("unknown")),
        "legal_status": col(Inmate.legal_status),
        "security_level": func.coalesce(col(Inmate.security_level), literal("unclassified")),
        "risk": func.coalesce(col(Inmate.risk_judgement), literal("not_assessed")),
    }


def _held(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    available = person_dimensions(context, literal(context.today))
    source = (
        select(col(Inmate.id))
        .join(Facility, col(Facility.id) == Inmate.facility_id)
        .where(col(Inmate.legal_status).in_(HELD))
    )
    return grouped(source, available, dimensions, {"n": func.count()})


def _movements(column: Any, facility: Any) -> Any:
    """Episodes opened or closed (``column``) in the period, with ``facility`` the one
    they count for. The inmate and the facility are joined only when a dimension needs
    them: grouped by facility and month, the count reads custody episodes alone."""

    def build(context: Context, dimensions: Sequence[str]) -> Select[Any]:
        available = person_dimensions(context, column) | {"month": context.month(column)}
        source = select(col(CustodyEpisode.id)).where(
            column.is_not(None), *context.in_period(column)
        )
        if set(dimensions) & {"sex", "age_band", "region"}:
            source = source.join(Inmate, col(Inmate.id) == CustodyEpisode.inmate_id)
        if "facility" in dimensions:
            source = source.join(Facility, col(Facility.id) == facility)
        return grouped(source, available, dimensions, {"n": func.count()})

    return build


def _pretrial_days(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    available: dict[str, ColumnElement[Any]] = person_dimensions(context, literal(context.today))
    source = (
        select(col(Inmate.id))
        .join(Facility, col(Facility.id) == Inmate.facility_id)
        .where(col(Inmate.legal_status) == LegalStatus.pre_trial.value)
    )
    days = context.days_between(literal(context.today), col(Inmate.admission_date))
    return quartiles(source, available, dimensions, days)


MEASURES = {
    measure.name: measure
    for measure in (
        Measure(
            "held",
            Kind.COUNT,
            "people",
            "People held today (pre-trial or convicted), by where and who they are.",
            HELD_BY,
            _held,
            snapshot=True,
        ),
        Measure(
            "admissions",
            Kind.COUNT,
            "custody episodes",
            "Custody episodes opened in the period (a returning person counts again), by "
            "the facility of admission and the person's sex, age band on admission, region.",
            PERSON,
            _movements(col(CustodyEpisode.admission_date), col(CustodyEpisode.facility_id)),
        ),
        Measure(
            "releases",
            Kind.COUNT,
            "custody episodes",
            "Custody episodes closed in the period (release, acquittal), by the facility "
            "left (after any transfer) and the person's sex, age band on release, region.",
            PERSON,
            _movements(col(CustodyEpisode.release_date), col(CustodyEpisode.release_facility_id)),
        ),
        Measure(
            "pretrial_days",
            Kind.DISTRIBUTION,
            "days",
            "Days in custody so far of the people in pre-trial detention today: median and "
            "quartiles.",
            (*PERSON, "security_level", "risk"),
            _pretrial_days,
            snapshot=True,
        ),
    )
}
