"""`SecretStr`: how a credential the service hands out arrives in a result."""

from __future__ import annotations


class SecretStr(str):
    """A ``str`` holding a credential (an API key's ``secretKey``, a Prometheus
    read key). It is the value itself everywhere a str is used (``str(s)``,
    f-strings, ``json.dumps``, a new client's ``private_key``); only its
    ``repr`` is masked, so printing a result, a notebook cell's echo or a
    traceback never shows it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "SecretStr('****')"

    def reveal(self) -> str:
        """The value as a plain ``str`` (whose repr is not masked)."""
        return str.__str__(self)
