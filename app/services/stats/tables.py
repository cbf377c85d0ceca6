"""Statistical tables: a grouped query run by the database, then disclosure control.

A measure is a query grouped by the dimensions asked for, answering per cell the number
of people (or records) it counts — ``n`` — and, by kind, a value: a count is ``n``
itself; a share ``part`` out of ``n``; a mean or a sum over ``n``; a distribution's
median and quartiles. Whatever the kind, a cell whose ``n`` disclosure control withholds
is withheld whole; a share also when its part, or the rest of its whole, is withheld; a
mean, a sum or a distribution also when it rests on fewer than k people.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    case,
    cast,
    extract,
    func,
    literal,
    literal_column,
    select,
    text,
)
from sqlalchemy import Interval as SqlInterval
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import ValidationFailed
from app.schemas.problem import FieldError
from app.services.stats.disclosure import Key, suppress


class Kind(StrEnum):
    COUNT = "count"
    SHARE = "share"
    MEAN = "mean"
    TOTAL = "total"
    RATE = "rate"
    DISTRIBUTION = "distribution"


# The statistics each kind answers, besides n.
STATISTICS: dict[Kind, tuple[str, ...]] = {
    Kind.COUNT: (),
    Kind.SHARE: ("part", "share"),
    Kind.MEAN: ("mean",),
    Kind.TOTAL: ("total",),
    Kind.RATE: ("rate",),
    Kind.DISTRIBUTION: ("q1", "median", "q3"),
}


@dataclass(frozen=True)
class Context:
    """What every query of a request shares: the database's dialect, today, the period."""

    dialect: str
    today: date
    date_from: date | None
    date_to: date | None
    monthly: bool

    # SQL spelled once for both databases.

    def month(self, column: Any, *, moment: bool = False) -> ColumnElement[Any]:
        """The month of a date (or, with ``moment``, of a UTC timestamp), which compute
        labels ``YYYY-MM``. On PostgreSQL, the first moment of the month, spelled with
        literals only: ``date_trunc`` of a timestamp without time zone is immutable, so
        the statistics kept on these expressions (migration 0023) tell the planner how
        few months there are, and it aggregates in a hash table rather than sorting every
        row."""
        if self.dialect == "postgresql":
            value = (
                func.timezone(literal_column("'UTC'"), column)
                if moment
                else cast(column, DateTime())
            )
            return func.date_trunc(literal_column("'month'"), value)
        return func.strftime("%Y-%m", column)

    def year(self, column: Any) -> ColumnElement[int]:
        if self.dialect == "postgresql":
            return cast(extract("year", column), Integer)
        return cast(func.strftime("%Y", column), Integer)

    def days_between(self, later: Any, earlier: Any) -> ColumnElement[int]:
        """Whole days from ``earlier`` to ``later`` (dates)."""
        if self.dialect == "postgresql":
            return cast(later - earlier, Integer)
        return cast(func.julianday(later) - func.julianday(earlier), Integer)

    def hours_between(self, later: Any, earlier: Any) -> ColumnElement[Any]:
        """Hours from ``earlier`` to ``later`` (timestamps)."""
        if self.dialect == "postgresql":
            return extract("epoch", later - earlier) / 3600.0
        return (func.julianday(later) - func.julianday(earlier)) * 24.0

    def plus_days(self, moment: Any, days: int) -> ColumnElement[Any]:
        """A timestamp ``days`` days later."""
        bound: ColumnElement[Any] = (
            moment + literal(timedelta(days=days), SqlInterval())
            if self.dialect == "postgresql"
            else func.julianday(moment) + days
        )
        return bound

    def not_after(self, moment: Any, bound: ColumnElement[Any]) -> ColumnElement[bool]:
        """``moment <= bound`` where ``bound`` comes from plus_days."""
        within: ColumnElement[bool] = (
            moment <= bound if self.dialect == "postgresql" else func.julianday(moment) <= bound
        )
        return within

    def age(self, on: Any, date_of_birth: Any, birth_year: Any) -> ColumnElement[Any]:
        """Age in whole years on a day: exact from the date of birth, else the difference
        of years."""
        exact: ColumnElement[Any]
        if self.dialect == "postgresql":
            exact = cast(func.date_part("year", func.age(on, date_of_birth)), Integer)
        else:
            exact = (
                cast(func.strftime("%Y", on), Integer)
                - cast(func.strftime("%Y", date_of_birth), Integer)
                - case(
                    (func.strftime("%m-%d", on) < func.strftime("%m-%d", date_of_birth), 1), else_=0
                )
            )
        return case((date_of_birth.is_not(None), exact), else_=self.year(on) - birth_year)

    def in_period(self, column: Any) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.date_from is not None:
            conditions.append(column >= self.date_from)
        if self.date_to is not None:
            conditions.append(column <= self.date_to)
        return conditions

    def moment_in_period(self, column: Any) -> list[ColumnElement[bool]]:
        """For a timestamp: from midnight UTC of the first day to the end of the last."""
        conditions: list[ColumnElement[bool]] = []
        if self.date_from is not None:
            conditions.append(column >= datetime.combine(self.date_from, datetime.min.time(), UTC))
        if self.date_to is not None:
            end = datetime.combine(self.date_to, datetime.max.time(), UTC)
            conditions.append(column <= end)
        return conditions


