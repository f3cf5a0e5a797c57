"""The interface language outside the window, and its texts without Qt.

The command line speaks the language the person chose in the window: the
window keeps it in its settings (QSettings "hotline152"/"desk", key
``ui/language``: an INI file on Linux, the registry on Windows, a property
list on macOS), which this module reads without Qt. In order:

1. ``hotline --language az|ru|en``;
2. the ``HOTLINE_LANGUAGE`` environment variable (for scripts);
3. the language saved by the window;
4. the system's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``) when it is one of ours;
5. English.

The texts come from the same translation tables the window's .qm files are
built from (hotline/data/translations/src/*.json); English is the source text.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from hotline import resources

LANGUAGES = ("az", "ru", "en")
WINDOW_DEFAULT = "az"  # the window's language before anyone chose one
ENV = "HOTLINE_LANGUAGE"
# Where the window keeps its settings: QSettings(ORGANISATION, APPLICATION), LANGUAGE_KEY.
ORGANISATION, APPLICATION = "hotline152", "desk"
LANGUAGE_GROUP, LANGUAGE_NAME = "ui", "language"
LANGUAGE_KEY = f"{LANGUAGE_GROUP}/{LANGUAGE_NAME}"
TABLES = "translations/src"


def _ours(value: object) -> str | None:
    text = str(value or "").strip().strip('"').lower()
    return text if text in LANGUAGES else None


def _from_ini(path: Path) -> str | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    return _ours(parser.get(LANGUAGE_GROUP, LANGUAGE_NAME, fallback=None))


def _from_registry() -> str | None:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(
            winreg.HKEY_CURRENT_USER, rf"Software\{ORGANISATION}\{APPLICATION}\{LANGUAGE_GROUP}"
        ) as key:
            value, _kind = winreg.QueryValueEx(key, LANGUAGE_NAME)
    except OSError:
        return None
    return _ours(value)


def _from_plist(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            data = plistlib.load(handle)
    except (OSError, plistlib.InvalidFileException, ValueError):
        return None
    return _ours(data.get(f"{LANGUAGE_GROUP}.{LANGUAGE_NAME}")) if isinstance(data, dict) else None


def window_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The language the window saved for this user, or None when it saved none."""
    if sys.platform == "win32":
        return _from_registry()
    home = Path(environ.get("HOME", str(Path.home())))
    if sys.platform == "darwin":
        return _from_plist(home / "Library/Preferences" / f"com.{ORGANISATION}.{APPLICATION}.plist")
    config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
    return _from_ini(config / ORGANISATION / f"{APPLICATION}.conf")


def locale_language(environ: Mapping[str, str] = os.environ) -> str | None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return _ours(value[:2])
    return None


def choose(explicit: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The command line's language (see the module's docstring for the order)."""
    return (
        _ours(explicit)
        or _ours(environ.get(ENV))
        or window_language(environ)
        or locale_language(environ)
        or "en"
    )


@lru_cache(maxsize=4)
def _table(language: str) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    if language == "en":
        return found
    folder = resources.path(TABLES)
    for source in sorted(folder.glob("*.json")):
        data: Any = resources.load_json(f"{TABLES}/{source.name}")
        for context, messages in data.items():
            for text, translations in messages.items():
                value = translations.get(language)
                if isinstance(value, str):  # plural forms are the window's alone
                    found[(context, text)] = value
    return found


class Catalogue:
    """translate(context, text) in one language, as QCoreApplication.translate would."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"

    def translate(self, context: str, text: str) -> str:
        return _table(self.language).get((context, text), text)
