"""Strip debugging symbols from the bundle's shared libraries, safely (Linux).

    python installer/linux/strip_bundle.py BUNDLE_DIR

PyInstaller's own strip=True breaks the libraries that auditwheel rewrote with
patchelf (numpy.libs/, scipy.libs/, and modules with an RPATH): binutils' strip
moves their segments off page boundaries and the loader refuses them ("ELF
load command address/offset not page-aligned"). So this strips only files with
a symbol table, outside *.libs/ folders and without RPATH/RUNPATH (libpython,
built with an RPATH by its own build, excepted), and checks every result: a
stripped file whose LOAD segments are not page-aligned is put back as it was.
Prints the files stripped and the bytes saved.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

PAGE = 4096
ELF = b"\x7fELF"
ALWAYS = ("libpython3",)


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == ELF


def readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], capture_output=True, text=True).stdout


def candidate(path: Path) -> bool:
    if any(part.endswith(".libs") for part in path.parts):
        return False
    if ".symtab" not in readelf("-S", str(path)):
        return False
    if path.name.startswith(ALWAYS):
        return True
    return not re.search(r"\((RPATH|RUNPATH)\)", readelf("-d", str(path)))


def page_aligned(path: Path) -> bool:
    headers = readelf("-l", str(path))
    loads = re.findall(r"^\s*LOAD\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)", headers, re.MULTILINE)
    if not loads:
        return False
    return all((int(offset, 16) - int(vaddr, 16)) % PAGE == 0 for offset, vaddr in loads)


def strip(bundle: Path) -> tuple[int, int, list[str]]:
    stripped, saved, refused = 0, 0, []
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink() or not is_elf(path) or not candidate(path):
            continue
        before = path.stat().st_size
        backup = path.with_name(path.name + ".unstripped")
        shutil.copy2(path, backup)
        done = subprocess.run(["strip", "--strip-unneeded", str(path)], capture_output=True)
        if done.returncode != 0 or not page_aligned(path):
            shutil.move(backup, path)
            refused.append(str(path.relative_to(bundle)))
            continue
        backup.unlink()
        stripped += 1
        saved += before - path.stat().st_size
    return stripped, saved, refused


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    count, saved, refused = strip(Path(sys.argv[1]))
    print(f"strip: {count} files, {saved / 1e6:.1f} MB saved")
    for name in refused:
        print(f"strip: kept {name} as it was (stripping would misalign it)")
