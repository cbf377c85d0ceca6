from enum import StrEnum


class LegalStatus(StrEnum):
    ACQUITTED = "acquitted"
    CONVICTED = "convicted"
    PRE_TRIAL = "pre_trial"
    RELEASED = "released"
    TRANSFERRED = "transferred"

    def __str__(self) -> str:
        return str(self.value)
