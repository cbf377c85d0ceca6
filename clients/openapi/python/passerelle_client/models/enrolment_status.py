from enum import StrEnum


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
