"""When an inmate's review falls due: by the calendar, by events, by expiring overrides.

Every change to these facts goes through this module, which keeps ``review_due_on`` — the
earliest of them — so that the due list is one indexed range read.
"""

from __future__ import annotations

from datetime import date

from app.models.base import utcnow
from app.models.inmate import Inmate


def refresh_review_due(inmate: Inmate) -> None:
    """Never assessed: due since admission. Otherwise the earliest of the next review
    date, a pending event's date and an override's review-by date."""
    candidates: list[date] = [inmate.next_review_date or inmate.admission_date]
    if inmate.review_due_reason and inmate.review_due_since:
        candidates.append(inmate.review_due_since)
    if inmate.override_review_by is not None:
        candidates.append(inmate.override_review_by)
    inmate.review_due_on = min(candidates)


def call_for_review(inmate: Inmate, reason: str) -> None:
    """Make the inmate's review due now, with why; the due list shows the reason."""
    inmate.review_due_reason = reason[:200]
    inmate.review_due_since = utcnow().date()
    refresh_review_due(inmate)


def review_done(inmate: Inmate, next_review: date) -> None:
    """A verified assessment: pending events are answered, the calendar starts again."""
    inmate.review_due_reason = None
    inmate.review_due_since = None
    inmate.next_review_date = next_review
    refresh_review_due(inmate)


HIGH_RISK_REVIEW = "verified assessment of high risk: review the classification"


def set_override_review(inmate: Inmate, review_by: date | None) -> None:
    """A classification decision: it answers a high-risk call for a classification review."""
    inmate.override_review_by = review_by
    if inmate.review_due_reason == HIGH_RISK_REVIEW:
        inmate.review_due_reason = None
        inmate.review_due_since = None
    refresh_review_due(inmate)
