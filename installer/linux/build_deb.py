"""Build the Linux package from the PyInstaller bundle, with dpkg-deb only.

    python installer/linux/build_deb.py BUNDLE_DIR OUT_DIR

BUNDLE_DIR is dist/hotline152 of `pyinstaller installer/hotline152.spec`. The
package puts the bundle in /opt/hotline152, the launcher in /usr/bin/hotline,
the .desktop file, the hicolor icons, the AppStream metadata and a
machine-readable copyright file written from hotline/licences.py. Depends is
worked out from the libraries the bundle's ELF files need and does not carry
(owner packages from dpkg -S, glibc from the highest GLIBC_ symbol version).
Prints the .deb's size and the installed size.
"""

from __future__ import annotations

import datetime
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import hotline
from hotline import licences

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ICONS = ROOT / "hotline" / "data" / "icons"
PACKAGE = "hotline152"
APP_ID = "org.hotline152.Desk"
PREFIX = Path("opt") / PACKAGE
MAINTAINER = "152 hotline desk maintainers <desk@hotline152.invalid>"
ELF = b"\x7fELF"
COMPRESSOR, LEVEL = os.environ.get("HOTLINE_DEB_COMPRESSION", "zstd:9").split(":")


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF:
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", out, re.MULTILINE)


def glibc_needed(paths: list[Path]) -> str:
    best = (2, 17)
    for path in paths:
        out = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def system_libraries() -> dict[str, str]:
    """soname -> path of the x86-64 libraries the dynamic linker knows."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for name, flags, path in re.findall(r"^\s*(\S+) \(([^)]*)\) => (\S+)", out, re.MULTILINE):
        if "x86-64" in flags:
            found.setdefault(name, path)
    return found


@functools.cache
def owner(path: str) -> str:
    for candidate in (path, os.path.realpath(path)):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].strip()
        # /lib is a symlink to /usr/lib on merged-/usr systems; dpkg knows one spelling.
        alt = candidate.replace("/usr/lib/", "/lib/", 1)
        if alt != candidate:
            done = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
            if done.returncode == 0:
                return done.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"build_deb: no Debian package owns {path}; cannot name the dependency")


# Packages the bundle reads data from rather than links against, so no ELF file names them:
# tzdata's /usr/share/zoneinfo, by which zoneinfo puts calls in the desk's own time zone's months
# (hotline/desk_time.py; the bundle carries no copy of the zone database).
DATA_PACKAGES = ("tzdata",)


def depends(bundle: Path) -> list[str]:
    elves = elf_files(bundle)
    inside = {p.name for p in bundle.rglob("*")}
    system = system_libraries()
    missing: set[str] = set()
    packages: set[str] = set()
    for elf in elves:
        for soname in needed(elf):
            if soname in inside:
                continue
            if soname not in system:
                missing.add(f"{soname} (needed by {elf.relative_to(bundle)})")
                continue
            packages.add(owner(system[soname]))
    if missing:
        raise SystemExit(
            "build_deb: libraries the bundle needs are not installed here, so their package "
            "cannot be named:\n  " + "\n  ".join(sorted(missing))
        )
    packages.discard("libc6")
    packages.update(DATA_PACKAGES)
    return [f"libc6 (>= {glibc_needed(elves)})", *sorted(packages)]


def copyright_file() -> str:
    """Debian's machine-readable format, from the one list of bundled libraries."""
    parts = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        f"Upstream-Name: {PACKAGE}",
        "Comment: The 152 hotline desk with the libraries it bundles in /opt/hotline152.",
        " Qt and PySide6 are used under the LGPL-3.0 as separate shared libraries in",
        " /opt/hotline152/_internal/PySide6 that may be replaced by another build of the",
        " same version. The full licence texts of the Python libraries are in their",
        " *.dist-info folders under /opt/hotline152/_internal; common ones are in",
        " /usr/share/common-licenses.",
        "",
        "Files: *",
        "Copyright: the 152 hotline",
        "License: LicenseRef-proprietary",
        " Licensed to the centres of the 152 hotline; not for redistribution.",
    ]
    for component in licences.COMPONENTS:
        if component.platform and not sys.platform.startswith(component.platform):
            continue
        parts += [
            "",
            f"Files: opt/hotline152/_internal/* ({component.name})",
            f"Copyright: the authors of {component.name}, see {component.source}",
            f"License: {component.licence}",
            f" Source: {component.source}",
        ]
    return "\n".join(parts) + "\n"


