#!/usr/bin/env bash
# Run a command of the README on a fresh Debian 12 (bookworm): a clean debootstrap root, a clean
# clone of the repository's committed HEAD, Debian's own python3, a plain environment, as root.
#
#   sudo bash scripts/fresh_debian_run.sh REPO [COMMAND...]
#   sudo bash scripts/fresh_debian_run.sh /work/main bash dev.sh test
#
# COMMAND runs in the clone (/root/calldesk inside the root) with
#   env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb [FRESH_ENV...] chroot ...
# and its wall time is printed at the end ("fresh-run: ... rc=N wall=S s"). Default COMMAND:
# bash dev.sh test. The exit code is the command's.
#
# Environment (all optional):
#   FRESH_ROOT    the root, rebuilt from scratch on every run   (/work/fresh-bookworm)
#   FRESH_TAR     the pristine debootstrap result, made on the first run and untarred on the
#                 next ones                                      (/work/fresh-bookworm.tar)
#   FRESH_MIRROR  Debian mirror                                  (http://deb.debian.org/debian)
#   FRESH_ENV     extra VAR=value words for the command's environment, e.g. "DISPLAY=:57"
#   FRESH_BIND    extra host directories bind-mounted at the same path, e.g. /tmp/.X11-unix
#   FRESH_NO_RUN=1  prepare the root and the clone, run nothing, leave it unmounted
#   FRESH_REUSE=1   skip steps 1-3: run in the root and clone the previous run left (not fresh:
#                   for retrying one step after a failure)
#
# What is added to the pristine root, and why (nothing else is):
#   * /etc/resolv.conf of the host (name resolution);
#   * apt sources bookworm, bookworm-updates and bookworm-security on FRESH_MIRROR, as Debian's
#     installer writes them (debootstrap alone writes only "bookworm main");
#   * this workplace's TLS trust: the host's /usr/local/share/ca-certificates/*.crt (picked up
#     when dev.sh installs ca-certificates with python3-pip) and the host's /etc/pip.conf
#     (cert = the system bundle), as every machine of the workplace has them — without them pip
#     cannot reach the package index through the workplace's TLS egress. The host's other pip
#     settings (local wheel folders, the torch cap) are not copied;
#   * /usr/sbin/policy-rc.d refusing to start services, the usual chroot guard: the MariaDB
#     service that mariadb-server would start is not used by the tests (they start their own).
set -euo pipefail

REPO=${1:?usage: fresh_debian_run.sh REPO [COMMAND...]}
shift
[ $# -gt 0 ] || set -- bash dev.sh test
REPO=$(cd "$REPO" && pwd)
ROOT=${FRESH_ROOT:-/work/fresh-bookworm}
TAR=${FRESH_TAR:-/work/fresh-bookworm.tar}
MIRROR=${FRESH_MIRROR:-http://deb.debian.org/debian}
read -r -a extra_env <<<"${FRESH_ENV:-}"
read -r -a extra_bind <<<"${FRESH_BIND:-}"
[ "$(id -u)" -eq 0 ] || { echo "fresh-run: needs root (debootstrap, chroot, mounts)" >&2; exit 2; }
case "$ROOT" in /|/work|/root|"") echo "fresh-run: refusing FRESH_ROOT=$ROOT" >&2; exit 2 ;; esac

say() { echo "fresh-run: $(date -u +%H:%M:%S) $*" >&2; }
mounted() { findmnt -rn -o TARGET | awk -v r="$ROOT" 'index($0, r "/") == 1' | sort -r; }

cleanup() {
  # Processes left inside the root are this run's own (the root is ours): stop them by PID.
  local pids=() p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && pids+=("${p#/proc/}")
  done
  if [ ${#pids[@]} -gt 0 ]; then
    say "stopping processes left in the root: ${pids[*]}"
    kill "${pids[@]}" 2>/dev/null || true
    sleep 3
    kill -9 "${pids[@]}" 2>/dev/null || true
  fi
  local m
  while read -r m; do
    [ -n "$m" ] || continue
    umount "$m" 2>/dev/null || umount -l "$m" || say "could not unmount $m"
  done < <(mounted)
}

# 1. A pristine root: untar the debootstrap result, or make it (and the tarball) once.
[ -z "$(mounted)" ] || { echo "fresh-run: something is mounted under $ROOT:" >&2; mounted >&2; exit 2; }
if [ "${FRESH_REUSE:-}" = 1 ]; then
  [ -d "$ROOT/root/calldesk" ] || { echo "fresh-run: no previous root to reuse" >&2; exit 2; }
  commit=$(git -C "$ROOT/root/calldesk" rev-parse HEAD)
  say "reusing $ROOT (not fresh), clone at $commit"
else
  if [ -e "$ROOT" ]; then
    say "removing the previous root $ROOT"
    rm -rf --one-file-system "$ROOT"
  fi
  if [ -f "$TAR" ]; then
    say "untarring $TAR"
    mkdir -p "$ROOT"
    tar --numeric-owner -xpf "$TAR" -C "$ROOT"
  else
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
    say "debootstrap bookworm from $MIRROR"
    debootstrap --arch=amd64 bookworm "$ROOT" "$MIRROR" >"$ROOT.debootstrap.log" 2>&1 \
      || { tail -20 "$ROOT.debootstrap.log" >&2; exit 1; }
    tar --numeric-owner -cpf "$TAR" -C "$ROOT" .
    say "pristine root kept in $TAR"
  fi
fi

if [ "${FRESH_REUSE:-}" != 1 ]; then
# 2. What a fresh machine of this workplace has besides the base system (see the header).
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
rm -f "$ROOT/etc/apt/sources.list"
security=${MIRROR%/debian}/debian-security
cat >"$ROOT/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
mkdir -p "$ROOT/usr/local/share/ca-certificates"
for crt in /usr/local/share/ca-certificates/*.crt; do
  [ -f "$crt" ] && cp "$crt" "$ROOT/usr/local/share/ca-certificates/"
done
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$ROOT/etc/pip.conf"
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"

# 3. A clean clone of the committed HEAD (not the working tree), made with the host's git so
# that the root gets no package besides those the command installs.
commit=$(git -C "$REPO" rev-parse HEAD)
git clone --quiet --no-hardlinks "$REPO" "$ROOT/root/calldesk"
say "cloned $REPO at $commit ($(git -C "$REPO" log -1 --format=%s "$commit" | cut -c1-80))"
fi
[ "${FRESH_NO_RUN:-}" = 1 ] && exit 0

# 4. Mounts for the run; unmounted (and leftovers stopped) whatever happens.
trap cleanup EXIT
trap 'exit 130' INT TERM
mount -t proc proc "$ROOT/proc"
mount --rbind /sys "$ROOT/sys"
mount --make-rslave "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
mount --bind /dev/shm "$ROOT/dev/shm"
for d in "${extra_bind[@]}"; do
  mkdir -p "$ROOT$d"
  mount --bind "$d" "$ROOT$d"
done

# 5. The command, as root, in a plain environment.
quoted=$(printf '%q ' "$@")
say "running in $ROOT/root/calldesk: $quoted"
started=$(date +%s.%N)
rc=0
env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb "${extra_env[@]}" \
  chroot "$ROOT" /bin/bash -c "cd /root/calldesk && exec $quoted" || rc=$?
ended=$(date +%s.%N)
say "done: $quoted rc=$rc wall=$(awk -v a="$started" -v b="$ended" 'BEGIN{printf "%.1f", b-a}') s," \
  "commit $commit"
exit "$rc"
