"""Aggregate statistics for analysts and reporting tools: every figure is computed by the
database, then put through disclosure control, so that no figure singles out a person."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import ValidationFailed
from app.models.base import utcnow
from app.schemas.problem import FieldError
from app.services.stats import assessments, population, training, visits, vocational
from app.services.stats.tables import Context, Measure, Table, compute

ENDPOINTS: Mapping[str, Mapping[str, Measure]] = {
    "population": population.MEASURES,
    "assessments": assessments.MEASURES,
    "training": training.MEASURES,
    "vocational": vocational.MEASURES,
    "visits": visits.MEASURES,
}


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
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationFailed(
            "Invalid statistics request.",
            errors=[FieldError(field="query.to", message="before from", type="date")],
        )
    context = Context(
        dialect=session.get_bind().dialect.name,
        today=utcnow().date(),
        date_from=date_from,
        date_to=date_to,
        monthly=monthly,
    )
    return await compute(session, ENDPOINTS[endpoint][measure], context, group_by, k)
