from enum import StrEnum


class ParticipantCategory(StrEnum):
    COMMUNITY_LEADER = "community_leader"
    JUDGE = "judge"
    NGO_STAFF = "ngo_staff"
    OTHER = "other"
    POLICE_MILITARY = "police_military"
    POLICYMAKER = "policymaker"
    PRISON_STAFF = "prison_staff"
    PROSECUTOR = "prosecutor"
    RELIGIOUS_LEADER = "religious_leader"
    YOUTH_LEADER = "youth_leader"

    def __str__(self) -> str:
        return str(self.value)
