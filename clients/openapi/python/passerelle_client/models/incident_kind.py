from enum import StrEnum


class IncidentKind(StrEnum):
    CONTRABAND = "contraband"
    OTHER = "other"
    RECRUITMENT = "recruitment"
    SELF_HARM = "self_harm"
    THREAT = "threat"
    VIOLENCE = "violence"

    def __str__(self) -> str:
        return str(self.value)
