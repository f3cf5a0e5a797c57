#!/bin/sh
# `make package`: the PyInstaller bundle (build/dist/hotline152) and the .deb (build/),
# with the size of each and the time each step took.
#   sh installer/linux/package.sh PYTHON     (the packaging venv's python, with PyInstaller)
set -eu
PY="$1"
OUT="${HOTLINE_PACKAGE_OUT:-build}"
cd "$(dirname "$0")/../.."
step_start=$(date +%s)
step() {
    now=$(date +%s)
    echo "== $1 ($((now - step_start)) s)"
    step_start=$now
}
sh scripts/system_deps.sh $(grep -v '^#' installer/linux/build-packages.txt)
step "build machine's system packages"
# The application from this tree (its dependencies came with the venv).
"$PY" -m pip install --quiet --no-deps --force-reinstall . 2>&1 | grep -v "^WARNING: Location" || true
step "application installed into the packaging venv"
QT_QPA_PLATFORM=offscreen "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/pyinstaller" installer/hotline152.spec
step "PyInstaller bundle"
"$PY" installer/linux/strip_bundle.py "$OUT/dist/hotline152"
step "stripped"
files=$(find "$OUT/dist/hotline152" -type f | wc -l)
echo "bundle: $OUT/dist/hotline152 $(du -sm "$OUT/dist/hotline152" | cut -f1) MiB in $files files"
"$PY" installer/linux/build_deb.py "$OUT/dist/hotline152" "$OUT"
step ".deb"
