#!/usr/bin/env bash
# CallDesk developer entry point: installs what is missing, then runs the demo or the tests.
#   bash dev.sh demo    open the app on the demo database
#   bash dev.sh test    lint, type-check, the whole test suite, then the Linux bundle and its selftest
#   bash dev.sh bench   run the journal benchmark (see README)
#   bash dev.sh bundle  build the Linux bundle dist/calldesk/ and run its selftest
# CALLDESK_SKIP_BUNDLE=1 bash dev.sh test -k ...   skips the bundle when iterating on tests;
# CALLDESK_SKIP_YEAR_AHEAD=1 skips the second run of the suite with the clock a year ahead.
set -euo pipefail
cd "$(dirname "$0")"

VENV=${CALLDESK_VENV:-.venv}
APT_PACKAGES=(
  python3 python3-venv python3-pip
  # Qt offscreen and on a desktop (xcb)
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 fonts-dejavu-core
  # recording player, softphone audio, SIP test peer
  libvlc5 vlc-plugin-base libportaudio2 sip-tester
  # the tests start their own MariaDB; screenshots under Xvfb
  mariadb-server mariadb-client xvfb xauth
  # the bundle (scripts/build_bundle.sh): objdump/strip for PyInstaller, libVLC plugin cache,
  # the shared libpython PyInstaller bundles (Debian's python3 itself is linked statically)
  binutils libvlc-bin libpython3.11
  # the suite's second run with the system clock a year ahead (libfaketime, plus a small
  # shim compiled here: scripts/year_ahead/clockwait_shim.c)
  faketime gcc libc6-dev
  # the optional C driver for MySQL/MariaDB (mysqlclient builds against libmariadb)
  libmariadb-dev pkg-config python3-dev
)

install_system() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
    --no-install-recommends "${missing[@]}"
}

install_python() {
  local stamp="$VENV/.calldesk-installed"
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -c constraints.txt -e ".[dev]"
    touch "$stamp"
  fi
}

translations() {
  # Compiled .qm files are build products of the .ts sources.
  local lrelease="$VENV/bin/pyside6-lrelease"
  for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    local qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then "$lrelease" -silent "$ts" -qm "$qm"; fi
  done
}

setup() { install_system; install_python; translations; }

year_ahead_shim() {
  # libfaketime does not wrap sem_clockwait & co.: without this, a timed wait lasts a year.
  local src=scripts/year_ahead/clockwait_shim.c so
  so="$(cd "$VENV" && pwd)/lib/calldesk-clockwait-shim.so" || return 1
  if [ ! -f "$so" ] || [ "$src" -nt "$so" ]; then
    gcc -O2 -shared -fPIC -o "$so" "$src" -ldl || return 1
  fi
  echo "$so"
}

year_ahead() {
  # "$@" under the machine's clock a year ahead; the shim goes in front of libfaketime.
  local shim
  shim=$(year_ahead_shim) && [ -f "$shim" ] || {
    echo "dev.sh: could not build scripts/year_ahead/clockwait_shim.c (is gcc installed?)" >&2
    return 1
  }
  LD_PRELOAD="$shim${LD_PRELOAD:+:$LD_PRELOAD}" faketime -f +365d "$@"
}

both_passes() {
  # The suite, and beside it (not after it) the suite again with the machine's clock a year
  # ahead (libfaketime): no test may depend on today's date, and MariaDB, SQLite, Qt and pjmedia
  # all see the shifted clock too. Each pass starts its own MariaDB servers on free ports and
  # has its own temp dirs; most of a test's time is waiting (servers, SIP timers, Qt events),
  # so on 2 cores the two passes together take little longer than the first alone.
  # Modules that read no calendar (the SIP engine, the bundle, layouts, the database's faults,
  # replication and load, the parsers' property tests: 162 of 1,665 tests) are left out of the
  # second pass.
  if [ "${CALLDESK_SKIP_YEAR_AHEAD:-}" = 1 ]; then
    "$VENV/bin/python" -m pytest "$@"
    return
  fi
  local tmp pid rc=0 rc_ahead=0
  tmp=$(mktemp -d)
  set -m  # the second pass in a process group of its own: stopped whole if this script is
  year_ahead "$VENV/bin/python" -m pytest -p no:cacheprovider --basetemp="$tmp/base" "$@" \
    --ignore=tests/softphone --ignore=tests/packaging --ignore=tests/app/bad_input \
    --ignore=tests/ui/test_fit.py --ignore=tests/ui/test_database_outage.py \
    --ignore=tests/app/test_read_replica.py --ignore=tests/app/test_write_load.py \
    --ignore=tests/ui/test_log_out_process.py --ignore=tests/ui/softphone/test_call_outcomes.py \
    >"$tmp/year-ahead.log" 2>&1 &
  pid=$!
  set +m
  # shellcheck disable=SC2064  # the PID is meant to be expanded now
  trap "kill -- -$pid 2>/dev/null || true" EXIT
  # The slowest tests are listed at the end: where CI time goes.
  "$VENV/bin/python" -m pytest --durations=25 "$@" || rc=$?
  wait "$pid" || rc_ahead=$?
  trap - EXIT
  echo "======== the same suite with the clock a year ahead (faketime +365d) ========"
  if [ "$rc_ahead" -ne 0 ]; then cat "$tmp/year-ahead.log"; else tail -n 3 "$tmp/year-ahead.log"; fi
  rm -rf "$tmp"
  [ "$rc" -eq 0 ] && [ "$rc_ahead" -eq 0 ]
}

case "${1:-}" in
  demo)
    setup
    shift
    exec "$VENV/bin/calldesk" demo "$@"
    ;;
  test)
    setup
    shift
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    "$VENV/bin/mypy"
    both_passes "$@"
    QT_QPA_PLATFORM=offscreen "$VENV/bin/calldesk" --selftest
    # The operators' build: dist/calldesk/, self-tested from a clean temp dir (~3 min).
    [ "${CALLDESK_SKIP_BUNDLE:-}" = 1 ] || bash scripts/build_bundle.sh
    ;;
  bench)
    setup
    shift
    exec "$VENV/bin/python" -m tests.benchmarks.journal --start-mariadb "$@"
    ;;
  bundle)
    setup
    exec bash scripts/build_bundle.sh
    ;;
  setup)
    setup
    ;;
  *)
    echo "usage: bash dev.sh demo|test|bench|bundle|setup" >&2
    exit 2
    ;;
esac
