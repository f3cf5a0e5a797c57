"""Running the real command line in a child process, as an administrator would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOTLINE_DATA")}
    env["HOTLINE_INSECURE_FAST_KDF"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if extra:
        env.update(extra)
    return env


def hotline(
    data_dir: Path,
    *args: str,
    stdin: str = "",
    user: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "hotline", "--data-dir", str(data_dir)]
    if user is not None:
        command += ["--user", user, "--password-stdin"]
    elif stdin:
        command += ["--password-stdin"]
    command += list(args)
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        env=child_env(env),
        timeout=timeout,
        cwd=ROOT,
    )


def damage(path: Path) -> None:
    """One byte in the middle of a file flipped, as a failing drive or a hand would."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
