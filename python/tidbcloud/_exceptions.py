"""Exceptions raised by tidbcloud. Every one derives from :class:`TiDBCloudError`."""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TiDBCloudError",
    "WaiterError",
]


class TiDBCloudError(Exception):
    """Base class of every error raised by tidbcloud."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(TiDBCloudError):
    """No usable answer came back: connection refused or reset, DNS, TLS."""


class APITimeoutError(APIConnectionError):
    """The request, or the connection attempt, ran out of time."""


class APIResponseError(TiDBCloudError):
    """The server answered, but not with what the API promises (bad JSON, wrong shape)."""

    status_code: int | None
    request_id: str | None

    def __init__(
        self, message: str, *, status_code: int | None = None, request_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id

    def __reduce__(self) -> Any:
        return _rebuild, (type(self), self.args, self.__dict__)


class APIStatusError(TiDBCloudError):
    """The API answered with an error status. ``message`` is the server's own text."""

    status_code: int
    code: int | str | None
    error: str | None
    request_id: str | None
    body: Any
    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | str | None = None,
        error: str | None = None,
        api_message: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = api_message if api_message is not None else message
        self.status_code = status_code
        self.code = code
        self.error = error
        self.request_id = request_id
        self.body = body
        self.retry_after = retry_after

    def __reduce__(self) -> Any:
        return _rebuild, (type(self), self.args, self.__dict__)


class BadRequestError(APIStatusError):
    """400: the request was invalid (the message says what is wrong)."""


class AuthenticationError(APIStatusError):
    """401: the API key pair was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the key's role does not allow this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the resource is in a conflicting state."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` says how long to wait, in seconds."""


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


class WaiterError(TiDBCloudError):
    """A waiter gave up: it timed out or the resource reached a state it cannot leave."""

    last_state: str | None
    last_response: Any

    def __init__(
        self, message: str, *, last_state: str | None = None, last_response: Any = None
    ) -> None:
        super().__init__(message)
        self.last_state = last_state
        self.last_response = last_response

    def __reduce__(self) -> Any:
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[TiDBCloudError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    exc = cls.__new__(cls)
    Exception.__init__(exc, *args)
    exc.__dict__.update(state)
    return exc


# They are raised and caught as `tidbcloud.X`, so tracebacks and reprs say so
# (and pickling finds them there) rather than naming this private module.
for _name in __all__:
    globals()[_name].__module__ = "tidbcloud"
del _name
