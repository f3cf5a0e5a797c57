"""Standard output and error that can never crash the program, and a crash hook
whose log line holds no call content.

A windowed program on Windows has no stdout/stderr at all (sys.stdout is None),
and one started from a desktop menu on Linux may have a closed pipe: a stray
print would then raise in the middle of a call. `install()` puts stand-ins in
their place. What is written still reaches a terminal when there is one;
otherwise it is dropped, and the log records only that N characters were not
kept (the text may hold call content, so it is never copied into the log).
An uncaught exception is logged by type and code location (file, line,
function): never its message or the values in it.
"""

from __future__ import annotations

import contextlib
import io
import sys
import traceback
from pathlib import PurePath
from types import TracebackType
from typing import TextIO

from hotline import logs


class SafeStream(io.TextIOBase):
    """Writes go to `target` while it works; afterwards they are counted, never stored."""

    def __init__(self, name: str, target: TextIO | None) -> None:
        super().__init__()
        self.name = name
        self.target = target
        self.dropped = 0
        self._busy = False

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        try:
            return self.target is not None and self.target.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self.target is None:
            raise io.UnsupportedOperation("no file descriptor")
        return self.target.fileno()

    def write(self, text: str) -> int:
        if self.target is not None:
            try:
                self.target.write(text)
                return len(text)
            except (OSError, ValueError):  # closed pipe, closed file, no console
                self.target = None
        self.dropped += len(text)
        if "\n" in text and not self._busy:
            self._busy = True  # the logger's own fallback may write here again
            try:  # a log that cannot be written must not crash either
                logs.get().warning(
                    "%d characters written to %s were not kept (no terminal)",
                    self.dropped,
                    self.name,
                )
            except Exception:
                pass
            finally:
                self._busy = False
                self.dropped = 0
        return len(text)

    def flush(self) -> None:
        if self.target is not None:
            try:
                self.target.flush()
            except (OSError, ValueError):
                self.target = None


def where(tb: TracebackType | None) -> str:
    """'file.py:12 in function <- ...', innermost first, without source text or values."""
    frames = traceback.extract_tb(tb)
    return " <- ".join(
        f"{PurePath(frame.filename).name}:{frame.lineno} in {frame.name}"
        for frame in reversed(frames)
    )


def log_uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # The message may quote what a caller said; a missing module's name cannot.
    missing = f" (module {value.name})" if isinstance(value, ImportError) and value.name else ""
    with contextlib.suppress(Exception):  # a log that cannot be written must not crash
        logs.get().error("uncaught %s%s at %s", kind.__name__, missing, where(tb))
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"hotline: internal error ({kind.__name__}); see the log\n")


def install() -> None:
    """For the bundled program: safe stdout/stderr and the content-free crash hook."""
    if not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream("stdout", sys.stdout)
    if not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream("stderr", sys.stderr)
    sys.excepthook = log_uncaught
