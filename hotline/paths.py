"""Where a desk lives: its data folder and the files in it."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "HOTLINE_DATA_DIR"
APP_NAME = "hotline152"
PR_SET_DUMPABLE = 4  # <linux/prctl.h>
SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX = 0x0001, 0x0002  # <errhandlingapi.h>


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, then HOTLINE_DATA_DIR, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


def harden_process() -> None:
    """Private files by default and no core dumps (they would hold plaintext)."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        # The kernel runs a core-dump helper named in core_pattern (systemd-coredump,
        # apport) whatever RLIMIT_CORE says and leaves the limit to the helper; a process
        # that is not dumpable gets no core at all, and no other process of the same user
        # may ptrace its memory.
        try:
            import ctypes

            ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    elif sys.platform == "win32":
        # Windows Error Reporting would keep a memory dump of a crash: no crash dialog,
        # and this program excluded from reporting (not testable on the Linux CI).
        try:
            import ctypes

            windll = ctypes.windll  # type: ignore[attr-defined]
            windll.kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
            windll.wer.WerAddExcludedApplication(sys.executable, False)
        except (OSError, AttributeError):
            pass


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


@dataclass(frozen=True)
class DeskPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "desk.db"

    @property
    def search_index(self) -> Path:
        """The full-text index of notes, in its own file: only supervisors' keys open it."""
        return self.root / "search.db"

    @property
    def key_file(self) -> Path:
        return self.root / "desk.keys"

    @property
    def lock_file(self) -> Path:
        return self.root / "desk.lock"

    @property
    def audit_head(self) -> Path:
        return self.root / "audit.head"

    @property
    def auth_state(self) -> Path:
        return self.root / "logins.json"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    def exists(self) -> bool:
        return self.database.exists() or self.key_file.exists()


def write_atomic(path: Path, data: bytes) -> None:
    """Write a temp file beside `path`, fsync it, rename it over, fsync the folder."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
