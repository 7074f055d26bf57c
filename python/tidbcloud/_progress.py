"""Progress displays for waiters (``progress=True``).

With tqdm installed, ``tqdm.auto`` draws a bar (a widget in Jupyter); otherwise a
plain display keeps one line up to date on a terminal, and prints one line per
change elsewhere (logs, CI). Both write to stderr.
"""

from __future__ import annotations

import sys
import time
from typing import Any

__all__ = ["display"]


def display(kind: str, ident: str, target: str) -> Any:
    """A callable fed with each polled resource, with a ``close()`` for the end."""
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return _Line(kind, ident, target)
    return _Tqdm(tqdm, kind, ident, target)


def _progress_of(resource: dict[str, Any]) -> float | None:
    """Percent done: the service says `completePercent`; older answers `progress`."""
    for key in ("completePercent", "progress"):
        p = resource.get(key)
        if isinstance(p, (int, float)) and not isinstance(p, bool):
            return float(p)
    return None


class _Tqdm:
    def __init__(self, tqdm: Any, kind: str, ident: str, target: str) -> None:
        self._kind = kind
        self._ident = ident
        if kind == "import":
            self._bar = tqdm(total=100, unit="%", desc=f"import {ident}",
                             bar_format="{desc}{percentage:3.0f}%|{bar}| [{elapsed}]")
        else:
            self._bar = tqdm(total=None, desc=f"cluster {ident}",
                             bar_format="{desc}[{elapsed}]")
        self._target = target

    def __call__(self, resource: dict[str, Any]) -> None:
        state = resource.get("state", "?")
        if self._kind == "import":
            p = _progress_of(resource)
            if p is not None:
                self._bar.n = p
            self._bar.set_description(f"import {self._ident} {state}", refresh=False)
        else:
            waiting = "" if state == self._target else f", waiting for {self._target}"
            self._bar.set_description(f"cluster {self._ident} {state}{waiting}", refresh=False)
        self._bar.refresh()

    def close(self) -> None:
        self._bar.close()


class _Line:
    """One line, rewritten in place on a terminal, appended to elsewhere."""

    def __init__(self, kind: str, ident: str, target: str) -> None:
        self._kind = kind
        self._ident = ident
        self._target = target
        self._start = time.monotonic()
        self._tty = sys.stderr.isatty()
        self._last = ""
        self._drawn = False

    def _text(self, resource: dict[str, Any]) -> str:
        state = resource.get("state", "?")
        if self._kind == "import":
            p = _progress_of(resource) or 0.0
            bar = "#" * int(p // 5)
            return f"import {self._ident} {state:<9} [{bar:.<20}] {p:5.1f}%"
        if state == self._target:
            return f"cluster {self._ident} {state}"
        return f"cluster {self._ident} {state}, waiting for {self._target}"

    def __call__(self, resource: dict[str, Any]) -> None:
        text = self._text(resource)
        elapsed = time.monotonic() - self._start
        if self._tty:
            sys.stderr.write(f"\r{text} ({elapsed:.0f}s)\x1b[K")
            self._drawn = True
        elif text != self._last:
            sys.stderr.write(f"{text} ({elapsed:.1f}s)\n")
        self._last = text
        sys.stderr.flush()

    def close(self) -> None:
        if self._tty and self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
