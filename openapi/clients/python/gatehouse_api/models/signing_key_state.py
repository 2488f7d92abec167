from enum import StrEnum


class SigningKeyState(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    PENDING = "pending"
    RETIRED = "retired"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
