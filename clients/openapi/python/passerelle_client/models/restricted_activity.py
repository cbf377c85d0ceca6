from enum import StrEnum


class RestrictedActivity(StrEnum):
    CONSULAR = "consular"
    DIALOGUE = "dialogue"
    FAMILY = "family"
    NGO = "ngo"
    RELIGIOUS = "religious"

    def __str__(self) -> str:
        return str(self.value)
