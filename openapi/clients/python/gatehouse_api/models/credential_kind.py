from enum import StrEnum


class CredentialKind(StrEnum):
    ACCESS_TOKEN = "access_token"
    API_KEY = "api_key"

    def __str__(self) -> str:
        return str(self.value)
