from enum import StrEnum


class EducationLevel(StrEnum):
    HIGHER = "higher"
    KORANIC = "koranic"
    NONE = "none"
    PRIMARY = "primary"
    SECONDARY = "secondary"
    UNKNOWN = "unknown"
    VOCATIONAL = "vocational"

    def __str__(self) -> str:
        return str(self.value)
