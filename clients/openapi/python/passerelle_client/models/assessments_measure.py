from enum import StrEnum


class AssessmentsMeasure(StrEnum):
    COMPLETED = "completed"
    OVERDUE = "overdue"
    OVERRIDES = "overrides"
    RETURNED = "returned"
    VERIFIED = "verified"
    VERIFIED_WITHIN_14_DAYS = "verified_within_14_days"

    def __str__(self) -> str:
        return str(self.value)
