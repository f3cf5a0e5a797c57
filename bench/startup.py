"""Time from process start to the sign-in window painted, against a bare PySide6 window.

Each child process prints "painted" when its window receives its first paint
event; the parent measures from just before starting the process to reading
that line. Both run with the same Python and the same Qt platform. Prints the
medians and the ratio (the aim is at most 1.5).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication([])
window = QWidget()
layout = QVBoxLayout(window)
layout.addWidget(QLabel("User name"))
layout.addWidget(QLineEdit())
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "painted":
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{command[:3]} never painted (exit {child.wait()})")
    child.wait(30)
    return elapsed


def make_desk(root: Path) -> None:
    os.environ["HOTLINE_INSECURE_FAST_KDF"] = "1"
    sys.path.insert(0, str(ROOT))
    from hotline.paths import DeskPaths
    from hotline.services import desk

    desk.init_desk(DeskPaths(root), "admin", "night shift on the quiet line", bind_device=False)


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = str(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "desk"
        make_desk(data_dir)
        desk_env = dict(env, HOTLINE_EXIT_AFTER_FIRST_PAINT="1")
        settings = Path(tmp) / "settings"
        desk_env["XDG_CONFIG_HOME"] = str(settings)  # the bench leaves no QSettings behind
        bare_cmd = [sys.executable, "-c", BARE]
        desk_cmd = [sys.executable, "-m", "hotline", "--data-dir", str(data_dir)]
        gui_cmd = [
            sys.executable,
            "-c",
            f"from hotline.ui.app import run; raise SystemExit(run({str(data_dir)!r}))",
        ]
        timed(bare_cmd, env)  # warm the file cache for all three
        timed(desk_cmd, desk_env)
        timed(gui_cmd, desk_env)
        bare, desk, gui = [], [], []
        for _ in range(RUNS):
            bare.append(timed(bare_cmd, env))
            desk.append(timed(desk_cmd, desk_env))
            gui.append(timed(gui_cmd, desk_env))
    bare_ms = statistics.median(bare) * 1000
    desk_ms = statistics.median(desk) * 1000
    gui_ms = statistics.median(gui) * 1000
    print(f"bare PySide6 window painted:          {bare_ms:.0f} ms (median of {RUNS})")
    print(f"`python -m hotline` sign-in painted:  {desk_ms:.0f} ms")
    print(f"hotline.ui.app.run() sign-in painted: {gui_ms:.0f} ms (without hotline.cli's imports)")
    print(f"ratio: {desk_ms / bare_ms:.2f} (aim <= 1.5); GUI entry alone: {gui_ms / bare_ms:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
