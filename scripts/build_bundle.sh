#!/usr/bin/env bash
# Build the Linux bundle (dist/calldesk/) with PyInstaller and run its selftest from a clean
# temporary folder: a copy of the bundle, no source tree, no virtualenv, no PYTHONPATH.
#   bash scripts/build_bundle.sh            build, then selftest
#   bash scripts/build_bundle.sh --no-test  build only
# Needs the development setup (bash dev.sh setup). On Windows run PyInstaller with the same
# spec (see packaging/windows/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${CALLDESK_VENV:-.venv}
DIST=dist
WORK=build/pyinstaller
run_test=1
[ "${1:-}" = "--no-test" ] && run_test=0

started=$(date +%s)
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"; fi
done

"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/calldesk.spec

bundle="$DIST/calldesk"
internal="$bundle/_internal"
# libVLC finds its plugins faster with a cache made for the bundled copies.
for gen in /usr/lib/*/vlc/vlc-cache-gen /usr/lib/vlc/vlc-cache-gen; do
  if [ -x "$gen" ] && [ -d "$internal/vlc/plugins" ]; then
    rm -f "$internal/vlc/plugins/plugins.dat"
    "$gen" "$internal/vlc/plugins" >/dev/null 2>&1 || echo "warning: vlc-cache-gen failed" >&2
    break
  fi
done
# For installing on a desktop: the launcher entry and its icon next to the executable.
cp packaging/linux/calldesk.desktop resources/icons/calldesk.svg "$bundle/"
built=$(date +%s)

size=$(du -sh "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "bundle: $bundle, $size in $files files, built in $((built - started)) s"

[ "$run_test" = 1 ] || exit 0

clean=$(mktemp -d "${TMPDIR:-/tmp}/calldesk-bundle-test.XXXXXX")
trap 'rm -rf "$clean"' EXIT
cp -a "$bundle" "$clean/calldesk"
mkdir -p "$clean/home"
echo "selftest of the bundle copied to $clean/calldesk:"
(
  cd "$clean"
  env -i PATH=/usr/bin:/bin HOME="$clean/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    CALLDESK_CONFIG_DIR="$clean/home/config" CALLDESK_DATA_DIR="$clean/home/data" \
    ./calldesk/calldesk --selftest
)
echo "bundle selftest passed in $(($(date +%s) - built)) s"
