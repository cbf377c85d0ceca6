from enum import StrEnum


class RestrictionLevel(StrEnum):
    HIGH = "high"
    MAXIMUM = "maximum"
    MEDIUM = "medium"
    MINIMUM = "minimum"
    UNCLASSIFIED = "unclassified"

    def __str__(self) -> str:
        return str(self.value)
