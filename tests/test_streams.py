"""The bundled program's stdout/stderr never crash it, and its crash log holds no content."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from hotline import logs, streams

MARKER = "Leyla from Sumqayit said MARKER-7f3a"


def log_text(folder: Path) -> str:
    for handler in logs.get().handlers:
        handler.flush()
    return (folder / "hotline.log").read_text(encoding="utf-8")


def test_a_print_without_a_terminal_is_dropped_and_only_counted(tmp_path: Path) -> None:
    logs.setup(tmp_path)
    stream = streams.SafeStream("stdout", None)
    print(MARKER, file=stream)
    stream.flush()
    text = log_text(tmp_path)
    assert f"{len(MARKER) + 1} characters written to stdout were not kept" in text
    assert "MARKER-7f3a" not in text


def test_a_closed_stream_stops_raising(tmp_path: Path) -> None:
    logs.setup(tmp_path)
    target = io.StringIO()
    stream = streams.SafeStream("stderr", target)
    print("first", file=stream)
    assert target.getvalue() == "first\n"
    target.close()
    print(MARKER, file=stream)  # would raise ValueError on the closed file
    stream.flush()
    assert stream.target is None
    assert "MARKER-7f3a" not in log_text(tmp_path)


def test_an_uncaught_exception_is_logged_by_type_and_place_only(tmp_path: Path) -> None:
    logs.setup(tmp_path)

    def save_call() -> None:
        raise ValueError(MARKER)

    try:
        save_call()
    except ValueError as exc:
        streams.log_uncaught(ValueError, exc, exc.__traceback__)
    text = log_text(tmp_path)
    assert "uncaught ValueError at test_streams.py:" in text and "in save_call" in text
    assert "MARKER-7f3a" not in text and "Leyla" not in text


def test_a_program_whose_stdout_was_closed_still_prints_and_exits_cleanly(
    tmp_path: Path,
) -> None:
    code = (
        "import os, sys\n"
        "from hotline import logs, streams\n"
        f"logs.setup(__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "os.close(1)\n"
        "streams.install()\n"
        f"print({MARKER!r} * 100)\n"
        "sys.stdout.flush()\n"
        "print('done', file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "done\n"
    assert "MARKER-7f3a" not in (tmp_path / "hotline.log").read_text(encoding="utf-8")


def test_the_process_can_leave_no_core_dump() -> None:
    code = (
        "import ctypes, resource\n"
        "from hotline.paths import harden_process\n"
        "harden_process()\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "0 (0, 0)"  # PR_GET_DUMPABLE is 0, the core limit is 0


def test_a_missing_module_is_named_in_the_log(tmp_path: Path) -> None:
    logs.setup(tmp_path)
    try:
        import hotline_no_such_module  # noqa: F401
    except ImportError as exc:
        streams.log_uncaught(ModuleNotFoundError, exc, exc.__traceback__)
    assert "uncaught ModuleNotFoundError (module hotline_no_such_module) at" in log_text(tmp_path)
