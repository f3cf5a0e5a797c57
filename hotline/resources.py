"""The one place that finds the data files in resources/."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ENV = "HOTLINE_RESOURCES"


def resources_dir() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "resources"


def path(name: str) -> Path:
    return resources_dir() / name


def load_json(name: str) -> Any:
    with path(name).open(encoding="utf-8") as handle:
        return json.load(handle)
