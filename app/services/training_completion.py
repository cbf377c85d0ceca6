"""Completion of a training session: hours attended against the session's rule, the
certificate number, and the certification an accrediting session grants."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.dates import add_months
from app.models.certification import Certification
from app.models.training import TrainingSession
from app.schemas.training import AttendanceStatus
from app.services.attendance_rules import EPSILON

# Statuses whose hours count towards completion.
COUNTED = frozenset({AttendanceStatus.present.value, AttendanceStatus.late.value})


@dataclass(frozen=True)
class Completion:
    attended_hours: float
    completed_on: date | None

    @property
    def completed(self) -> bool:
        return self.completed_on is not None


def completion_of(
    training: TrainingSession, attendance: Mapping[date, tuple[str, float]]
) -> Completion:
    """Hours attended and, once the rule is met, the day it was met on."""
    required = training.scheduled_hours * training.completion_percent / 100
    total = 0.0
    completed_on = None
    for day in sorted(attendance):
        status, hours = attendance[day]
        if status in COUNTED:
            total += hours
            if completed_on is None and total + EPSILON >= required:
                completed_on = day
    return Completion(round(total, 4), completed_on)


def certificate_number(training: TrainingSession, rank: int) -> str:
    """The session's whole id and the participant's rank in completing it: unique by
    construction, whatever ids sessions are given."""
    return f"PSL-{training.id.hex.upper()}-{rank:04d}"


async def session_certifications(
    session: AsyncSession, training: TrainingSession, user_ids: set[uuid.UUID]
) -> dict[uuid.UUID, Certification]:
    """The certifications the session has granted to these users."""
    if not user_ids:
        return {}
    granted = (
        await session.exec(
            select(Certification).where(
                Certification.source == "training",
                Certification.source_id == training.id,
                col(Certification.user_id).in_(user_ids),
            )
        )
    ).all()
    return {certification.user_id: certification for certification in granted}


def accreditation(
    training: TrainingSession, user_id: uuid.UUID, completed_on: date
) -> Certification | None:
    """The certification completing an accrediting session grants (or renews): valid from
    the day of completion for the session's accreditation period."""
    if training.accredits_instrument_code is None:
        return None
    return Certification(
        user_id=user_id,
        instrument_code=training.accredits_instrument_code,
        issued_on=completed_on,
        expires_on=add_months(completed_on, training.accreditation_months),
        issuing_organisation_id=training.organiser_organisation_id,
        source="training",
        source_id=training.id,
    )
