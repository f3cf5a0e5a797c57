"""Which centre this workstation joined, for the window's start (light: imported
before the sign-in window paints, so no crypto and no database driver)."""

from __future__ import annotations

import os

from hotline.paths import ENV_DATA_DIR
from hotline.storage.server.workstation import Workstation, config_dir, load

__all__ = ["Workstation", "joined_centre"]


def joined_centre(
    data_dir: str | os.PathLike[str] | None, config: str | os.PathLike[str] | None = None
) -> Workstation | None:
    """The centre this workstation joined (`hotline join`), when no desk folder is named
    (``--data-dir`` or HOTLINE_DATA_DIR), as the command line decides; else None.
    ``config``: ``--config-dir`` (else HOTLINE_CONFIG_DIR, else the platform's).
    WorkstationFileDamaged for a centre.json that is not one."""
    if data_dir or os.environ.get(ENV_DATA_DIR):
        return None
    return load(config_dir(config))
