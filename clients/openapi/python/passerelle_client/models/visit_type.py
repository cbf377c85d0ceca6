from enum import StrEnum


class VisitType(StrEnum):
    CONSULAR = "consular"
    FAMILY = "family"
    LEGAL = "legal"
    NGO = "ngo"
    RELIGIOUS = "religious"

    def __str__(self) -> str:
        return str(self.value)
