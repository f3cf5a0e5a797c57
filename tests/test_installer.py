"""The bundle's excludes and the .deb's copyright file (installer/), without building."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from hotline import licences

INSTALLER = Path(__file__).resolve().parents[1] / "installer"
QT = "PySide6/Qt"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


excludes = load(INSTALLER / "excludes.py")
build_deb = load(INSTALLER / "linux" / "build_deb.py")


def kept(dest: str, source: str = "/venv/site-packages/x") -> bool:
    entries, _removed = excludes.apply([(dest, source, "BINARY")])
    return bool(entries)


def test_only_the_russian_qt_catalogue_is_bundled() -> None:
    assert kept(f"{QT}/translations/qtbase_ru.qm")
    assert not kept(f"{QT}/translations/qtbase_de.qm")
    assert not kept(f"{QT}/translations/assistant_ru.qm")


def test_the_screens_the_desk_runs_on_are_kept() -> None:
    for name in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "qwindows.dll"):
        assert kept(f"{QT}/plugins/platforms/{name}"), name
    assert kept(f"{QT}/plugins/wayland-shell-integration/libxdg-shell.so")
    assert kept(f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so")
    assert kept(f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    for dropped in (
        "platforms/libqvnc.so",
        "tls/libqopensslbackend.so",
        "imageformats/libqjpeg.so",
    ):
        assert not kept(f"{QT}/plugins/{dropped}"), dropped


def test_system_libraries_are_left_to_the_debian_packages_but_wheel_libraries_stay() -> None:
    assert not kept("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6")
    assert not kept("libssl.so.3", "/lib/x86_64-linux-gnu/libssl.so.3")
    assert kept("libpython3.11.so.1.0", "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0")
    assert kept(f"{QT}/lib/libQt6Core.so.6", f"/venv/site-packages/{QT}/lib/libQt6Core.so.6")
    assert kept("sqlcipher3/_sqlite3.so", "/venv/site-packages/sqlcipher3/_sqlite3.so")


def test_every_rule_says_why_and_keyrings_alt_is_never_bundled() -> None:
    assert all(rule.why for rule in excludes.RULES)
    assert all(why for why in excludes.MODULES.values())
    assert "keyrings.alt" in excludes.MODULES


def test_the_copyright_file_names_every_licence_and_where_the_source_is() -> None:
    text = build_deb.copyright_file()
    assert text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/")
    for component in licences.bundled("linux"):
        assert f"({component.name})" in text
        assert f"License: {component.licence}" in text
        assert component.source in text
    assert "License: LGPL-3.0-only" in text and licences.QT_SOURCE in text


def test_the_deb_depends_on_the_zone_database_the_months_are_counted_by() -> None:
    import zoneinfo

    assert "tzdata" in build_deb.DATA_PACKAGES
    # the bundle relies on the system's zone files, which Debian's tzdata installs
    assert any(Path(p, "Asia", "Baku").is_file() for p in zoneinfo.TZPATH)
