"""What the bundle leaves out, each rule with its reason (read by hotline152.spec).

`make package` prints what every rule removed from the build (files and bytes),
and installer/measure_excludes.py measures them against a build without any
rule (HOTLINE_BUNDLE_BASELINE=1), so the saving of each one is known.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    why: str
    drop: tuple[str, ...] = ()  # fnmatch patterns on the bundle's destination paths
    keep: tuple[str, ...] = ()  # exceptions to `drop`
    sources: tuple[str, ...] = ()  # fnmatch patterns on where a file was copied from

    def removes(self, dest: str, source: str) -> bool:
        dest = dest.replace("\\", "/")
        if any(fnmatch.fnmatch(source, p) for p in self.sources):
            return True
        return any(fnmatch.fnmatch(dest, p) for p in self.drop) and not any(
            fnmatch.fnmatch(dest, p) for p in self.keep
        )


# Python modules the desk never imports, kept out of the analysis altogether.
MODULES: dict[str, str] = {
    "tkinter": "no Tk window",
    "_tkinter": "no Tk window",
    "PySide6.QtNetwork": "the desk opens no network connection",
    "PySide6.QtQml": "no QML",
    "PySide6.QtQuick": "no QML",
    "PySide6.QtOpenGL": "widgets draw with the raster engine",
    "PySide6.QtSvg": "the icons are PNG",
    "PySide6.QtPrintSupport": "PDF export writes with QPdfWriter (QtGui)",
    "PySide6.QtSql": "the database is SQLCipher, not Qt SQL",
    "PySide6.QtTest": "tests run from the source tree",
    "doctest": "tests run from the source tree",
    "readline": "passwords are read with getpass; no interactive prompt (and no libreadline)",
    "lib2to3": "no source conversion",
    "pytest": "tests run from the source tree",
    "keyrings.alt": "its plaintext keyring must never hold the device secret",
    "setuptools": "a build tool, not needed at run time",
    "pkg_resources": "importlib.metadata is used instead",
    "scipy.io": "not used by the export audit",
    "scipy.datasets": "not used",
}

# Where Qt's files sit in the bundle: PySide6's Windows wheels keep plugins/ and
# translations/ directly in PySide6/, the Linux ones under PySide6/Qt/.
QT = "PySide6" if sys.platform == "win32" else "PySide6/Qt"

RULES: tuple[Rule, ...] = (
    Rule(
        "qt-translations",
        "Qt's own catalogues: only Russian is shown (az is the desk's own, en needs none)",
        (f"{QT}/translations/*",),
        (f"{QT}/translations/qtbase_ru.qm",),
    ),
    Rule(
        "qt-platforms",
        "screens the desk runs on: X11, Wayland, Windows, offscreen for the smoke test",
        (f"{QT}/plugins/platforms/*",),
        tuple(
            f"{QT}/plugins/platforms/{name}"
            for name in (
                "libqxcb.so",
                "libqwayland*.so",
                "libqoffscreen.so",
                "qwindows.dll",
                "qoffscreen.dll",
            )
        ),
    ),
    Rule(
        "qt-image-formats",
        "every picture the desk shows is PNG, which Qt reads without a plug-in",
        (f"{QT}/plugins/imageformats/*", f"{QT}/plugins/vectorimageformats/*"),
    ),
    Rule(
        "qt-unused-plugins",
        "no network, SQL drivers, printing, QML, touch/evdev input, EGL devices",
        tuple(
            f"{QT}/plugins/{kind}/*"
            for kind in (
                "tls",
                "networkinformation",
                "sqldrivers",
                "printsupport",
                "qmltooling",
                "qmllint",
                "generic",
                "egldeviceintegrations",
                "designer",
                "wayland-graphics-integration-server",
            )
        ),
    ),
    Rule(
        "qt-gl",
        "widgets draw with the raster engine: no GL integrations",
        (
            f"{QT}/plugins/xcbglintegrations/*",
            f"{QT}/plugins/wayland-graphics-integration-client/*",
        ),
    ),
    Rule(
        "qt-wayland-shells",
        "Wayland desktops speak xdg-shell; the other shells are for embedded compositors",
        (f"{QT}/plugins/wayland-shell-integration/*",),
        (f"{QT}/plugins/wayland-shell-integration/libxdg-shell.so",),
    ),
    Rule(
        "qt-gtk-theme",
        "the GTK 3 theme would make the package depend on GTK; the XDG portal theme gives"
        " the desktop's own file dialogs",
        (f"{QT}/plugins/platformthemes/libqgtk3.so",),
    ),
    Rule(
        "qt-orphaned-libraries",
        "Qt libraries only the left-out plug-ins needed (EGL devices, network, OpenGL, wl-shell)",
        tuple(
            f"{QT}/lib/{name}"
            for name in (
                "libQt6EglFSDeviceIntegration.so.6",
                "libQt6EglFsKmsSupport.so.6",
                "libQt6Network.so.6",
                "libQt6OpenGL.so.6",
                "libQt6WlShellIntegration.so.6",
            )
        ),
    ),
    # Linux: the libraries of the build machine's own system (X11, fontconfig, glib,
    # OpenSSL, libstdc++...) are not copied: the .deb depends on the target system's
    # packages instead (installer/linux/build_deb.py names them), so fonts, input
    # methods and security updates are the system's.
    Rule(
        "system-libraries",
        "the Debian packages of the target system provide them (Depends of the .deb)",
        sources=("/lib/*", "/lib64/*", "/usr/lib/*", "/usr/lib64/*"),
    ),
)


def apply(
    toc: list[tuple[str, str, str]], rules: tuple[Rule, ...] = RULES
) -> tuple[list[tuple[str, str, str]], dict[str, list[tuple[str, str, str]]]]:
    """The TOC without what the rules remove, and what each rule removed."""
    removed: dict[str, list[tuple[str, str, str]]] = {rule.name: [] for rule in rules}
    kept = []
    for entry in toc:
        rule = next((r for r in rules if r.removes(entry[0], entry[1])), None)
        if rule is None:
            kept.append(entry)
        else:
            removed[rule.name].append(entry)
    return kept, removed
