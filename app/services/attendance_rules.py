"""What every attendance batch checks record by record, whatever it records attendance
of (a training session, a vocational programme): the record's form, its day, its hours."""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from datetime import date
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from app.models.base import utcnow
from app.schemas.training import AttendanceStatus, RejectionReason

ModelT = TypeVar("ModelT", bound=BaseModel)
# Rejects the record at an index, with a reason and a message.
Reject = Callable[[int, RejectionReason, str], None]

ABSENT = frozenset({AttendanceStatus.absent.value, AttendanceStatus.excused.value})
# Hours are compared with this tolerance (they are fractions, added up).
EPSILON = 1e-9


@cache
def _list_of(model: type[BaseModel]) -> TypeAdapter[Any]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def parse_records(
    model: type[ModelT], raw_records: Sequence[Any], reject: Reject
) -> list[tuple[int, ModelT]]:
    """The well-formed records with their index; the others are rejected with the reason.
    A clean batch is checked in one pass; one with faults record by record."""
    try:
        return list(enumerate(_list_of(model).validate_python(raw_records)))
    except ValidationError:
        return [
            (index, record)
            for index, raw in enumerate(raw_records)
            if (record := _parse_record(model, raw, index, reject)) is not None
        ]


def _parse_record(model: type[ModelT], raw: Any, index: int, reject: Reject) -> ModelT | None:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        reason = RejectionReason.invalid_record
        if first["loc"][:1] == ("status",) and first["type"] == "enum":
            reason = RejectionReason.unknown_status
        elif first["loc"][:1] == ("hours",) and first["type"] in (
            "less_than_equal",
            "greater_than_equal",
        ):
            reason = RejectionReason.hours_out_of_range
        reject(index, reason, f"{where}: {first['msg']}")
        return None


def hours_attended(
    day: date,
    status: AttendanceStatus,
    hours: float | None,
    days: Container[date],
    hours_per_day: float,
) -> float | tuple[RejectionReason, str]:
    """The hours a record counts, or why it is rejected: a day not come yet or outside the
    schedule, hours for an absence, a late arrival without hours, more hours than the day
    has. Present without hours counts the whole day; absent or excused, none."""
    if day > utcnow().date():
        return RejectionReason.day_in_future, f"{day} has not come yet."
    if day not in days:
        return RejectionReason.day_outside_session, f"{day} is not a day of the schedule."
    if status.value in ABSENT:
        if hours:
            return RejectionReason.hours_for_absence, f"An {status.value} person attends no hours."
        return 0.0
    if hours is None:
        if status is AttendanceStatus.late:
            return RejectionReason.hours_required, "Give the hours a late arrival attended."
        return hours_per_day
    if hours > hours_per_day + EPSILON:
        return RejectionReason.hours_exceed_schedule, f"A day has {hours_per_day:g} hours."
    return float(hours)
