from enum import StrEnum


class Scope(StrEnum):
    ADMIN = "admin"
    ASSESSMENTSREAD = "assessments:read"
    ASSESSMENTSVERIFY = "assessments:verify"
    ASSESSMENTSWRITE = "assessments:write"
    ATTENDANCESYNC = "attendance:sync"
    AUDITREAD = "audit:read"
    CLASSIFICATIONSREAD = "classifications:read"
    CLASSIFICATIONSWRITE = "classifications:write"
    DIALOGUEREAD = "dialogue:read"
    EMERGENCY_ACCESSREVIEW = "emergency_access:review"
    INMATESREAD = "inmates:read"
    INMATESWRITE = "inmates:write"
    INTAKEWRITE = "intake:write"
    REFERENCEREAD = "reference:read"
    STATSREAD = "stats:read"
    TRAININGREAD = "training:read"
    TRAININGWRITE = "training:write"
    VISITSAPPROVE = "visits:approve"
    VISITSREAD = "visits:read"
    VISITSWRITE = "visits:write"
    VOCATIONALREAD = "vocational:read"
    VOCATIONALWRITE = "vocational:write"

    def __str__(self) -> str:
        return str(self.value)
