from enum import StrEnum


class IdDocumentType(StrEnum):
    BAR_CARD = "bar_card"
    CONSULAR_CARD = "consular_card"
    NATIONAL_ID = "national_id"
    OTHER = "other"
    PASSPORT = "passport"

    def __str__(self) -> str:
        return str(self.value)
