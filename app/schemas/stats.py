"""API shapes of aggregate statistics."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class Interval(StrEnum):
    month = "month"


class StatsFormat(StrEnum):
    json = "json"
    csv = "csv"


class Dimension(StrEnum):
    """What a figure may be broken down by (each measure lists those it has)."""

    facility = "facility"
    sex = "sex"
    age_band = "age_band"
    region = "region"
    legal_status = "legal_status"
    security_level = "security_level"
    risk = "risk"
    kind = "kind"
    judgement = "judgement"
    topic = "topic"
    organiser = "organiser"
    category = "category"
    trade = "trade"
    status = "status"
    provider = "provider"
    months_after_release = "months_after_release"
    type = "type"


class PopulationMeasure(StrEnum):
    held = "held"
    admissions = "admissions"
    releases = "releases"
    pretrial_days = "pretrial_days"


class AssessmentsMeasure(StrEnum):
    completed = "completed"
    verified = "verified"
    returned = "returned"
    overdue = "overdue"
    verified_within_14_days = "verified_within_14_days"
    overrides = "overrides"


class TrainingMeasure(StrEnum):
    sessions = "sessions"
    participants = "participants"
    participant_hours = "participant_hours"
    attendance_rate = "attendance_rate"
    score_change = "score_change"


class VocationalMeasure(StrEnum):
    enrolments = "enrolments"
    completion_rate = "completion_rate"
    waitlist = "waitlist"
    employment = "employment"


class VisitsMeasure(StrEnum):
    visits = "visits"
    visits_per_inmate = "visits_per_inmate"
    without_contact = "without_contact"
    dialogue_sessions = "dialogue_sessions"


Cell = dict[str, str | int | float | bool | None]


class StatsTable(BaseModel):
    """One figure as a tidy table: one object per cell, with its dimensions, `n` (the
    people or records it rests on), the figure's statistics and `suppressed`. A withheld
    cell has every number null."""

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "endpoint": "population",
                    "measure": "held",
                    "kind": "count",
                    "unit": "people",
                    "description": "People held today (pre-trial or convicted).",
                    "group_by": ["facility", "legal_status"],
                    "columns": ["facility", "legal_status", "n", "suppressed"],
                    "interval": None,
                    "date_from": None,
                    "date_to": None,
                    "k": 5,
                    "generated_at": "2026-11-24T08:00:00Z",
                    "cells": [
                        {
                            "facility": "MCA-BKO",
                            "legal_status": "pre_trial",
                            "n": 41,
                            "suppressed": False,
                        },
                        {
                            "facility": "KLK",
                            "legal_status": "convicted",
                            "n": None,
                            "suppressed": True,
                        },
                    ],
                }
            ]
        }
    }

    endpoint: str
    measure: str
    kind: str = Field(description="count, share, mean, total, rate or distribution.")
    unit: str
    description: str
    group_by: list[str] = Field(description="The dimensions of each cell, `month` last.")
    columns: list[str] = Field(description="The keys of each cell, in CSV order.")
    interval: Interval | None
    date_from: date | None
    date_to: date | None
    k: int = Field(description="Counts from 1 to k-1 are withheld.")
    generated_at: datetime
    cells: list[Cell]
