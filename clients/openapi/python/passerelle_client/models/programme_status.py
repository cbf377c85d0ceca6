from enum import StrEnum


class ProgrammeStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    OPEN = "open"
    PLANNED = "planned"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
