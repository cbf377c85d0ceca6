from enum import StrEnum


class AttendanceStatus(StrEnum):
    ABSENT = "absent"
    EXCUSED = "excused"
    LATE = "late"
    PRESENT = "present"

    def __str__(self) -> str:
        return str(self.value)
