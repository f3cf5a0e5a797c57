"""The operational log: what the program did, never what a caller said.

Log records name actions, ids and counts only. Call content, names of
callers and pseudonyms never reach a log call (the marker test checks every
file the program writes). The log lives in the desk's folder, private.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOGGER = "hotline"
_configured: set[Path] = set()


def setup(log_dir: Path) -> logging.Logger:
    """Log to <desk>/logs/hotline.log (rotated, 0600)."""
    logger = logging.getLogger(LOGGER)
    log_dir = log_dir.absolute()
    if log_dir in _configured:
        return logger
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / "hotline.log"
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _configured.add(log_dir)
    return logger


# The same object logging.getLogger(LOGGER) returns, kept: getLogger takes logging's
# module lock at every call, and a save logs once.
_LOGGER = logging.getLogger(LOGGER)


def get() -> logging.Logger:
    return _LOGGER
