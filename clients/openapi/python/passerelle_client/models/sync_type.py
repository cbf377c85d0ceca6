from enum import StrEnum


class SyncType(StrEnum):
    ASSESSMENTS = "assessments"
    CLASSIFICATIONS = "classifications"
    INMATES = "inmates"
    INTAKE = "intake"

    def __str__(self) -> str:
        return str(self.value)
