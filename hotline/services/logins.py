"""Failed logins: exponential slow-down, never a permanent lock-out.

Failures happen before the database can be opened, so they are counted in
a small file beside it (names of staff and times only) and moved into the
audit log at the next successful sign-in.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from hotline.errors import FileNotWritten
from hotline.paths import write_atomic

FREE_FAILURES = 2
MAX_DELAY_S = 300
MAX_PENDING = 1000


MAX_FREE_FAILURES = 10  # the most an administrator may allow (services/settings.py)


def delay_after(failures: int, free: int = FREE_FAILURES) -> int:
    """Seconds to wait after `failures` consecutive failures: 0, 0, 2, 4, 8 ... 300
    (with the default of 2 free failures)."""
    if failures <= free:
        return 0
    return int(min(MAX_DELAY_S, 2 ** min(failures - free, 16)))


class LoginThrottle:
    def __init__(self, path: Path, clock: Any = time.time) -> None:
        self.path = path
        self.clock = clock

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                return data
        except (OSError, ValueError):
            pass
        return {"users": {}, "pending": []}

    def _write(self, data: dict[str, Any]) -> None:
        try:
            write_atomic(self.path, json.dumps(data).encode("utf-8"))
        except OSError as exc:
            raise FileNotWritten(path=str(self.path), reason=exc.strerror or str(exc)) from exc

    def wait_seconds(self, name: str) -> int:
        entry = self._read()["users"].get(name.strip().lower())
        if not entry:
            return 0
        delay = delay_after(int(entry["failures"]), self.free_failures())
        remaining = float(entry["last"]) + delay - self.clock()
        return max(0, int(remaining + 0.999))

    def free_failures(self) -> int:
        """The desk's setting as last copied here (the default when missing or odd)."""
        value = self._read().get("free_failures", FREE_FAILURES)
        if isinstance(value, int) and 1 <= value <= MAX_FREE_FAILURES:
            return value
        return FREE_FAILURES

    def set_free_failures(self, value: int) -> None:
        data = self._read()
        if data.get("free_failures") != value:
            data["free_failures"] = value
            self._write(data)

    def failed(self, name: str, *, offline: bool = False) -> None:
        """One more failure of `name`'s, to be audited (`offline`: typed against a
        centre's copy while its server was away)."""
        data = self._read()
        key = name.strip().lower()
        entry = data["users"].setdefault(key, {"failures": 0, "last": 0})
        entry["failures"] = int(entry["failures"]) + 1
        entry["last"] = self.clock()
        attempt: dict[str, Any] = {"name": key, "at": int(self.clock())}
        if offline:
            attempt["offline"] = True
        data.setdefault("pending", []).append(attempt)
        data["pending"] = data["pending"][-MAX_PENDING:]
        self._write(data)

    def pending(self) -> list[dict[str, Any]]:
        """The failures not audited yet (read only: ``succeeded`` clears them)."""
        return list(self._read().get("pending", []))

    def reset(self, name: str) -> None:
        """The user's counter reset, the failures kept for the audit (a sign-in that
        cannot write to the chain: a centre's, offline)."""
        data = self._read()
        if data["users"].pop(name.strip().lower(), None) is not None:
            self._write(data)

    def succeeded(self, name: str) -> list[dict[str, Any]]:
        """Reset the user's counter; returns the failures still to be audited."""
        data = self._read()
        data["users"].pop(name.strip().lower(), None)
        pending = list(data.get("pending", []))
        data["pending"] = []
        self._write(data)
        return pending
