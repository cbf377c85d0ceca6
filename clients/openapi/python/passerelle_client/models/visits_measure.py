from enum import StrEnum


class VisitsMeasure(StrEnum):
    DIALOGUE_SESSIONS = "dialogue_sessions"
    VISITS = "visits"
    VISITS_PER_INMATE = "visits_per_inmate"
    WITHOUT_CONTACT = "without_contact"

    def __str__(self) -> str:
        return str(self.value)
