from enum import StrEnum


class LoginMethod(StrEnum):
    GITHUB = "github"
    GOOGLE = "google"
    MAGIC_LINK = "magic_link"
    MICROSOFT = "microsoft"
    OIDC = "oidc"
    PASSKEY = "passkey"
    PASSWORD = "password"
    SAML = "saml"

    def __str__(self) -> str:
        return str(self.value)
