from enum import StrEnum


class EmploymentStatus(StrEnum):
    EMPLOYED = "employed"
    IN_TRAINING = "in_training"
    NOT_REACHED = "not_reached"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"

    def __str__(self) -> str:
        return str(self.value)
