from enum import StrEnum


class SecurityLevel(StrEnum):
    HIGH = "high"
    MAXIMUM = "maximum"
    MEDIUM = "medium"
    MINIMUM = "minimum"

    def __str__(self) -> str:
        return str(self.value)
