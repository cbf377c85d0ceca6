from enum import StrEnum


class ClientKind(StrEnum):
    DEVICE = "device"
    PARTNER = "partner"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
