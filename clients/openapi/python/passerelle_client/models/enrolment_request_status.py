from enum import StrEnum


class EnrolmentRequestStatus(StrEnum):
    ENROLLED = "enrolled"
    INTERESTED = "interested"

    def __str__(self) -> str:
        return str(self.value)
