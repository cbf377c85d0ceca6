from enum import StrEnum


class PopulationMeasure(StrEnum):
    ADMISSIONS = "admissions"
    HELD = "held"
    PRETRIAL_DAYS = "pretrial_days"
    RELEASES = "releases"

    def __str__(self) -> str:
        return str(self.value)
