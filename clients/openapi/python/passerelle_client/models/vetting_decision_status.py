from enum import StrEnum


class VettingDecisionStatus(StrEnum):
    APPROVED = "approved"
    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
