from enum import StrEnum


class InterventionCode(StrEnum):
    EDUCATION = "education"
    FAMILY_CONTACT = "family_contact"
    LITERACY = "literacy"
    MENTORING = "mentoring"
    OTHER = "other"
    PSYCHOLOGICAL_SUPPORT = "psychological_support"
    RELIGIOUS_DIALOGUE = "religious_dialogue"
    VOCATIONAL_TRAINING = "vocational_training"

    def __str__(self) -> str:
        return str(self.value)
