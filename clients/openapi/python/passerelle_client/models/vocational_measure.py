from enum import StrEnum


class VocationalMeasure(StrEnum):
    COMPLETION_RATE = "completion_rate"
    EMPLOYMENT = "employment"
    ENROLMENTS = "enrolments"
    WAITLIST = "waitlist"

    def __str__(self) -> str:
        return str(self.value)
