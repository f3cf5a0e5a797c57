"""The one place that finds the data files the desk ships (hotline/data/).

They live inside the package, so a wheel, an installed .deb and a source
checkout all find them the same way: through `importlib.resources`. The
benchmarks point HOTLINE_RESOURCES at a widened copy.
"""

from __future__ import annotations

import json
import os
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from hotline.errors import DataFileDamaged

ENV = "HOTLINE_RESOURCES"
PACKAGE = "hotline"
FOLDER = "data"


def resources_dir() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    found = importlib_resources.files(PACKAGE) / FOLDER
    # Installed from a wheel, a .deb or a checkout, the package is a folder on disk;
    # Qt's translators and the icons need real file paths, so a zipped install is refused.
    if not isinstance(found, Path):
        raise DataFileDamaged(name=FOLDER, reason="the package is not unpacked on disk")
    return found


def path(name: str) -> Path:
    return resources_dir() / name


def load_json(name: str) -> Any:
    """The parsed file; a missing or unreadable file is a DataFileDamaged with its name."""
    try:
        with path(name).open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise DataFileDamaged(name=name, reason="missing") from None
    except UnicodeDecodeError:
        raise DataFileDamaged(name=name, reason="not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise DataFileDamaged(name=name, reason=f"not JSON, line {exc.lineno}") from None
    except OSError as exc:
        raise DataFileDamaged(name=name, reason=exc.strerror or "unreadable") from None
