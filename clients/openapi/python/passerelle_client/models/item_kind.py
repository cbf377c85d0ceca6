from enum import StrEnum


class ItemKind(StrEnum):
    PROTECTIVE = "protective"
    RISK = "risk"

    def __str__(self) -> str:
        return str(self.value)
