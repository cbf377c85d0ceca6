from enum import StrEnum


class OrganisationKind(StrEnum):
    ACADEMIC = "academic"
    EMBASSY = "embassy"
    GOVERNMENT = "government"
    INTERNATIONAL = "international"
    JUDICIARY = "judiciary"
    NGO = "ngo"
    OTHER = "other"
    UN_AGENCY = "un_agency"

    def __str__(self) -> str:
        return str(self.value)
