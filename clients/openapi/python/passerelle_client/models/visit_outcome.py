from enum import StrEnum


class VisitOutcome(StrEnum):
    NO_SHOW = "no_show"
    OCCURRED = "occurred"

    def __str__(self) -> str:
        return str(self.value)
