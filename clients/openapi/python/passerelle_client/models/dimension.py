from enum import StrEnum


class Dimension(StrEnum):
    AGE_BAND = "age_band"
    CATEGORY = "category"
    FACILITY = "facility"
    JUDGEMENT = "judgement"
    KIND = "kind"
    LEGAL_STATUS = "legal_status"
    MONTHS_AFTER_RELEASE = "months_after_release"
    ORGANISER = "organiser"
    PROVIDER = "provider"
    REGION = "region"
    RISK = "risk"
    SECURITY_LEVEL = "security_level"
    SEX = "sex"
    STATUS = "status"
    TOPIC = "topic"
    TRADE = "trade"
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
