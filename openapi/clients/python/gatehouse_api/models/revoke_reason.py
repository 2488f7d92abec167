from enum import StrEnum


class RevokeReason(StrEnum):
    CODE_REUSE = "code_reuse"
    DEACTIVATED = "deactivated"
    LOGOUT = "logout"
    PASSWORD_RESET = "password_reset"
    REFRESH_TOKEN_REUSE = "refresh_token_reuse"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
