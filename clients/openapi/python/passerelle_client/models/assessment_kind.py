from enum import StrEnum


class AssessmentKind(StrEnum):
    AD_HOC = "ad_hoc"
    INTAKE = "intake"
    PERIODIC_REVIEW = "periodic_review"
    PRE_RELEASE = "pre_release"

    def __str__(self) -> str:
        return str(self.value)
