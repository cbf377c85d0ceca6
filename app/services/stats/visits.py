"""Visit figures: visits, visits per inmate, inmates without contact, dialogue sessions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import case, exists, func, literal, select, union_all
from sqlalchemy.sql import Select
from sqlmodel import col

from app.models.facility import Facility
from app.models.inmate import CustodyEpisode, Inmate
from app.models.visit import DialogueSession, Visit
from app.schemas.visit import DialogueStatus, VisitStatus
from app.services.stats.population import HELD, PERSON, person_dimensions
from app.services.stats.tables import Context, Kind, Measure, grouped

# Contact monitoring's horizon, as on the visits office's list.
WITHOUT_CONTACT_DAYS = 90
PERSON_NOW = (*PERSON, "legal_status", "security_level", "risk")


def _visits(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    moment = col(Visit.starts_at)
    source = (
        select(col(Visit.id))
        .join(Facility, col(Facility.id) == Visit.facility_id)
        .where(*context.moment_in_period(moment))
    )
    available = {
        "facility": col(Facility.code),
        "type": col(Visit.type),
        "status": col(Visit.status),
        "month": context.month(moment, moment=True),
    }
    return grouped(source, available, dimensions, {"n": func.count()})


def _held_source() -> Select[Any]:
    return (
        select(col(Inmate.id))
        .join(Facility, col(Facility.id) == Inmate.facility_id)
        .where(col(Inmate.legal_status).in_(HELD))
    )


def _per_inmate(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    """People held at some time in the period, and the visits they had in it, counted in
    one pass each and added up per cell (no per-person aggregate)."""
    episode = col(CustodyEpisode.admission_date)
    held_then = [col(CustodyEpisode.inmate_id) == Inmate.id]
    if context.date_to is not None:
        held_then.append(episode <= context.date_to)
    if context.date_from is not None:
        held_then.append(
            col(CustodyEpisode.release_date).is_(None)
            | (col(CustodyEpisode.release_date) >= context.date_from)
        )
    elif context.date_to is None:
        held_then.append(col(CustodyEpisode.release_date).is_(None))
    was_held = exists(select(col(CustodyEpisode.id)).where(*held_then))
    available = person_dimensions(context, literal(context.today))
    keys = [available[name].label(name) for name in dimensions]
    people = (
        select(*keys, literal(1).label("person"), literal(0).label("visit"))
        .select_from(Inmate)
        .join(Facility, col(Facility.id) == Inmate.facility_id)
        .where(was_held)
    )
    visits = (
        select(*keys, literal(0).label("person"), literal(1).label("visit"))
        .select_from(Visit)
        .join(Inmate, col(Inmate.id) == Visit.inmate_id)
        .join(Facility, col(Facility.id) == Inmate.facility_id)
        .where(
            col(Visit.status) == VisitStatus.occurred.value,
            *context.moment_in_period(col(Visit.starts_at)),
            was_held,
        )
    )
    both = union_all(people, visits).subquery("counted")
    n = func.sum(both.c.person)
    events = func.sum(both.c.visit)
    statement = select(
        *(both.c[name] for name in dimensions),
        n.label("n"),
        (events * 1.0 / func.nullif(n, 0)).label("mean"),
        events.label("events"),
    )
    return statement.group_by(*(both.c[name] for name in dimensions))


def _without_contact(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    last = col(Inmate.last_visit_on)
    since = case(
        (last.is_not(None) & (last > col(Inmate.admission_date)), last),
        else_=col(Inmate.admission_date),
    )
    cutoff = context.today - timedelta(days=WITHOUT_CONTACT_DAYS)
    part = func.sum(case((since < cutoff, 1), else_=0))
    return grouped(
        _held_source(),
        person_dimensions(context, literal(context.today)),
        dimensions,
        {"n": func.count(), "part": part, "share": part * 1.0 / func.count()},
    )


def _dialogues(context: Context, dimensions: Sequence[str]) -> Select[Any]:
    moment = col(DialogueSession.starts_at)
    source = (
        select(col(DialogueSession.id))
        .join(Facility, col(Facility.id) == DialogueSession.facility_id)
        .where(
            col(DialogueSession.status) == DialogueStatus.held.value,
            *context.moment_in_period(moment),
        )
    )
    available = {"facility": col(Facility.code), "month": context.month(moment, moment=True)}
    return grouped(source, available, dimensions, {"n": func.count()})


MEASURES = {
    measure.name: measure
    for measure in (
        Measure(
            "visits",
            Kind.COUNT,
            "visits",
            "Visits whose slot starts in the period, by facility, type and state.",
            ("facility", "type", "status"),
            _visits,
        ),
        Measure(
            "visits_per_inmate",
            Kind.MEAN,
            "visits",
            "Of the people held at some time in the period (today, without a period), the "
            "mean number of visits each had (that took place) in the period; withheld when "
            "the visits number fewer than k.",
            PERSON_NOW,
            _per_inmate,
            by_month=False,
        ),
        Measure(
            "without_contact",
            Kind.SHARE,
            "people",
            "Of the people held today, the share without a visit or a dialogue session for "
            "more than 90 days (counted from admission for those never visited in this "
            "custody).",
            PERSON_NOW,
            _without_contact,
            snapshot=True,
        ),
        Measure(
            "dialogue_sessions",
            Kind.COUNT,
            "sessions",
            "Dialogue sessions held in the period, by facility.",
            ("facility",),
            _dialogues,
        ),
    )
}
