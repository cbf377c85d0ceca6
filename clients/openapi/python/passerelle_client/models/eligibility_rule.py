from enum import StrEnum


class EligibilityRule(StrEnum):
    CELL_BLOCK = "cell_block"
    CUSTODY = "custody"
    FACILITY = "facility"
    LEGAL_STATUS = "legal_status"
    LITERACY = "literacy"
    SECURITY_LEVEL = "security_level"

    def __str__(self) -> str:
        return str(self.value)