def tree_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += (path.stat().st_size + 1023) // 1024
    return total


def build(bundle: Path, out_dir: Path) -> Path:
    version = hotline.__version__
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hotline-deb-", dir=out_dir) as tmp:
        stage = Path(tmp) / "root"
        target = stage / PREFIX
        shutil.copytree(bundle, target, symlinks=True)
        bin_dir = stage / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        shutil.copy2(HERE / "hotline.sh", bin_dir / "hotline")
        share = stage / "usr" / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy2(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
        for png in sorted(ICONS.glob("hotline152-*.png")):
            size = png.stem.rsplit("-", 1)[1]
            folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True)
            shutil.copy2(png, folder / "hotline152.png")
        scalable = share / "icons" / "hicolor" / "scalable" / "apps"
        scalable.mkdir(parents=True)
        shutil.copy2(ICONS / "hotline152.svg", scalable / "hotline152.svg")
        (share / "metainfo").mkdir(parents=True)
        metainfo = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
        metainfo = metainfo.replace("@VERSION@", version).replace(
            "@DATE@", datetime.date.today().isoformat()
        )
        (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
        doc = share / "doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(copyright_file(), encoding="utf-8")
        for path in stage.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
            elif path.is_file() and not path.is_symlink():
                path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
        control_dir = stage / "DEBIAN"
        control_dir.mkdir()
        for script in ("postinst", "postrm"):
            shutil.copy2(HERE / script, control_dir / script)
            (control_dir / script).chmod(0o755)
        installed_kib = tree_size_kib(stage)
        control = "\n".join(
            [
                f"Package: {PACKAGE}",
                f"Version: {version}",
                "Architecture: amd64",
                f"Maintainer: {MAINTAINER}",
                f"Installed-Size: {installed_kib}",
                f"Depends: {', '.join(depends(target))}",
                "Section: misc",
                "Priority: optional",
                "Description: confidential call log of the 152 anti-trafficking hotline",
                " The desk the operators of the 152 hotline use while they take calls:",
                " an encrypted call log (SQLCipher), the operator's form, supervision,",
                " follow-up of cases and anonymised counts. Removing the package never",
                " touches the desks' data folders.",
                "",
            ]
        )
        (control_dir / "control").write_text(control, encoding="utf-8")
        deb = out_dir / f"{PACKAGE}_{version}_amd64.deb"
        subprocess.run(
            # zstd -9: measured on this bundle with the machine loaded, 78 MiB in 17 s,
            # against gzip -6 91 MiB/31 s, xz -1 74 MiB/106 s, xz -3 70 MiB/228 s and
            # xz -6 64 MiB/~400 s. Every dpkg that can meet the glibc floor of Depends
            # (Debian 12, Ubuntu 22.04) reads zstd.
            [
                "dpkg-deb",
                "--root-owner-group",
                f"-Z{COMPRESSOR}",
                f"-z{LEVEL}",
                "--build",
                str(stage),
                str(deb),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    print(f"control Depends: {control.split('Depends: ', 1)[1].splitlines()[0]}")
    print(f"installed size: {installed_kib / 1024:.1f} MiB (Installed-Size {installed_kib} KiB)")
    print(f"package: {deb} {deb.stat().st_size / 1024 / 1024:.1f} MiB")
    return deb


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    build(Path(sys.argv[1]), Path(sys.argv[2]))
