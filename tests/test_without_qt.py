"""Everything but the window works where Qt cannot be imported (a server, a CI image
without Qt's system libraries): in a fresh interpreter with PySide6 hidden, every
module outside hotline.ui imports, the command line starts, and every export format
the core writes is written and verified.  The import contracts (pyproject.toml) say
the same about the source; this runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import hotline

PACKAGE = Path(hotline.__file__).parent

CHILD = r"""
import importlib, json, sys, tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.modules["PySide6"] = None  # every import of Qt now raises ImportError
sys.modules["shiboken6"] = None
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)

from hotline.cli import build_parser, main
from hotline.export import formats
from hotline.paths import DeskPaths
from hotline.services import demo, desk
from hotline.services import export as ex

parser = build_parser()  # registers what the Qt side can offer: nothing here
assert formats.names() == ("csv", "sdmx", "xlsx"), formats.names()
assert main(["export", "--list"]) == 0
try:
    parser.parse_args(["export", "--format", "pdf"])
except SystemExit as exc:
    assert exc.code == 2  # argparse: not one of the choices
else:
    raise AssertionError("pdf offered without Qt")

now = datetime.now(UTC)
year, month = (now.year, now.month - 2) if now.month > 2 else (now.year - 1, now.month + 10)
period = f"{year:04d}-{month:02d}"
written = {}
with tempfile.TemporaryDirectory() as tmp:
    paths = DeskPaths(Path(tmp) / "desk")
    desk.init_desk(paths, "admin", "night shift on the quiet line", bind_device=False)
    session = desk.unlock(paths, "admin", "night shift on the quiet line")
    try:
        demo.generate(session, 3000, seed=7, months=6)
        for fmt in formats.names():
            out = Path(tmp) / f"calls-{fmt}"  # no suffix: the format gives it
            result = ex.export(session, "calls_by_topic", period, "public", fmt, out)
            assert result.path.suffix == formats.get(fmt).extension
            assert ex.verify_export(result.manifest).ok
            written[fmt] = result.path.read_bytes()[:4].hex()
    finally:
        session.close()
assert sys.modules["PySide6"] is None and "PySide6.QtCore" not in sys.modules
print(json.dumps(written))
"""


def non_ui_modules() -> list[str]:
    """Every module of the package outside hotline.ui, found by walking the files."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ("hotline", *path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[1] == "ui" or parts[-1] == "__main__":  # __main__ runs the CLI on import
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_but_the_window_imports_and_every_core_format_exports_without_qt() -> None:
    modules = non_ui_modules()
    assert {"hotline.cli", "hotline.services.export", "hotline.export.formats"} <= set(modules)
    assert len(modules) > 60  # the walk found the package, not an empty folder
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(modules)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    written = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(written) == {"csv", "sdmx", "xlsx"}
    assert written["xlsx"] == b"PK\x03\x04".hex()  # a zip, as an XLSX file is
