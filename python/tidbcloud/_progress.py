"""Progress displays for waiters.

One rule for every waiter (``clusters.wait``, ``imports.wait``, ...):

- ``progress=None`` (the default): a display when someone is watching, that is
  when stderr is a terminal or the code runs in a Jupyter kernel; nothing in a
  pipe, a log or CI.
- ``progress=True``: always a display. With tqdm installed and someone
  watching, ``tqdm.auto`` draws a bar (a widget in Jupyter); otherwise a plain
  display prints one line per change.
- ``progress=False``: nothing. A callable receives every polled resource.

When the rate limit holds a poll back for more than a second, a display says
how long and why (``paced``), so that a late poll does not look like a hang.
A callable given as ``progress=`` hears of it too if it has a ``paced(seconds,
cause)`` method.

Displays write to stderr.
"""

from __future__ import annotations

import sys
import time
from typing import Any

__all__ = ["display", "watched"]

# The fields a resource's state may be in, by kind of resource.
_STATE_FIELDS = ("state", "endpointState", "status")


def watched() -> bool:
    """Whether a person is likely watching: a terminal, or a Jupyter kernel."""
    if "ipykernel" in sys.modules:
        return True
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def display(kind: str, ident: str, target: str, state_field: str | None = None,
            percent_field: str | None = None) -> Any:
    """A callable fed with each polled resource, with a ``close()`` for the end.
    The waiter names the field that holds the state and the one that says how
    far it got, if any."""
    fields = (state_field, percent_field)
    if watched():
        try:
            from tqdm.auto import tqdm  # type: ignore[import-untyped, unused-ignore]
        except ImportError:
            pass
        else:
            return _Tqdm(tqdm, kind, ident, target, fields)
    return _Line(kind, ident, target, fields)


def _progress_of(resource: dict[str, Any], field: str = "completePercent") -> float | None:
    """Percent done: the service says `completePercent`; older answers `progress`."""
    for key in (field, "progress"):
        p = resource.get(key)
        if isinstance(p, (int, float)) and not isinstance(p, bool):
            return float(p)
    return None


def _state_of(resource: dict[str, Any], field: str | None = None) -> str:
    for key in (field,) if field else _STATE_FIELDS:
        v = resource.get(key)
        if isinstance(v, str):
            return v
    return "?"


def _describe(kind: str, ident: str, state: str, target: str) -> str:
    """`cluster 123 CREATING, waiting for ACTIVE`."""
    if state == target:
        return f"{kind} {ident} {state}"
    return f"{kind} {ident} {state}, waiting for {target}"


def _held(seconds: float, cause: str) -> str:
    """`next poll held 54 s by the rate limit: 100 requests per minute ...`."""
    return f"next poll held {seconds:.0f} s by the rate limit: {cause}"


class _Tqdm:
    def __init__(self, tqdm: Any, kind: str, ident: str, target: str,
                 fields: tuple[str | None, str | None] = (None, None)) -> None:
        self._kind = kind
        self._ident = ident
        self._target = target
        self._state, self._percent = fields
        if self._percent:
            self._bar = tqdm(total=100, unit="%", desc=f"{kind} {ident}",
                             bar_format="{desc}: {percentage:3.0f}%|{bar}| [{elapsed}]")
        else:
            self._bar = tqdm(total=None, desc=f"{kind} {ident}",
                             bar_format="{desc} [{elapsed}]")

    def __call__(self, resource: dict[str, Any]) -> None:
        state = _state_of(resource, self._state)
        self._bar.set_postfix_str("", refresh=False)
        if self._percent:
            p = _progress_of(resource, self._percent)
            if p is not None:
                self._bar.n = p
            self._bar.set_description_str(f"{self._kind} {self._ident} {state}", refresh=False)
        else:
            self._bar.set_description_str(
                _describe(self._kind, self._ident, state, self._target), refresh=False)
        self._bar.refresh()

    def paced(self, seconds: float, cause: str) -> None:
        self._bar.set_postfix_str(_held(seconds, cause), refresh=True)

    def close(self) -> None:
        self._bar.close()


class _Line:
    """One line, rewritten in place on a terminal, appended to elsewhere."""

    def __init__(self, kind: str, ident: str, target: str,
                 fields: tuple[str | None, str | None] = (None, None)) -> None:
        self._kind = kind
        self._ident = ident
        self._target = target
        self._state, self._percent = fields
        self._start = time.monotonic()
        self._tty = watched() and "ipykernel" not in sys.modules
        self._last = ""
        self._drawn = False

    def _text(self, resource: dict[str, Any]) -> str:
        state = _state_of(resource, self._state)
        if self._percent:
            p = _progress_of(resource, self._percent) or 0.0
            bar = "#" * int(p // 5)
            return f"{self._kind} {self._ident} {state:<9} [{bar:.<20}] {p:5.1f}%"
        return _describe(self._kind, self._ident, state, self._target)

    def __call__(self, resource: dict[str, Any]) -> None:
        text = self._text(resource)
        elapsed = time.monotonic() - self._start
        if self._tty or text != self._last:
            self._draw(f"{text} ({elapsed:.0f}s)" if self._tty else f"{text} ({elapsed:.1f}s)")
        self._last = text

    def paced(self, seconds: float, cause: str) -> None:
        self._draw(f"{self._last or self._kind + ' ' + self._ident}; {_held(seconds, cause)}")

    def _draw(self, text: str) -> None:
        """Rewrite the line on a terminal; elsewhere, add one."""
        if self._tty:
            sys.stderr.write(f"\r{text}\x1b[K")
            self._drawn = True
        else:
            sys.stderr.write(f"{text}\n")
        sys.stderr.flush()

    def close(self) -> None:
        if self._tty and self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
