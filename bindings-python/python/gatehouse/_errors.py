"""The SDK's one exception class, raised by the native module for every refusal."""

from __future__ import annotations


class AuthError(Exception):
    """A credential was refused, or a permission is missing.

    ``code`` is one of the stable Gatehouse error codes (``gatehouse.AUTH_ERROR_CODES``), the
    same string every Gatehouse SDK and the server use; ``message`` is for people. ``status``,
    ``www_authenticate`` and ``body`` are the HTTP answer every Gatehouse SDK gives for it
    (401/403/503, the RFC 6750 challenge, the JSON body), ready to send.
    """

    code: str
    message: str
    status: int
    www_authenticate: str | None
    body: str

    def __init__(
        self,
        code: str,
        message: str,
        status: int,
        www_authenticate: str | None,
        body: str,
    ) -> None:
        super().__init__(code, message, status, www_authenticate, body)
        self.code = code
        self.message = message
        self.status = status
        self.www_authenticate = www_authenticate
        self.body = body

    @property
    def headers(self) -> dict[str, str]:
        """Response headers: ``Content-Type`` and, except for 503, ``WWW-Authenticate``."""
        headers = {"Content-Type": "application/json"}
        if self.www_authenticate is not None:
            headers["WWW-Authenticate"] = self.www_authenticate
        return headers

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
