from enum import StrEnum


class KeepApartReason(StrEnum):
    CONFLICT = "conflict"
    CO_ACCUSED = "co_accused"
    IDEOLOGICAL_INFLUENCE = "ideological_influence"
    OTHER = "other"
    PROTECTION = "protection"

    def __str__(self) -> str:
        return str(self.value)
