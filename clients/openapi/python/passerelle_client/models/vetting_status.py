from enum import StrEnum


class VettingStatus(StrEnum):
    APPROVED = "approved"
    EXPIRED = "expired"
    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
