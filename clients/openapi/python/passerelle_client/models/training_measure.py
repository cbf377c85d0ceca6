from enum import StrEnum


class TrainingMeasure(StrEnum):
    ATTENDANCE_RATE = "attendance_rate"
    PARTICIPANTS = "participants"
    PARTICIPANT_HOURS = "participant_hours"
    SCORE_CHANGE = "score_change"
    SESSIONS = "sessions"

    def __str__(self) -> str:
        return str(self.value)
