#!/bin/bash
# `make package-test`: the desk as a centre installs it, end to end. Any failure fails.
#  1. the wheel in a fresh venv: --version, a desk, 200 demo calls, verify, export;
#  2. a desk made by the previous release's wheel opens, verifies and exports with the new;
#  3. `make package`: the bundle and the .deb; the .deb installed with dpkg; the installed
#     program makes and opens an encrypted desk (sqlcipher3 loaded from /opt/hotline152),
#     its sign-in window is saved offscreen (build/smoke/sign-in.png); removed and purged,
#     the desk's folder left alone.
# Prints the time of every step and the sizes. HOTLINE_PREVIOUS_RELEASE names the commit
# of the previous release (default c3edd3c, what main was before the desk was installable).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
PREVIOUS=${HOTLINE_PREVIOUS_RELEASE:-c3edd3c}
OUT="$ROOT/build/smoke"
WORK=$(mktemp -d /tmp/hotline-smoke.XXXXXX)
PASSWORD="the smoke test's admin passphrase"
INSTALLED=0
START=$(date +%s)
LAST=$START

cleanup() {
    status=$?
    if [ "$INSTALLED" = 1 ]; then dpkg --purge hotline152 >/dev/null 2>&1 || true; fi
    rm -rf "$WORK"
    if [ $status -ne 0 ]; then echo "== smoke test FAILED (exit $status) after $(( $(date +%s) - START )) s"; fi
}
trap cleanup EXIT

step() {
    now=$(date +%s)
    printf '== %-62s %4d s (total %4d s)\n' "$1" $((now - LAST)) $((now - START))
    LAST=$now
}
fail() { echo "FAILED: $*" >&2; exit 1; }
# English whatever the machine's locale: the output is read for "File: " and "OK"
# (an environment variable, which the previous release ignores, not --language).
export HOTLINE_LANGUAGE=en
# hotline with the passphrase on stdin (once per password it asks for).
as_admin() { local bin=$1 dir=$2; shift 2; printf '%s\n' "$PASSWORD" | "$bin" --data-dir "$dir" --user aysel --password-stdin "$@"; }
new_desk() { printf '%s\n%s\n' "$PASSWORD" "$PASSWORD" | "$1" --data-dir "$2" --password-stdin init --admin aysel --no-keychain > "$WORK/init.txt"; }
last_year=$(( $(date -u +%Y) - 1 ))
exercise() {  # bin dir: demo calls, verify, an export of each format, verify-export
    local bin=$1 dir=$2
    as_admin "$bin" "$dir" demo --calls 200 --months 24 > /dev/null 2>&1 || fail "demo calls with $bin"
    as_admin "$bin" "$dir" verify | tail -1
    for format in csv xlsx sdmx pdf; do
        as_admin "$bin" "$dir" export --table calls_by_topic_sex --period "$last_year" \
            --audience partner --format "$format" --out "$WORK/export.$format" \
            > "$WORK/export.txt" 2> "$WORK/export.err" || { cat "$WORK/export.err"; fail "export $format with $bin"; }
        # read from a file, never `| grep -q` on the live pipe: grep leaves at the first
        # match and the program's next line would meet a closed pipe
        grep -q "^File: " "$WORK/export.txt" || { cat "$WORK/export.txt"; fail "export $format printed no file"; }
        # the key pinned as a recipient would (here read from the manifest: the check is
        # of the install, not of the key's origin)
        key=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["signing_key"]["public_key"])' \
            "$WORK/export.$format.manifest.json")
        "$bin" verify-export "$WORK/export.$format.manifest.json" --key "$key" > "$WORK/verify-export.txt" \
            || { cat "$WORK/verify-export.txt"; fail "verify-export $format"; }
        grep -q "^OK" "$WORK/verify-export.txt" || fail "verify-export $format said no OK"
    done
    echo "exported csv, xlsx, sdmx, pdf of $last_year and verified their manifests"
}

