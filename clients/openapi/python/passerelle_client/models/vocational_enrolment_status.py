from enum import StrEnum


class VocationalEnrolmentStatus(StrEnum):
    COMPLETED = "completed"
    DROPPED = "dropped"
    ENROLLED = "enrolled"
    INTERESTED = "interested"
    SUSPENDED = "suspended"
    WAITLISTED = "waitlisted"

    def __str__(self) -> str:
        return str(self.value)
