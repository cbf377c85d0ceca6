from enum import StrEnum


class RejectionReason(StrEnum):
    CONFLICTING_SCORES = "conflicting_scores"
    DAY_IN_FUTURE = "day_in_future"
    DAY_OUTSIDE_SESSION = "day_outside_session"
    DUPLICATE_IN_BATCH = "duplicate_in_batch"
    HOURS_EXCEED_SCHEDULE = "hours_exceed_schedule"
    HOURS_FOR_ABSENCE = "hours_for_absence"
    HOURS_OUT_OF_RANGE = "hours_out_of_range"
    HOURS_REQUIRED = "hours_required"
    INVALID_RECORD = "invalid_record"
    NOT_ENROLLED = "not_enrolled"
    PARTICIPANT_WITHDRAWN = "participant_withdrawn"
    SESSION_CANCELLED = "session_cancelled"
    SESSION_FULL = "session_full"
    UNKNOWN_ENROLMENT = "unknown_enrolment"
    UNKNOWN_PARTICIPANT = "unknown_participant"
    UNKNOWN_SESSION = "unknown_session"
    UNKNOWN_STATUS = "unknown_status"

    def __str__(self) -> str:
        return str(self.value)
