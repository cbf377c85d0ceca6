from enum import StrEnum


class VisitorKind(StrEnum):
    COMMUNITY_LEADER = "community_leader"
    CONSULAR = "consular"
    FAMILY = "family"
    LAWYER = "lawyer"
    NGO = "ngo"
    OTHER = "other"
    RELIGIOUS_LEADER = "religious_leader"

    def __str__(self) -> str:
        return str(self.value)
