"""A centre's database as a file: PostgreSQL's own pg_dump (custom format) and pg_restore.

The dump holds what the server holds: coded fields in clear, the free text, the
identity vault and the data keys as the ciphertext the workstations sealed, the key
file as bytes the server cannot open. The tools get the server's password in their
environment (PGPASSWORD), never on their command line (the process list shows it).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP

MAGIC = b"PGDMP"  # the first bytes of a custom-format dump
_DBNAME = re.compile(r"^;\s+dbname:\s*(\S+)\s*$", re.MULTILINE)


class PgToolMissing(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "PostgreSQL's {tool} was not found on this computer: install PostgreSQL's client "
        "tools (the postgresql-client package) and try again; nothing was changed.",
    )


class DumpFailed(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "PostgreSQL's {tool} failed ({reason}); nothing was kept of its work."
    )


class NotACentreDump(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a backup of a centre (a pg_dump file in custom format); "
        "nothing was changed.",
    )


def tool(name: str) -> str:
    """The newest PostgreSQL client tool of that name: Debian's own folders first (its
    /usr/bin wrapper may pick an older one), then the PATH."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_major)
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path is None:
        raise PgToolMissing(tool=name)
    return on_path


def _major(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


def _run(name: str, args: list[str], password: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    if password is not None:
        env["PGPASSWORD"] = password
    try:
        done = subprocess.run(
            [tool(name), *args], capture_output=True, text=True, env=env, check=False
        )
    except OSError as exc:
        raise DumpFailed(tool=name, reason=type(exc).__name__) from exc
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise DumpFailed(tool=name, reason=(lines[0] if lines else f"exit {done.returncode}")[:300])
    return done.stdout


def dump(url: str, password: str | None, dest: Path, snapshot: str | None = None) -> None:
    """pg_dump of the database of ``url`` into the new file ``dest`` (custom format),
    as of ``snapshot`` (pg_export_snapshot of the caller's transaction) when given."""
    args = ["--format=custom", "--no-password", f"--file={dest}", f"--dbname={url}"]
    if snapshot is not None:
        args.append(f"--snapshot={snapshot}")
    _run("pg_dump", args, password)


def check_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(MAGIC))
    except OSError as exc:
        raise NotACentreDump(path=str(path)) from exc
    if head != MAGIC:
        raise NotACentreDump(path=str(path))


def listing(path: Path) -> str:
    """The dump's table of contents (pg_restore --list): it reads the whole header."""
    check_file(path)
    return _run("pg_restore", ["--list", str(path)], None)


def source_database(contents: str) -> str | None:
    """The name of the database the dump was made of, from its table of contents."""
    found = _DBNAME.search(contents)
    return found.group(1) if found else None


def restore(url: str, password: str | None, path: Path) -> None:
    """pg_restore of the dump into the (new, empty) database of ``url``: all of it in
    one transaction, stopped at the first error."""
    check_file(path)
    args = ["--no-password", "--exit-on-error", "--single-transaction", f"--dbname={url}"]
    _run("pg_restore", [*args, str(path)], password)


def script(path: Path) -> str:
    """The dump as the SQL it would run (pg_restore to standard output): what a test
    searches, since the custom format compresses the rows."""
    check_file(path)
    return _run("pg_restore", ["--file=-", str(path)], None)
