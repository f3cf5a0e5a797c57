"""A workstation's own small file: which centre it joined, and how it reaches it.

Written by ``hotline join`` in the platform's config folder
(``~/.config/hotline152`` on Linux; ``HOTLINE_CONFIG_DIR`` or ``--config-dir`` for
another): ``centre.json`` beside ``centre.crt``, the server's certificate pinned at
enrolment. It holds no secret and nothing of any call: the server's address, the
centre's id, the workstation's login role and where its secret is kept (the OS
keychain, or, chosen explicitly, ``workstation.secret`` beside it). Every connection
made from it is ``verify-full`` against the pinned certificate alone.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

import platformdirs

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import APP_NAME, make_private_dir, write_atomic

ENV_CONFIG_DIR = "HOTLINE_CONFIG_DIR"
FILE_NAME = "centre.json"
CERT_NAME = "centre.crt"
SECRET_NAME = "workstation.secret"  # only when no keychain is used
FORMAT = "hotline-workstation/1"


class WorkstationFileDamaged(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The workstation's file {path} cannot be read ({reason}). Join the centre again "
        "with 'hotline join'.",
    )


class CentreJoined(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This workstation has already joined a centre (its file {path}); it was left as it is.",
    )


def config_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--config-dir``, then HOTLINE_CONFIG_DIR, then the platform's config folder."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env).expanduser().absolute()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Workstation:
    host: str
    port: int
    database: str
    desk_id: str  # the centre's id
    login: str  # the workstation's own login role
    keychain: str  # hotline.storage.device.MODE_KEYRING or MODE_NONE
    folder: Path

    @property
    def cert(self) -> Path:
        return self.folder / CERT_NAME

    @property
    def secret_file(self) -> Path:
        return self.folder / SECRET_NAME

    def url(self, user: str) -> str:
        """The address for ``user``: TLS verified against the pinned certificate only."""
        return (
            f"postgresql://{quote(user, safe='')}@{self.host}:{self.port}/"
            f"{quote(self.database, safe='')}"
            f"?sslmode=verify-full&sslrootcert={quote(str(self.cert))}"
        )

    def to_json(self) -> dict[str, object]:
        body: dict[str, object] = {"format": FORMAT, **asdict(self)}
        body.pop("folder")
        return body


def path_in(folder: Path) -> Path:
    return folder / FILE_NAME


def load(folder: Path) -> Workstation | None:
    """The workstation's file in ``folder``, or None when it has joined no centre."""
    path = path_in(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("unknown format")
        return Workstation(
            host=str(data["host"]),
            port=int(data["port"]),
            database=str(data["database"]),
            desk_id=str(data["desk_id"]),
            login=str(data["login"]),
            keychain=str(data["keychain"]),
            folder=folder,
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WorkstationFileDamaged(path=str(path), reason=str(exc)[:100]) from exc


def save(workstation: Workstation) -> Path:
    make_private_dir(workstation.folder)
    path = path_in(workstation.folder)
    body = json.dumps(workstation.to_json(), indent=1, sort_keys=True) + "\n"
    write_atomic(path, body.encode("utf-8"))
    return path
