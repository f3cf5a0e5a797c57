"""The libraries the desk bundles, with their licences and where their source is.

One list, shown in the About dialog and written into the Linux package's
copyright file (installer/linux/copyright.py). Qt and PySide6 are used under
the LGPL-3.0: they stay separate shared libraries in the bundle, which a user
may replace with their own build of the same version.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata


@dataclass(frozen=True)
class Component:
    name: str
    licence: str  # an SPDX expression
    source: str  # where its source code is published
    distribution: str | None = None  # the Python distribution whose version is shown
    platform: str | None = None  # sys.platform prefix when only bundled there


QT_SOURCE = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE = "https://download.qt.io/official_releases/QtForPython/"

COMPONENTS: tuple[Component, ...] = (
    Component("Python", "PSF-2.0", "https://www.python.org/downloads/source/"),
    Component("Qt 6", "LGPL-3.0-only", QT_SOURCE, "PySide6-Essentials"),
    Component("PySide6 (Qt for Python)", "LGPL-3.0-only", PYSIDE_SOURCE, "PySide6-Essentials"),
    Component("Shiboken6", "LGPL-3.0-only", PYSIDE_SOURCE, "shiboken6"),
    Component("SQLCipher", "BSD-3-Clause", "https://github.com/sqlcipher/sqlcipher"),
    Component("SQLite", "blessing", "https://sqlite.org/download.html"),
    Component("sqlcipher3", "Zlib", "https://github.com/coleifer/sqlcipher3", "sqlcipher3"),
    Component(
        "OpenSSL (in cryptography, sqlcipher3)", "Apache-2.0", "https://openssl-library.org/source/"
    ),
    Component(
        "cryptography",
        "Apache-2.0 OR BSD-3-Clause",
        "https://github.com/pyca/cryptography",
        "cryptography",
    ),
    Component("PyNaCl", "Apache-2.0", "https://github.com/pyca/pynacl", "PyNaCl"),
    Component("libsodium (in PyNaCl)", "ISC", "https://github.com/jedisct1/libsodium"),
    Component("cffi", "MIT-0", "https://github.com/python-cffi/cffi", "cffi"),
    Component("pycparser", "BSD-3-Clause", "https://github.com/eliben/pycparser", "pycparser"),
    Component("keyring", "MIT", "https://github.com/jaraco/keyring", "keyring"),
    Component(
        "jaraco.classes", "MIT", "https://github.com/jaraco/jaraco.classes", "jaraco.classes"
    ),
    Component(
        "jaraco.functools", "MIT", "https://github.com/jaraco/jaraco.functools", "jaraco.functools"
    ),
    Component(
        "jaraco.context", "MIT", "https://github.com/jaraco/jaraco.context", "jaraco.context"
    ),
    Component(
        "more-itertools",
        "MIT",
        "https://github.com/more-itertools/more-itertools",
        "more-itertools",
    ),
    Component(
        "importlib-metadata",
        "Apache-2.0",
        "https://github.com/python/importlib_metadata",
        "importlib-metadata",
    ),
    Component("zipp", "MIT", "https://github.com/jaraco/zipp", "zipp"),
    Component(
        "backports.tarfile",
        "MIT",
        "https://github.com/jaraco/backports.tarfile",
        "backports.tarfile",
    ),
    Component(
        "lazy-importer", "Apache-2.0", "https://pypi.org/project/lazy-importer/", "lazy-importer"
    ),
    Component(
        "SecretStorage",
        "BSD-3-Clause",
        "https://github.com/mitya57/secretstorage",
        "SecretStorage",
        "linux",
    ),
    Component("jeepney", "MIT", "https://gitlab.com/takluyver/jeepney", "jeepney", "linux"),
    Component(
        "pywin32-ctypes",
        "BSD-3-Clause",
        "https://github.com/enthought/pywin32-ctypes",
        "pywin32-ctypes",
        "win",
    ),
    Component("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", "platformdirs"),
    Component("SciPy", "BSD-3-Clause", "https://github.com/scipy/scipy", "scipy"),
    Component("HiGHS (in SciPy)", "MIT", "https://github.com/ERGO-Code/HiGHS"),
    Component("highspy (HiGHS)", "MIT", "https://github.com/ERGO-Code/HiGHS", "highspy"),
    Component("NumPy", "BSD-3-Clause", "https://github.com/numpy/numpy", "numpy"),
    Component(
        "OpenBLAS (in NumPy, SciPy)", "BSD-3-Clause", "https://github.com/OpenMathLib/OpenBLAS"
    ),
    Component(
        "libgfortran (in SciPy)",
        "GPL-3.0-or-later WITH GCC-exception-3.1",
        "https://gcc.gnu.org/",
    ),
    Component("openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl", "openpyxl"),
    Component("et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile", "et-xmlfile"),
    Component(
        "threadpoolctl", "BSD-3-Clause", "https://github.com/joblib/threadpoolctl", "threadpoolctl"
    ),
    # A centre on a PostgreSQL server (issue 15); psycopg's binary wheel carries libpq.
    Component("psycopg", "LGPL-3.0-only", "https://github.com/psycopg/psycopg", "psycopg"),
    Component(
        "psycopg-binary", "LGPL-3.0-only", "https://github.com/psycopg/psycopg", "psycopg-binary"
    ),
    Component("libpq (in psycopg-binary)", "PostgreSQL", "https://www.postgresql.org/ftp/source/"),
    Component(
        "typing-extensions",
        "PSF-2.0",
        "https://github.com/python/typing_extensions",
        "typing-extensions",
    ),
)


def bundled(platform: str = sys.platform) -> tuple[Component, ...]:
    return tuple(c for c in COMPONENTS if c.platform is None or platform.startswith(c.platform))


@lru_cache(maxsize=1)
def _engine_versions() -> dict[str, str]:
    """SQLCipher and SQLite (inside sqlcipher3) and OpenSSL, asked of the libraries."""
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        cipher = str(connection.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        connection.close()
    from cryptography.hazmat.backends.openssl import backend

    openssl = backend.openssl_version_text().split()
    return {
        "SQLCipher": cipher.split()[0],
        "SQLite": str(sqlcipher3.sqlite_version),
        "OpenSSL (in cryptography, sqlcipher3)": openssl[1] if len(openssl) > 1 else "",
    }


def version(component: Component) -> str:
    """The version this program runs with, or '' when it cannot be told."""
    if component.name == "Python":
        return ".".join(str(part) for part in sys.version_info[:3])
    if component.distribution is None:
        try:
            return _engine_versions().get(component.name, "")
        except Exception:  # the About dialog must open even if the engine cannot be asked
            return ""
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return ""
