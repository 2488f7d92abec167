from enum import StrEnum


class HostedLoginSignupType0(StrEnum):
    CREATE_ORGANIZATION = "create_organization"
    DISABLED = "disabled"
    VERIFIED_DOMAIN = "verified_domain"

    def __str__(self) -> str:
        return str(self.value)