mkdir -p "$OUT"
rm -f "$OUT"/*.png
sh scripts/system_deps.sh $(grep -v '^#' installer/linux/build-packages.txt) desktop-file-utils appstream
step "system packages"

# 1. The wheel, in a fresh venv with the application only.
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
"$WORK/venv/bin/pip" wheel --quiet --no-deps -w "$WORK/wheels" . 2>&1 | grep -v "^WARNING: Location" || true
wheel=$(ls "$WORK"/wheels/hotline-*.whl)
echo "wheel: $(basename "$wheel") $(( $(stat -c %s "$wheel") / 1024 )) KiB"
"$WORK/venv/bin/pip" install --quiet "$wheel" 2>&1 | grep -v "^WARNING: Location" || true
"$WORK/venv/bin/pip" show keyrings.alt > /dev/null 2>&1 && fail "the application pulled in keyrings.alt"
step "wheel built and installed into a fresh venv"
version=$("$WORK/venv/bin/hotline" --version)
echo "$version"
[ "$version" = "hotline $(sed -n 's/^__version__ = "\(.*\)"/\1/p' hotline/__init__.py)" ] || fail "--version"
new_desk "$WORK/venv/bin/hotline" "$WORK/wheel-desk"
grep -q "RECOVERY CODE" "$WORK/init.txt" || fail "init printed no recovery code"
exercise "$WORK/venv/bin/hotline" "$WORK/wheel-desk"
step "wheel: desk, 200 demo calls, verify, 4 exports"

# 2. A desk of the previous release opens with this one.
if ! git rev-parse --verify --quiet "$PREVIOUS^{commit}" > /dev/null \
    && [ "$(git rev-parse --is-shallow-repository)" = true ]; then
    git fetch --quiet --unshallow || true  # a shallow clone lacks the previous release
fi
git rev-parse --verify --quiet "$PREVIOUS^{commit}" > /dev/null || fail "no commit $PREVIOUS here"
mkdir -p "$WORK/previous"
git archive --format=tar "$PREVIOUS" | tar -x -C "$WORK/previous"
"$WORK/venv/bin/pip" wheel --quiet --no-deps -w "$WORK/wheels-previous" "$WORK/previous" 2>&1 | grep -v "^WARNING: Location" || true
"$PYTHON" -m venv --without-pip "$WORK/venv-previous"
site_new=$("$WORK/venv/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
site_old=$("$WORK/venv-previous/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
"$WORK/venv/bin/pip" install --quiet --no-deps --target "$site_old" "$WORK"/wheels-previous/hotline-*.whl 2>&1 | grep -v "^WARNING: Location" || true
# Its dependencies are the new venv's (a .pth comes after the venv's own hotline package).
echo "$site_new" > "$site_old/dependencies-of-the-new-venv.pth"
# That release's wheel carried no data files; it read them from resources/ beside its source.
old_bin="$WORK/old-hotline"
# -I: not the current folder first on the path (run from a checkout, `-m hotline` would
# import the NEW source tree beside it, and this step would test nothing of the old release).
printf '#!/bin/sh\nHOTLINE_RESOURCES="%s" exec "%s" -I -m hotline "$@"\n' "$WORK/previous/resources" "$WORK/venv-previous/bin/python" > "$old_bin"
chmod +x "$old_bin"
"$old_bin" --version
"$old_bin" --version > "$WORK/old-version.txt" && grep -q hotline "$WORK/old-version.txt" || fail "the previous release does not run"
new_desk "$old_bin" "$WORK/old-desk"
as_admin "$old_bin" "$WORK/old-desk" demo --calls 50 --months 6 > /dev/null 2>&1 || fail "demo with the previous release"
step "previous release ($PREVIOUS): its wheel made a desk with 50 calls"
as_admin "$WORK/venv/bin/hotline" "$WORK/old-desk" verify | tail -1
exercise "$WORK/venv/bin/hotline" "$WORK/old-desk"
step "the new wheel opened, verified, filled and exported the old desk"

# 3. The bundle and the .deb.
make --no-print-directory package
deb=$(ls "$ROOT"/build/hotline152_*_amd64.deb)
step "make package"
dpkg-deb --info "$deb" | sed -n 's/^ \(Installed-Size\|Version\): /  \1: /p'
dpkg -i "$deb" > "$WORK/dpkg.txt" 2>&1 || { cat "$WORK/dpkg.txt"; fail "dpkg -i"; }
INSTALLED=1
step "dpkg -i"
installed_version=$(hotline --version)
echo "installed: $(command -v hotline) -> $installed_version"
[ "$installed_version" = "$version" ] || fail "installed --version says $installed_version"
desktop-file-validate /usr/share/applications/org.hotline152.Desk.desktop
appstreamcli validate --no-net --explain /usr/share/metainfo/org.hotline152.Desk.metainfo.xml > "$WORK/appstream.txt" 2>&1 \
    || { cat "$WORK/appstream.txt"; fail "AppStream metadata"; }
for size in 16 32 48 256; do
    [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/hotline152.png" ] || fail "icon $size"
done
grep -q "^License: LGPL-3.0-only" /usr/share/doc/hotline152/copyright || fail "copyright file"
desk="$WORK/installed-desk"
new_desk hotline "$desk"
header=$(head -c 15 "$desk/desk.db")
[ "$header" != "SQLite format 3" ] || fail "the installed program wrote a plaintext database"
LD_DEBUG=files as_admin hotline "$desk" verify > "$WORK/verify.txt" 2> "$WORK/ld.txt"
tail -1 "$WORK/verify.txt"
grep -q "^OK" "$WORK/verify.txt" || fail "verify with the installed program"
sqlcipher=$(grep -o "file=/opt/hotline152/_internal/sqlcipher3/[^ ]*\.so" "$WORK/ld.txt" | head -1)
[ -n "$sqlcipher" ] || fail "sqlcipher3 was not loaded from /opt/hotline152"
echo "sqlcipher3 loaded from ${sqlcipher#file=}"
grep -rqF "$PASSWORD" "$desk" && fail "the passphrase is in a file of the desk's folder"
shot="$OUT/sign-in.png"
HOTLINE_SIGN_IN_SCREENSHOT="$shot" QT_QPA_PLATFORM=offscreen timeout 120 hotline --data-dir "$desk" > "$WORK/window.txt" 2>&1 \
    || { cat "$WORK/window.txt"; fail "the window did not open"; }
grep -q "screenshot saved" "$WORK/window.txt" || { cat "$WORK/window.txt"; fail "no screenshot"; }
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "the screenshot is not a PNG"
echo "sign-in window saved: $shot ($(stat -c %s "$shot") bytes)"
step "installed program: --version, encrypted desk, verify, window"

dpkg -r hotline152 > "$WORK/remove.txt" 2>&1 || { cat "$WORK/remove.txt"; fail "dpkg -r"; }
[ ! -e /opt/hotline152 ] && [ ! -e /usr/bin/hotline ] || fail "files left after dpkg -r"
[ -f "$desk/desk.db" ] || fail "dpkg -r touched the desk"
dpkg -i "$deb" > /dev/null 2>&1 || fail "dpkg -i again"
dpkg --purge hotline152 > "$WORK/purge.txt" 2>&1 || { cat "$WORK/purge.txt"; fail "dpkg --purge"; }
INSTALLED=0
grep -q "data folders were left as they are" "$WORK/purge.txt" || { cat "$WORK/purge.txt"; fail "purge said nothing of the data"; }
[ -f "$desk/desk.db" ] || fail "purge touched the desk"
dpkg-query -W hotline152 > /dev/null 2>&1 && fail "the package is still known to dpkg"
sed 's/^/  purge: /' "$WORK/purge.txt" | grep -v "^  purge: (Reading\|^  purge: Removing\|^  purge: Purging"
step "dpkg -r, dpkg --purge: program gone, desk kept"

echo "== smoke test passed in $(( $(date +%s) - START )) s"
