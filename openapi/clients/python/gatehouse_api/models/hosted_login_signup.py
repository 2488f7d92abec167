from enum import StrEnum


class HostedLoginSignup(StrEnum):
    CREATE_ORGANIZATION = "create_organization"
    DISABLED = "disabled"
    VERIFIED_DOMAIN = "verified_domain"

    def __str__(self) -> str:
        return str(self.value)
