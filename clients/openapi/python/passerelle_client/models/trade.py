from enum import StrEnum


class Trade(StrEnum):
    AGRICULTURE = "agriculture"
    CARPENTRY = "carpentry"
    COMPUTING = "computing"
    LITERACY = "literacy"
    MECHANICS = "mechanics"
    OTHER = "other"
    TAILORING = "tailoring"

    def __str__(self) -> str:
        return str(self.value)