def age_band(age: ColumnElement[int]) -> ColumnElement[str]:
    return case(
        (age.is_(None), literal("unknown")),
        (age < 18, literal("under_18")),
        (age < 25, literal("18_24")),
        (age < 30, literal("25_29")),
        (age < 40, literal("30_39")),
        else_=literal("40_plus"),
    )


@dataclass(frozen=True)
class Measure:
    """One figure of an endpoint: what it counts, in which unit, by which dimensions,
    and the query that computes it for a context and a grouping."""

    name: str
    kind: Kind
    unit: str
    description: str
    dimensions: tuple[str, ...]
    build: Callable[[Context, Sequence[str]], Select[Any]]
    # Whether the measure is a picture of today (no period, no months).
    snapshot: bool = False
    # Whether it may be a monthly time series.
    by_month: bool = True
    # Dimensions it is always broken down by (after those asked for).
    always: tuple[str, ...] = ()


@dataclass
class Table:
    measure: Measure
    group_by: list[str]
    k: int
    cells: list[dict[str, Any]] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return [*self.group_by, "n", *STATISTICS[self.measure.kind], "suppressed"]

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=self.columns, lineterminator="\n")
        writer.writeheader()
        for cell in self.cells:
            writer.writerow({name: _csv_value(cell[name]) for name in self.columns})
        return out.getvalue()


def check_grouping(measure: Measure, group_by: Sequence[str], context: Context) -> list[str]:
    """The dimensions asked for, each once, each one the measure has (422 otherwise)."""
    errors = []
    dimensions = list(dict.fromkeys(group_by))
    for name in dimensions:
        if name not in measure.dimensions and name not in measure.always:
            errors.append(
                FieldError(
                    field="query.group_by",
                    message=f"{measure.name} is not grouped by {name} "
                    f"(it is by: {', '.join(measure.dimensions) or 'nothing'})",
                    type="enum",
                )
            )
    if measure.snapshot and (context.monthly or context.date_from or context.date_to):
        errors.append(
            FieldError(
                field="query.interval" if context.monthly else "query.from",
                message=f"{measure.name} is a picture of today: no period, no interval",
                type="value_error",
            )
        )
    elif context.monthly and not measure.by_month:
        errors.append(
            FieldError(
                field="query.interval",
                message=f"{measure.name} is not a time series",
                type="value_error",
            )
        )
    if errors:
        raise ValidationFailed("Invalid statistics request.", errors=errors)
    dimensions += [name for name in measure.always if name not in dimensions]
    if context.monthly:
        dimensions.append("month")
    return dimensions


