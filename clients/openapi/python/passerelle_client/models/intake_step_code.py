from enum import StrEnum


class IntakeStepCode(StrEnum):
    MEDICAL_SCREENING = "medical_screening"
    PLACEMENT_DECISION = "placement_decision"
    PROPERTY_SEARCH = "property_search"
    RECEPTION_IDENTITY = "reception_identity"
    RISK_SCREENING = "risk_screening"
    SECURITY_INTERVIEW = "security_interview"
    SOCIAL_INTERVIEW = "social_interview"

    def __str__(self) -> str:
        return str(self.value)
