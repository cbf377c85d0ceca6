"""HTTP routes of aggregate statistics: tables that never single out a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from app.db import SessionDep, StatsSessionDep
from app.deps import SettingsDep, StatsRead, model_response
from app.errors import problem_responses
from app.models.base import utcnow
from app.principal import Actor
from app.schemas.stats import (
    AssessmentsMeasure,
    Dimension,
    Interval,
    PopulationMeasure,
    StatsFormat,
    StatsTable,
    TrainingMeasure,
    VisitsMeasure,
    VocationalMeasure,
)
from app.services import stats
from app.services.stats.tables import Table

router = APIRouter(
    prefix="/stats",
    tags=["statistics"],
    responses={
        200: {
            "content": {
                "text/csv": {
                    "schema": {"type": "string"},
                    "example": "facility,legal_status,n,suppressed\nMCA-BKO,pre_trial,41,false\n",
                }
            },
            "description": "The table; as CSV with `format=csv`.",
        },
        **problem_responses(401, 403, 422),
    },
)

MAX_DIMENSIONS = 3


@dataclass(frozen=True)
class TableRequest:
    """What every statistics route takes: the grouping, the period, months, the format."""

    group_by: list[str]
    date_from: date | None
    date_to: date | None
    interval: Interval | None
    format: StatsFormat


async def table_request(
    group_by: Annotated[
        list[Dimension],
        Query(
            max_length=MAX_DIMENSIONS,
            description="Dimensions to break the figure down by (repeat the parameter; "
            "at most 3); each measure lists those it has.",
        ),
    ] = [],  # noqa: B006 (FastAPI copies defaults)
    date_from: Annotated[
        date | None,
        Query(alias="from", description="First day of the period: the 1st of a month."),
    ] = None,
    date_to: Annotated[
        date | None,
        Query(alias="to", description="Last day of the period: the last of a month."),
    ] = None,
    interval: Annotated[
        Interval | None, Query(description="`month`: a time series, one cell a month.")
    ] = None,
    format: Annotated[
        StatsFormat, Query(description="`json` (default) or `csv`.")
    ] = StatsFormat.json,
) -> TableRequest:
    return TableRequest(
        [dimension.value for dimension in group_by], date_from, date_to, interval, format
    )


TableRequestDep = Annotated[TableRequest, Depends(table_request)]


async def _answer(
    session: StatsSessionDep,
    settings: SettingsDep,
    endpoint: str,
    measure: str,
    request: TableRequest,
    actor: Actor,
    audit_session: SessionDep,
) -> Response:
    await stats.record_query(
        audit_session,
        actor,
        endpoint,
        measure,
        request.group_by,
        request.date_from,
        request.date_to,
        request.interval is Interval.month,
    )
    table = await stats.figure(
        session,
        endpoint,
        measure,
        request.group_by,
        date_from=request.date_from,
        date_to=request.date_to,
        monthly=request.interval is Interval.month,
        k=settings.stats_min_cell,
    )
    if request.format is StatsFormat.csv:
        return Response(
            table.csv(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{endpoint}-{measure}.csv"'},
        )
    return model_response(_shape(endpoint, table, request))


def _shape(endpoint: str, table: Table, request: TableRequest) -> StatsTable:
    return StatsTable(
        endpoint=endpoint,
        measure=table.measure.name,
        kind=table.measure.kind.value,
        unit=table.measure.unit,
        description=table.measure.description,
        group_by=table.group_by,
        columns=table.columns,
        interval=request.interval,
        date_from=request.date_from,
        date_to=request.date_to,
        k=table.k,
        generated_at=utcnow(),
        cells=table.cells,
    )


@router.get("/population", name="population", response_model=StatsTable)
async def population(
    actor: StatsRead,
    session: StatsSessionDep,
    audit_session: SessionDep,
    settings: SettingsDep,
    request: TableRequestDep,
    measure: Annotated[
        PopulationMeasure, Query(description="The figure.")
    ] = PopulationMeasure.held,
) -> Response:
    """People held today (`held`: by facility, legal status, sex, age band, region,
    security level, risk judgement); custody episodes opened and closed
    (`admissions`, `releases`, by month with `interval=month`); days in pre-trial
    detention so far (`pretrial_days`: median and quartiles)."""
    return await _answer(
        session, settings, "population", measure.value, request, actor, audit_session
    )


@router.get("/assessments", name="assessments", response_model=StatsTable)
async def assessments(
    actor: StatsRead,
    session: StatsSessionDep,
    audit_session: SessionDep,
    settings: SettingsDep,
    request: TableRequestDep,
    measure: Annotated[
        AssessmentsMeasure, Query(description="The figure.")
    ] = AssessmentsMeasure.completed,
) -> Response:
    """Assessments `completed` (submitted), `verified` (by `judgement`: the distribution
    of judgements), `returned`, reviews `overdue` today, the share
    `verified_within_14_days`, and the share of classification `overrides`."""
    return await _answer(
        session, settings, "assessments", measure.value, request, actor, audit_session
    )


@router.get("/training", name="training", response_model=StatsTable)
async def training(
    actor: StatsRead,
    session: StatsSessionDep,
    audit_session: SessionDep,
    settings: SettingsDep,
    request: TableRequestDep,
    measure: Annotated[
        TrainingMeasure, Query(description="The figure.")
    ] = TrainingMeasure.sessions,
) -> Response:
    """Training `sessions`, `participants`, `participant_hours` by topic, organiser and
    participant category; the `attendance_rate`; the mean pre/post `score_change`."""
    return await _answer(
        session, settings, "training", measure.value, request, actor, audit_session
    )


@router.get("/vocational", name="vocational", response_model=StatsTable)
async def vocational(
    actor: StatsRead,
    session: StatsSessionDep,
    audit_session: SessionDep,
    settings: SettingsDep,
    request: TableRequestDep,
    measure: Annotated[
        VocationalMeasure, Query(description="The figure.")
    ] = VocationalMeasure.enrolments,
) -> Response:
    """Vocational `enrolments` by trade and state, the `completion_rate`, the `waitlist`
    today, and `employment` 6 and 12 months after release."""
    return await _answer(
        session, settings, "vocational", measure.value, request, actor, audit_session
    )


@router.get("/visits", name="visits", response_model=StatsTable)
async def visits(
    actor: StatsRead,
    session: StatsSessionDep,
    audit_session: SessionDep,
    settings: SettingsDep,
    request: TableRequestDep,
    measure: Annotated[VisitsMeasure, Query(description="The figure.")] = VisitsMeasure.visits,
) -> Response:
    """`visits`, `visits_per_inmate` held, the share `without_contact` for more than 90
    days, and `dialogue_sessions` held."""
    return await _answer(session, settings, "visits", measure.value, request, actor, audit_session)
