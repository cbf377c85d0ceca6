from enum import StrEnum


class VisitStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    DENIED = "denied"
    NO_SHOW = "no_show"
    OCCURRED = "occurred"
    REQUESTED = "requested"

    def __str__(self) -> str:
        return str(self.value)
