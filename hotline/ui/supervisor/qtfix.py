"""Work-arounds for reference-count bugs of PySide6 6.12 on CPython 3.11.

0. Every Qt method returning void (setText, processEvents, beginInsertRows...) hands
   back None without a reference of its own: about 5,000 such calls and the process
   aborts with "none_dealloc". `pin_singletons()` (run at import) gives None, True and
   False the practically endless count that CPython 3.12 gives them; the real fix is
   a Python >= 3.12 venv (or a PySide6 without the bug) for the whole application.
1. `SignalInstance.emit()` returns True without owning a reference to it, so every
   emit from Python takes one reference from True; the DbWorker emits once per job.
2. A Python `data()`/`headerData()` override that returns None to C++ loses a
   reference to None (see calllog_model).

On 3.11 True and None are ordinary objects: once their count reaches zero the
interpreter aborts ("bool_dealloc", "none_dealloc"), after a few thousand jobs.
The first bug is measured at import, so nothing is given back once PySide or
Python (3.12 makes both immortal) no longer takes it.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Signal, SignalInstance

from hotline.ui.worker import DbWorker

# pyproject pins PySide6 below 6.12, so on the supported install nothing here acts:
# the work-arounds stay only as a safety net for a venv that got 6.12.0 anyway.
AFFECTED = (
    PySide6.__version__.startswith("6.12.0")
    and sys.version_info < (3, 12)
    and sys.implementation.name == "cpython"
)


def pin_singletons() -> None:
    """Make None, True and False practically immortal on CPython < 3.12, as 3.12 does."""
    if not AFFECTED:
        return
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field
        if refcount.value < 1 << 40:
            refcount.value += 1 << 40


pin_singletons()


def _give_back(obj: object, times: int = 1) -> None:
    for _ in range(times):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


class _Probe(QObject):
    ping = Signal()


def _emit_takes_true() -> bool:
    if not AFFECTED:
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back(True, lost)
    return lost >= 8


EMIT_TAKES_TRUE = _emit_takes_true()
DATA_TAKES_NONE = AFFECTED


def emit(signal: SignalInstance, *args: Any) -> None:
    """signal.emit(*args), giving back the reference PySide takes from True."""
    signal.emit(*args)
    if EMIT_TAKES_TRUE:
        _give_back(True)


def none() -> None:
    """Call before a Python override returns None to C++ (data, headerData)."""
    if DATA_TAKES_NONE:
        _give_back(None)


def _delivered(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
    def deliver(value: Any) -> None:
        if EMIT_TAKES_TRUE:
            _give_back(True)  # the worker emitted once to bring this value here
        if callback is not None:
            callback(value)

    return deliver


def call(
    worker: DbWorker,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Any], None] | None = None,
) -> None:
    """worker.call(fn, *args, ...) with the worker's emit accounted for."""
    worker.call(fn, *args, on_done=_delivered(on_done), on_error=_delivered(on_error))


def run(
    worker: DbWorker,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Any], None] | None = None,
) -> None:
    """worker.run(fn, *args, ...) with the worker's emit accounted for."""
    worker.run(fn, *args, on_done=_delivered(on_done), on_error=_delivered(on_error))
