from enum import StrEnum


class TrainingTopic(StrEnum):
    ETHICS_MANDELA_RULES = "ethics_mandela_rules"
    EVIDENCE_COLLECTION = "evidence_collection"
    JUDICIARY_PRISON_COOPERATION = "judiciary_prison_cooperation"
    LANGUAGE_COURSE = "language_course"
    OTHER = "other"
    PSYCHOLOGY_OF_VIOLENT_EXTREMISM = "psychology_of_violent_extremism"
    RADICALISATION_AWARENESS = "radicalisation_awareness"
    RISK_ASSESSMENT = "risk_assessment"
    TRAINING_OF_TRAINERS = "training_of_trainers"
    YOUTH_LEADERSHIP_ALTERNATIVE_NARRATIVES = "youth_leadership_alternative_narratives"

    def __str__(self) -> str:
        return str(self.value)
