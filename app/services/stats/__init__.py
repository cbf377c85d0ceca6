"""Aggregate statistics for analysts and reporting tools: every figure is computed by the
database, then put through disclosure control, so that no figure singles out a person."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import ValidationFailed
from app.models.base import utcnow
from app.principal import Actor
from app.schemas.problem import FieldError
from app.services.audit import record_event
from app.services.stats import assessments, population, training, visits, vocational
from app.services.stats.tables import Context, Measure, Table, compute

ENDPOINTS: Mapping[str, Mapping[str, Measure]] = {
    "population": population.MEASURES,
    "assessments": assessments.MEASURES,
    "training": training.MEASURES,
    "vocational": vocational.MEASURES,
    "visits": visits.MEASURES,
}


def _check_period(date_from: date | None, date_to: date | None) -> None:
    """Periods are whole months: two periods a day apart would differ by the people of
    one day, and give them away."""
    errors = []
    if date_from is not None and date_from.day != 1:
        errors.append(
            FieldError(field="query.from", message="the first day of a month", type="date")
        )
    if date_to is not None and (date_to + timedelta(days=1)).day != 1:
        errors.append(FieldError(field="query.to", message="the last day of a month", type="date"))
    if date_from is not None and date_to is not None and date_to < date_from:
        errors.append(FieldError(field="query.to", message="before from", type="date"))
    if errors:
        raise ValidationFailed("Invalid statistics request.", errors=errors)


async def figure(
    session: AsyncSession,
    endpoint: str,
    measure: str,
    group_by: Sequence[str],
    *,
    date_from: date | None,
    date_to: date | None,
    monthly: bool,
    k: int,
) -> Table:
    """One measure of an endpoint, grouped, over the period, withheld where it must be."""
    _check_period(date_from, date_to)
    context = Context(
        dialect=session.get_bind().dialect.name,
        today=utcnow().date(),
        date_from=date_from,
        date_to=date_to,
        monthly=monthly,
    )
    return await compute(session, ENDPOINTS[endpoint][measure], context, group_by, k)


async def record_query(
    session: AsyncSession,
    actor: Actor,
    endpoint: str,
    measure: str,
    group_by: Sequence[str],
    date_from: date | None,
    date_to: date | None,
    monthly: bool,
) -> None:
    """Every statistics request is on record (on the main database, not the replica), so
    that oversight can see who asked for which combination of figures."""
    record_event(
        session,
        actor,
        "stats.query",
        "stats",
        None,
        {
            "endpoint": endpoint,
            "measure": measure,
            "group_by": list(group_by),
            "from": str(date_from) if date_from else None,
            "to": str(date_to) if date_to else None,
            "monthly": monthly,
        },
    )
    await session.commit()
