from enum import StrEnum


class SkillLevel(StrEnum):
    BASIC = "basic"
    FLUENT = "fluent"
    FUNCTIONAL = "functional"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
