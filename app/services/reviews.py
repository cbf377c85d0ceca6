"""Reviews called for by events, not only by the calendar."""

from __future__ import annotations

from app.models.base import utcnow
from app.models.inmate import Inmate


def call_for_review(inmate: Inmate, reason: str) -> None:
    """Make the inmate's review due now, with why; the due list shows the reason."""
    inmate.review_due_reason = reason[:200]
    inmate.review_due_since = utcnow().date()


def review_done(inmate: Inmate) -> None:
    inmate.review_due_reason = None
    inmate.review_due_since = None