async def compute(
    session: AsyncSession, measure: Measure, context: Context, group_by: Sequence[str], k: int
) -> Table:
    """Run the measure's query and withhold what could single someone out."""
    dimensions = check_grouping(measure, group_by, context)
    if context.dialect == "postgresql":
        # Compiling a query to machine code costs these aggregates more (40-90 ms at four
        # times the benchmark's data) than it saves them; for this transaction only.
        connection = await session.connection()
        await connection.execute(text("SET LOCAL jit = off"))
    rows = (await session.exec(measure.build(context, dimensions))).all()  # type: ignore[call-overload]
    table = Table(measure=measure, group_by=dimensions, k=k)
    # Disclosure control sees the dimensions in the measure's order, whatever the order
    # asked for: two orders must not withhold different cells of the same table.
    canonical = sorted(dimensions, key=[*measure.dimensions, *measure.always, "month"].index)
    cells: dict[Key, Mapping[str, Any]] = {}
    shown: dict[Key, Key] = {}
    for row in rows:
        values = row._mapping
        if not values["n"]:
            continue  # a cell of nobody (an ungrouped figure over no one) is no cell
        key = tuple(_same_on_both(values[name]) for name in canonical)
        cells[key] = values
        shown[key] = tuple(values[name] for name in dimensions)
    withheld = await asyncio.to_thread(_withheld, measure, cells, k)
    for key in sorted(cells, key=lambda key: _order(shown[key])):
        values = cells[key]
        hidden = key in withheld
        cell: dict[str, Any] = {name: _label(values[name]) for name in dimensions}
        cell["n"] = None if hidden else int(values["n"])
        for statistic in STATISTICS[measure.kind]:
            cell[statistic] = None if hidden else _number(values[statistic])
        cell["suppressed"] = hidden
        table.cells.append(cell)
    return table


def _withheld(measure: Measure, cells: Mapping[Key, Mapping[str, Any]], k: int) -> set[Key]:
    """The cells to withhold (CPU work: run in a thread, off the event loop)."""
    counts = {key: int(values["n"]) for key, values in cells.items()}
    withheld = suppress(counts, k)
    if measure.kind is Kind.SHARE:
        parts = {key: int(values["part"] or 0) for key, values in cells.items()}
        rest = {key: counts[key] - parts[key] for key in cells}
        withheld |= suppress(parts, k) | suppress(rest, k)
    elif measure.kind is not Kind.COUNT:
        withheld |= {key for key, n in counts.items() if n < k}
    # A mean of counts over n people gives away their sum: withheld when small too.
    sums = {key: int(values["events"]) for key, values in cells.items() if "events" in values}
    withheld |= {key for key, events in sums.items() if 0 < events < k}
    return withheld


def _same_on_both(value: Any) -> Any:
    """A dimension's value as both databases give it (a month is a timestamp on
    PostgreSQL, ``YYYY-MM`` on SQLite), so that disclosure control orders it alike."""
    return f"{value:%Y-%m}" if isinstance(value, datetime) else value


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _order(key: Key) -> tuple[str, ...]:
    return tuple("" if value is None else str(value) for value in key)


def _label(value: Any) -> Any:
    return "unknown" if value is None else _same_on_both(value)


def _number(value: Any) -> float | int | None:
    if value is None:
        return None
    number = float(value)
    return int(number) if number.is_integer() else round(number, 4)


def grouped(
    source: Select[Any],
    available: Mapping[str, Any],
    dimensions: Sequence[str],
    aggregates: Mapping[str, ColumnElement[Any]],
) -> Select[Any]:
    """``source`` (its FROM and WHERE) grouped by the dimensions, with the aggregates."""
    keys = [available[name] for name in dimensions]
    statement = source.with_only_columns(
        *(key.label(name) for key, name in zip(keys, dimensions, strict=True)),
        *(aggregate.label(name) for name, aggregate in aggregates.items()),
    )
    return statement.group_by(*keys) if keys else statement


def quartiles(
    source: Select[Any],
    available: Mapping[str, Any],
    dimensions: Sequence[str],
    value: ColumnElement[Any],
) -> Select[Any]:
    """The median and quartiles of ``value`` in each cell, by ranks (window functions,
    so that both databases compute them): the median averages the middle two of an even
    count; the quartiles are the nearest ranks."""
    keys = [available[name].label(name) for name in dimensions]
    partition = [available[name] for name in dimensions] or None
    ranked = source.with_only_columns(
        *keys,
        value.label("value"),
        func.row_number().over(partition_by=partition, order_by=value).label("rank"),
        func.count().over(partition_by=partition).label("n"),
    ).subquery("ranked")
    rank, n, v = ranked.c.rank, ranked.c.n, ranked.c["value"]
    outer = select(
        *(ranked.c[name] for name in dimensions),
        n.label("n"),
        func.max(case((rank == (n + 3) // 4, v))).label("q1"),
        func.avg(case((rank.in_([(n + 1) // 2, (n + 2) // 2]), v))).label("median"),
        func.max(case((rank == (3 * n + 3) // 4, v))).label("q3"),
    )
    return outer.group_by(*(ranked.c[name] for name in dimensions), n)
