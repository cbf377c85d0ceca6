from enum import StrEnum


class Interval(StrEnum):
    MONTH = "month"

    def __str__(self) -> str:
        return str(self.value)
