#!/usr/bin/env bash
# Installs and starts the tools the tests, the bench and the demo need, from Debian's packages,
# into a private prefix: nothing is installed system-wide and the system's apt sources are untouched.
#
#   scripts/engine.sh install   download and unpack the packages (cached; a second run is a no-op)
#   scripts/engine.sh start     install, then start containerd+dockerd, the registry, the pushgateway,
#                               register QEMU for arm64 and build the local base images (idempotent)
#   scripts/engine.sh stop      stop what `start` started (data stays on disk)
#   scripts/engine.sh status    print what runs (exit 3 if a daemon is not running)
#   scripts/engine.sh env       print `export` lines (eval them); fast and side-effect free:
#                               PATH, DOCKER_CONFIG, DOCKER_HOST, BKA_PREFIX, BKA_REGISTRY,
#                               BKA_PUSHGATEWAY and BKA_BASE_* (the local base images, below)
#   scripts/engine.sh selftest  start, then prove the engine end to end
#
# The prefix defaults to ~/.cache/buildkit-actions/engine; set BKA_PREFIX to move it.
# BKA_REGISTRY_PORT (5000) and BKA_PUSHGATEWAY_PORT (9091) move the loopback services; pass the
# same values to `env`. Logs: $BKA_PREFIX/log. Needs root (dockerd, binfmt_misc, debootstrap).
set -euo pipefail

PREFIX=${BKA_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/buildkit-actions/engine}
APT_DIR="$PREFIX/apt"
DEB_DIR="$PREFIX/debs"
ROOT="$PREFIX/root"
RUN_DIR="$PREFIX/run"
LOG_DIR="$PREFIX/log"
DATA_DIR="$PREFIX/data"
ETC_DIR="$PREFIX/etc"
ROOTFS_DIR="$PREFIX/rootfs"
IMAGES_DIR="$PREFIX/images"
DOCKER_SOCK="$RUN_DIR/docker.sock"
# The daemons' temporary folder: they outlive their caller, whose TMPDIR may be a folder it removes
# at exit (the demo's: dockerd then failed every `docker run` with "failed to create temp dir").
DAEMON_TMP="$RUN_DIR/tmp"
# name:binary of each daemon `start` starts, in start order
DAEMONS=(containerd:usr/bin/containerd dockerd:usr/sbin/dockerd registry:usr/bin/docker-registry pushgateway:usr/bin/prometheus-pushgateway)
CONTAINERD_SOCK="$RUN_DIR/containerd/containerd.sock"
REGISTRY_PORT=${BKA_REGISTRY_PORT:-5000}
PUSHGATEWAY_PORT=${BKA_PUSHGATEWAY_PORT:-9091}
REGISTRY="127.0.0.1:$REGISTRY_PORT"
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BASE_IMAGES_SRC="$SCRIPT_DIR/base-images"
# The first start runs debootstrap (minutes) while holding the lock; waiters must outlast it.
LOCK_TIMEOUT=${BKA_LOCK_TIMEOUT:-1800}

BASE_BUSYBOX="$REGISTRY/base/busybox:1.35"
BASE_DEBIAN="$REGISTRY/base/debian:bookworm"
BASE_NODE="$REGISTRY/base/node:20"
BASE_NODE_RUNTIME="$REGISTRY/base/node-runtime:20"
BASE_PYTHON="$REGISTRY/base/python:3.11"
BASE_PYTHON_RUNTIME="$REGISTRY/base/python-runtime:3.11"

# name[:arch]=version suite. Versions are pinned so that every machine unpacks the same bytes; apt
# checks each .deb against the SHA-256 in the signed Release/Packages index it downloads. A pin that
# the archive has dropped (a point release replaced it) fails with the versions it now offers.
PACKAGES=(
  "docker.io=26.1.5+dfsg1-9+deb13u1+b1 trixie"
  "docker-cli=26.1.5+dfsg1-9+deb13u1+b1 trixie"
  "docker-buildx=0.13.1+ds1-3 trixie"
  "containerd=1.7.24~ds1-6+deb13u1 trixie"
  "cosign=2.5.0-2+b5 trixie"
  "docker-compose=2.26.1-4 trixie"
  "prometheus=2.53.3+ds1-2 trixie"
  # promtool (check metrics|rules, test rules) is its own package, of the same source and version
  "promtool=2.53.3+ds1-2 trixie"
  # trixie's runc needs GLIBC_2.38; bookworm has 2.36
  "runc=1.1.5+ds1-1+deb12u1 bookworm"
  "tini=0.19.0-1+b3 bookworm"
  "docker-registry=2.8.2+ds1-1 bookworm"
  "qemu-user-static=1:7.2+dfsg-7+deb12u18+b3 bookworm"
  "prometheus-pushgateway=1.5.1-2+b5 bookworm"
  "busybox-static=1:1.35.0-4+deb12u1+b1 bookworm"
  # only unpacked into the arm64 busybox root filesystem, never into the prefix
  "busybox-static:arm64=1:1.35.0-4+deb12u1+b1 bookworm"
  # run from the prefix with DEBOOTSTRAP_DIR to make the Debian base images
  "debootstrap=1.0.128+nmu2+deb12u2 bookworm"
)

log() { printf '[engine] %s\n' "$*" >&2; }
die() { printf '[engine] error: %s\n' "$*" >&2; exit 1; }

need_root() {
  [ "$(id -u)" -eq 0 ] || die "'$1' must run as root (dockerd, binfmt_misc and debootstrap need it)"
}

# One lock for install/start/stop, so that parallel jest workers and several people sharing the
# prefix never start two daemons or unpack over each other. Children must not inherit fd 9, or a
# daemon would hold the lock for its whole life.
take_lock() {
  mkdir -p "$PREFIX"
  exec 9>"$PREFIX/engine.lock"
  # a warm start takes about a second: only say so when the holder is doing more
  if ! flock -w 3 9; then
    log "waiting for another engine.sh holding $PREFIX/engine.lock (up to ${LOCK_TIMEOUT}s)"
    flock -w "$LOCK_TIMEOUT" 9 || die "timed out waiting for $PREFIX/engine.lock; is an engine.sh stuck? (see: fuser -v $PREFIX/engine.lock)"
  fi
}

# ---------------------------------------------------------------------------------------------
# install

apt_opts() {
  local suite=$1
  echo "-o Dir::Etc::SourceList=$APT_DIR/$suite/sources.list -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists=$APT_DIR/$suite/lists -o Dir::Cache=$APT_DIR/$suite/cache -o Debug::NoLocking=1 -o APT::Sandbox::User=root -o APT::Architectures::=amd64 -o APT::Architectures::=arm64"
}

apt_sources() {
  local suite=$1 arch=amd64
  # arm64 indexes only where an arm64 .deb is pinned (busybox-static), to keep `update` small
  [ "$suite" = bookworm ] && arch=amd64,arm64
  printf 'deb [arch=%s] http://deb.debian.org/debian %s main\n' "$arch" "$suite" "$arch" "$suite-updates"
  printf 'deb [arch=%s] http://deb.debian.org/debian-security %s-security main\n' "$arch" "$suite"
}

# $2=force refreshes lists that are already there (a pin may be newer than a cached index).
apt_update() {
  local suite=$1 force=${2:-} dir="$APT_DIR/$1"
  mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
  if [ -z "$force" ] && [ -f "$dir/updated" ] && [ "$(apt_sources "$suite")" = "$(cat "$dir/sources.list")" ]; then
    return 0
  fi
  apt_sources "$suite" >"$dir/sources.list"
  log "apt-get update ($suite, private lists in $dir)"
  # shellcheck disable=SC2046
  apt-get $(apt_opts "$suite") -qq update >&2 || die "apt-get update for $suite failed (is deb.debian.org reachable?)"
  touch "$dir/updated"
}

# Downloads one pinned .deb into $3 unless that exact version is already there; sets DEB_FILE.
DEB_FILE=
download_deb() {
  local pkg=$1 suite=$2 dest=$3 name version arch file
  name=${pkg%%=*}
  version=${pkg#*=}
  arch=${name#*:}
  [ "$arch" = "$name" ] && arch='*'
  name=${name%%:*}
  # apt names files NAME_VERSION_ARCH.deb with the epoch's ':' escaped as %3a
  file="${name}_${version//:/%3a}_${arch}.deb"
  if DEB_FILE=$(compgen -G "$dest/$file"); then
    return 0
  fi
  mkdir -p "$dest"
  rm -f "$dest/${name}_"*"_${arch}.deb"
  apt_update "$suite"
  log "downloading $pkg ($suite)"
  # shellcheck disable=SC2046
  if ! (cd "$dest" && apt-get $(apt_opts "$suite") -qq download "$pkg" >&2); then
    apt_update "$suite" force
    # shellcheck disable=SC2046
    if ! (cd "$dest" && apt-get $(apt_opts "$suite") -qq download "$pkg" >&2); then
      # shellcheck disable=SC2046
      die "cannot download $pkg from $suite. The archive offers:
$(apt-cache $(apt_opts "$suite") madison "${pkg%%=*}" 2>&1)
Update the pin in PACKAGES in $SCRIPT_DIR/engine.sh."
    fi
  fi
  DEB_FILE=$(compgen -G "$dest/$file") || die "apt-get download of $pkg left no $dest/$file"
}

install() {
  local stamp
  stamp="$PREFIX/installed.$(printf '%s\n' "${PACKAGES[@]}" | sha256sum | cut -c1-16)"
  if [ -f "$stamp" ] && [ -x "$ROOT/usr/sbin/dockerd" ]; then
    return 0
  fi
  mkdir -p "$DEB_DIR" "$DEB_DIR/arm64"
  local entry pkg suite name debs=()
  for entry in "${PACKAGES[@]}"; do
    pkg=${entry% *}
    suite=${entry#* }
    name=${pkg%%=*}
    case "$name" in
      *:arm64) download_deb "$pkg" "$suite" "$DEB_DIR/arm64" ;;
      *)
        download_deb "$pkg" "$suite" "$DEB_DIR"
        debs+=("$DEB_FILE")
        ;;
    esac
  done
  # Unpack beside the old tree and swap, so that running daemons and callers never see half a tree.
  rm -rf "$ROOT.new" "$ROOT.old"
  mkdir -p "$ROOT.new"
  local deb
  for deb in "${debs[@]}"; do
    dpkg -x "$deb" "$ROOT.new"
  done
  [ -d "$ROOT" ] && mv "$ROOT" "$ROOT.old"
  mv "$ROOT.new" "$ROOT"
  rm -rf "$ROOT.old"
  # Fail here, not at start, if a binary does not run on this libc.
  local bin
  for bin in usr/sbin/dockerd usr/bin/containerd usr/sbin/runc usr/bin/docker-registry usr/bin/promtool; do
    "$ROOT/$bin" --version >/dev/null 2>&1 || "$ROOT/$bin" -v >/dev/null 2>&1 ||
      die "$ROOT/$bin does not run here: $("$ROOT/$bin" --version 2>&1 | head -3)"
  done
  mkdir -p "$PREFIX/docker-config/cli-plugins"
  ln -sfn "$ROOT/usr/libexec/docker/cli-plugins/docker-compose" "$PREFIX/docker-config/cli-plugins/docker-compose"
  ln -sfn "$ROOT/usr/libexec/docker/cli-plugins/docker-buildx" "$PREFIX/docker-config/cli-plugins/docker-buildx"
  rm -f "$PREFIX"/installed.*
  touch "$stamp"
  CHANGED=1
  log "installed into $ROOT"
}

# ---------------------------------------------------------------------------------------------
# daemons

# Prints the pid of a daemon this prefix started, if it still runs (pid file + the process's binary,
# so that a recycled pid is not mistaken for it).
running() {
  local name=$1 exe=$2 pid path
  pid=$(cat "$RUN_DIR/$name.pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  path=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
  path=${path% (deleted)}
  # A daemon started before a reinstall runs the old tree's binary (swapped to $ROOT.old, then
  # deleted): it is still ours, and starting a second one beside it would hang on its locks.
  [ "$path" = "$ROOT/$exe" ] || [ "$path" = "$ROOT.old/$exe" ] || return 1
  echo "$pid"
}

# Starts a daemon in its own session (it outlives the caller, a jest worker or a CI step), with the
# prefix first on PATH (dockerd and containerd look up runc, docker-init, docker-proxy and the shim
# there), TMPDIR in the prefix and without fd 9 (the lock). Sets LAUNCHED_PID.
LAUNCHED_PID=
CHANGED=
launch() {
  local name=$1 logf="$LOG_DIR/$1.log"
  shift
  mkdir -p "$LOG_DIR" "$RUN_DIR" "$DAEMON_TMP"
  [ -f "$logf" ] && mv -f "$logf" "$logf.1"
  TMPDIR="$DAEMON_TMP" PATH="$ROOT/usr/sbin:$ROOT/usr/bin:$PATH" setsid "$@" </dev/null >>"$logf" 2>&1 9>&- &
  LAUNCHED_PID=$!
  CHANGED=1
}

fail_start() {
  local name=$1 why=$2 logf="$LOG_DIR/$1.log"
  {
    printf '[engine] error: %s %s. Last lines of %s:\n' "$name" "$why" "$logf"
    tail -n 25 "$logf" 2>/dev/null | sed 's/^/    /'
    printf '[engine] fix the cause above, then run: bash %s/engine.sh start\n' "$SCRIPT_DIR"
  } >&2
  exit 1
}

# Polls a readiness check for up to $3 seconds; fails early, with the log, if the process exits.
wait_ready() {
  local name=$1 pid=$2 timeout=$3 i
  shift 3
  for ((i = 0; i < timeout * 5; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || fail_start "$name" "exited while starting"
    sleep 0.2
  done
  fail_start "$name" "was not ready after ${timeout}s"
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1"; }

# A port held by something this prefix did not start would make the new daemon fail to bind (or,
# worse, make callers talk to a stranger), so say who holds it and how to move ours.
check_port_free() {
  local name=$1 port=$2 var=$3
  if ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
    die "$name: port $port is already in use by a process this prefix did not start:
$(ss -Hltnp "sport = :$port" 2>/dev/null)
Stop it, or choose another port: $var=NNNN bash $SCRIPT_DIR/engine.sh start (and the same $var for env)."
  fi
}

start_containerd() {
  if running containerd usr/bin/containerd >/dev/null; then return 0; fi
  mkdir -p "$ETC_DIR" "$DATA_DIR/containerd" "$RUN_DIR/containerd"
  # Our own containerd, not dockerd's managed one: dockerd silently attaches to a system containerd
  # whenever /run/containerd/containerd.sock exists, which would put our images outside the prefix.
  cat >"$ETC_DIR/containerd.toml" <<TOML
version = 2
root = "$DATA_DIR/containerd"
state = "$RUN_DIR/containerd"
disabled_plugins = ["io.containerd.grpc.v1.cri"]
[grpc]
  address = "$CONTAINERD_SOCK"
TOML
  rm -f "$CONTAINERD_SOCK"
  launch containerd "$ROOT/usr/bin/containerd" --config "$ETC_DIR/containerd.toml"
  echo "$LAUNCHED_PID" >"$RUN_DIR/containerd.pid"
  wait_ready containerd "$LAUNCHED_PID" 30 "$ROOT/usr/bin/ctr" --address "$CONTAINERD_SOCK" version
  log "containerd running (pid $LAUNCHED_PID)"
}

# Docker's address ranges, pinned in daemon.json (default bridge, then /24s for compose and
# `docker network create`), all inside the range that isolate_containers keeps local.
DOCKER_BIP=172.17.0.1/16
DOCKER_POOL=172.18.0.0/16
DOCKER_NET=172.16.0.0/12

# Containers (and BuildKit's RUN steps) get a default route through the host, and with iptables off
# nothing stops the host from forwarding their packets, un-NATed, out of its uplink: BuildKit even
# hands RUN steps public resolvers. Two policy rules keep them on this machine: packets from docker's
# range route only to that range by a route of its own (and, through the local table, to this host),
# all else is unreachable, so a stray lookup or download fails at once. Kernel state: idempotent,
# kept by stop.
isolate_containers() {
  local rules
  rules=$(ip rule show)
  if ! grep -q "from $DOCKER_NET to $DOCKER_NET lookup main suppress_prefixlength 0" <<<"$rules"; then
    ip rule add priority 10000 from "$DOCKER_NET" to "$DOCKER_NET" lookup main suppress_prefixlength 0 ||
      die "cannot add an ip rule to keep containers' traffic on this machine; refusing to start dockerd"
  fi
  if ! grep -q "from $DOCKER_NET unreachable" <<<"$rules"; then
    ip rule add priority 10001 from "$DOCKER_NET" unreachable ||
      die "cannot add an ip rule to keep containers' traffic on this machine; refusing to start dockerd"
  fi
}

start_dockerd() {
  isolate_containers
  if running dockerd usr/sbin/dockerd >/dev/null; then return 0; fi
  mkdir -p "$ETC_DIR" "$DATA_DIR/docker" "$RUN_DIR/docker"
  # containerd-snapshotter: lets the default `docker` buildx driver export cache and build
  # multi-platform images. iptables off: no NAT or firewall rules on the host (see
  # isolate_containers). DNS on loopback: a lookup in `docker run` fails at once.
  cat >"$ETC_DIR/daemon.json" <<JSON
{
  "features": {"containerd-snapshotter": true},
  "insecure-registries": ["$REGISTRY"],
  "iptables": false,
  "ip6tables": false,
  "dns": ["127.0.0.1"],
  "bip": "$DOCKER_BIP",
  "default-address-pools": [{"base": "$DOCKER_POOL", "size": 24}]
}
JSON
  # dockerd writes its own pid file and refuses to start over a live pid in it
  rm -f "$RUN_DIR/dockerd.pid" "$DOCKER_SOCK"
  launch dockerd "$ROOT/usr/sbin/dockerd" --config-file "$ETC_DIR/daemon.json" \
    --data-root "$DATA_DIR/docker" --exec-root "$RUN_DIR/docker" --pidfile "$RUN_DIR/dockerd.pid" \
    --host "unix://$DOCKER_SOCK" --containerd "$CONTAINERD_SOCK"
  wait_ready dockerd "$LAUNCHED_PID" 60 curl -fsS --max-time 2 --unix-socket "$DOCKER_SOCK" http://docker/_ping
  log "dockerd running (pid $LAUNCHED_PID), DOCKER_HOST=unix://$DOCKER_SOCK"
}

start_registry() {
  if running registry usr/bin/docker-registry >/dev/null; then return 0; fi
  check_port_free registry "$REGISTRY_PORT" BKA_REGISTRY_PORT
  mkdir -p "$ETC_DIR" "$DATA_DIR/registry"
  # delete.enabled: tests delete manifests through the distribution API
  cat >"$ETC_DIR/registry.yml" <<YAML
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $DATA_DIR/registry
  delete:
    enabled: true
http:
  addr: $REGISTRY
YAML
  launch registry "$ROOT/usr/bin/docker-registry" serve "$ETC_DIR/registry.yml"
  echo "$LAUNCHED_PID" >"$RUN_DIR/registry.pid"
  wait_ready registry "$LAUNCHED_PID" 30 http_ok "http://$REGISTRY/v2/"
  log "registry running on $REGISTRY (pid $LAUNCHED_PID)"
}

start_pushgateway() {
  if running pushgateway usr/bin/prometheus-pushgateway >/dev/null; then return 0; fi
  check_port_free pushgateway "$PUSHGATEWAY_PORT" BKA_PUSHGATEWAY_PORT
  launch pushgateway "$ROOT/usr/bin/prometheus-pushgateway" --web.listen-address="127.0.0.1:$PUSHGATEWAY_PORT"
  echo "$LAUNCHED_PID" >"$RUN_DIR/pushgateway.pid"
  wait_ready pushgateway "$LAUNCHED_PID" 30 http_ok "http://127.0.0.1:$PUSHGATEWAY_PORT/-/ready"
  log "pushgateway running on 127.0.0.1:$PUSHGATEWAY_PORT (pid $LAUNCHED_PID)"
}

BINFMT=/proc/sys/fs/binfmt_misc

# QEMU for arm64 RUN steps. F (fix binary) makes the kernel open the interpreter now, so it works
# inside containers whose root filesystem has no qemu; magic and mask come from the package.
register_qemu() {
  if [ ! -e "$BINFMT/register" ] && ! mount -t binfmt_misc binfmt_misc "$BINFMT" 2>/dev/null; then
    log "warning: $BINFMT is not mounted and cannot be mounted here; arm64 RUN steps will fail (amd64 builds are unaffected)"
    return 0
  fi
  if [ -e "$BINFMT/qemu-aarch64" ]; then
    # registered before (by us or by the system); only make sure it is on
    head -n 1 "$BINFMT/qemu-aarch64" | grep -q enabled || echo 1 >"$BINFMT/qemu-aarch64" 2>/dev/null || true
    return 0
  fi
  local conf="$ROOT/usr/lib/binfmt.d/qemu-aarch64.conf" type offset magic mask
  IFS=: read -r _ _ type offset magic mask _ <"$conf" || die "cannot read $conf"
  if [ "$type" != M ] || [ -z "$magic" ] || [ -z "$mask" ]; then die "unexpected format in $conf"; fi
  # printf %s: the \xNN escapes are for the kernel to decode, not the shell
  if ! printf '%s' ":qemu-aarch64:M:$offset:$magic:$mask:$ROOT/usr/bin/qemu-aarch64-static:FOC" >"$BINFMT/register" 2>/dev/null; then
    log "warning: cannot register qemu-aarch64 with binfmt_misc (read-only?); arm64 RUN steps will fail"
    return 0
  fi
  log "registered qemu-aarch64 with binfmt_misc (flags FOC)"
}

# Daemons an earlier engine.sh started with its caller's TMPDIR: stop them all (dockerd needs its
# containerd), so that start brings them up again with the prefix's own.
stop_if_foreign_tmpdir() {
  local entry pid tmp
  for entry in "${DAEMONS[@]}"; do
    pid=$(running "${entry%%:*}" "${entry#*:}") || continue
    tmp=$(tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ" | sed -n 's/^TMPDIR=//p') || true
    [ "$tmp" = "$DAEMON_TMP" ] && continue
    log "restarting the engine: ${entry%%:*} (pid $pid) runs with TMPDIR=${tmp:-(unset)}, not $DAEMON_TMP"
    stop
    return 0
  done
}

start() {
  need_root start
  local t0=$SECONDS
  install
  stop_if_foreign_tmpdir
  start_containerd
  start_dockerd
  start_registry
  start_pushgateway
  register_qemu
  build_base_images
  # quiet when everything was already there: every jest worker calls start
  [ -z "$CHANGED" ] || log "ready in $((SECONDS - t0))s; use it with: eval \"\$(bash $SCRIPT_DIR/engine.sh env)\""
}

stop_one() {
  local name=$1 exe=$2 timeout=$3 pid i
  if ! pid=$(running "$name" "$exe"); then
    rm -f "$RUN_DIR/$name.pid"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name (pid $pid) did not stop in ${timeout}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN_DIR/$name.pid"
  log "stopped $name (pid $pid)"
}

# Only what this prefix started, in reverse order (dockerd needs containerd to stop its containers).
# The binfmt_misc entry stays: it is kernel state, not a process, and other users may rely on it.
stop() {
  stop_one pushgateway usr/bin/prometheus-pushgateway 10
  stop_one registry usr/bin/docker-registry 10
  stop_one dockerd usr/sbin/dockerd 30
  stop_one containerd usr/bin/containerd 15
}

status() {
  local entry name pid rc=0
  for entry in "${DAEMONS[@]}"; do
    name=${entry%%:*}
    if pid=$(running "$name" "${entry#*:}"); then
      printf '%-12s running (pid %s)\n' "$name" "$pid"
    else
      printf '%-12s stopped\n' "$name"
      rc=3
    fi
  done
  printf '%-12s %s\n' docker "unix://$DOCKER_SOCK" registry "http://$REGISTRY" pushgateway "http://127.0.0.1:$PUSHGATEWAY_PORT"
  if [ -e "$BINFMT/qemu-aarch64" ]; then
    printf '%-12s %s\n' binfmt "qemu-aarch64 $(head -n 1 "$BINFMT/qemu-aarch64") ($(sed -n 's/^interpreter //p' "$BINFMT/qemu-aarch64"))"
  else
    printf '%-12s %s\n' binfmt "qemu-aarch64 not registered"
  fi
  local ref
  for ref in "$BASE_BUSYBOX" "$BASE_DEBIAN" "$BASE_NODE" "$BASE_NODE_RUNTIME" "$BASE_PYTHON" "$BASE_PYTHON_RUNTIME"; do
    if registry_has "$ref"; then printf '%-12s %s\n' image "$ref"; else printf '%-12s %s (missing: run start)\n' image "$ref"; fi
  done
  return "$rc"
}

# ---------------------------------------------------------------------------------------------
# local base images (nothing can be pulled here: they are made from Debian's packages and the
# host's Node.js, pushed to the loopback registry and kept in dockerd's image store)

PATH_ENV=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
DEBIAN_MIRROR=http://deb.debian.org/debian

dk() {
  PATH="$ROOT/usr/sbin:$ROOT/usr/bin:$PATH" DOCKER_HOST="unix://$DOCKER_SOCK" \
    DOCKER_CONFIG="$PREFIX/docker-config" "$ROOT/usr/bin/docker" "$@"
}

# Runs a step with its output in base-images.log; on failure shows the tail and stops.
step() {
  local what=$1 logf="$LOG_DIR/base-images.log"
  shift
  printf '\n$ %s\n' "$*" >>"$logf"
  if ! "$@" </dev/null >>"$logf" 2>&1 9>&-; then
    {
      printf '[engine] error: %s failed: %s\n[engine] last lines of %s:\n' "$what" "$*" "$logf"
      tail -n 25 "$logf" | sed 's/^/    /'
    } >&2
    exit 1
  fi
}

# A manifest (or index) for REF in the registry? HEAD with every media type we push.
registry_has() {
  local ref=${1#"$REGISTRY"/} repo tag
  repo=${ref%:*}
  tag=${ref##*:}
  curl -fsS -o /dev/null -I --max-time 5 \
    -H 'Accept: application/vnd.oci.image.index.v1+json' \
    -H 'Accept: application/vnd.docker.distribution.manifest.list.v2+json' \
    -H 'Accept: application/vnd.oci.image.manifest.v1+json' \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://$REGISTRY/v2/$repo/manifests/$tag" 2>/dev/null
}

# In dockerd's image store? (the API directly: a tenth of the time of the CLI)
store_has() {
  curl -fsS -o /dev/null --max-time 5 --unix-socket "$DOCKER_SOCK" "http://docker/images/$1/json" 2>/dev/null
}

# Key of an image's recipe: the text of the functions that make it, the files they read and any
# extra inputs. A changed recipe rebuilds the image; an unchanged one is only checked.
recipe_key() {
  local fn
  {
    for fn in "$@"; do
      if declare -F "$fn" >/dev/null; then
        declare -f "$fn"
      elif [ -e "$fn" ]; then
        tar -C / -c --sort=name --mtime=@0 --owner=0 --group=0 "${fn#/}" 2>/dev/null
      else
        printf '%s\n' "$fn"
      fi
    done
  } | sha256sum | cut -c1-16
}

# Builds NAME (image REF) with BUILDER unless the stamp has KEY and the registry and dockerd's
# store both have it; a registry that lost it (storage wiped, a test deleted it) gets it again.
ensure_image() {
  local name=$1 ref=$2 key=$3 builder=$4 stamp="$IMAGES_DIR/$1.key"
  if [ "$(cat "$stamp" 2>/dev/null)" = "$key" ] && registry_has "$ref"; then
    store_has "$ref" || step "pulling $ref into dockerd's store" dk pull -q "$ref"
    return 0
  fi
  log "building $ref"
  CHANGED=1
  local t0=$SECONDS
  rm -f "$stamp"
  "$builder" "$ref"
  registry_has "$ref" || die "$ref was built but the registry at $REGISTRY does not serve it (see $LOG_DIR/base-images.log)"
  printf '%s\n' "$key" >"$stamp"
  log "built $ref in $((SECONDS - t0))s"
}

# Imports a root filesystem tarball as REF for PLATFORM and pushes it.
import_push() {
  local tar=$1 ref=$2 platform=$3
  shift 3
  local changes=(--change "ENV PATH=$PATH_ENV") c
  for c in "$@"; do changes+=(--change "$c"); done
  step "importing $tar" dk import --platform "$platform" "${changes[@]}" "$tar" "$ref"
  step "pushing $ref" dk push -q "$ref"
}

# --- busybox: a static binary per architecture plus its applet links; arm64 runs through QEMU

busybox_tar() {
  local arch=$1 deb dir tar="$ROOTFS_DIR/busybox-$1.tar" applet
  if [ "$arch" = amd64 ]; then
    deb=$(compgen -G "$DEB_DIR/busybox-static_*_amd64.deb")
  else
    deb=$(compgen -G "$DEB_DIR/arm64/busybox-static_*_arm64.deb")
  fi
  dir="$ROOTFS_DIR/build-busybox-$arch"
  rm -rf "$dir"
  mkdir -p "$dir/deb" "$dir/root"
  dpkg -x "$deb" "$dir/deb"
  cd "$dir/root"
  mkdir -p bin sbin usr/bin usr/sbin usr/local/bin etc root tmp var/tmp home dev proc sys
  chmod 700 root
  chmod 1777 tmp var/tmp
  cp "$dir/deb/bin/busybox" bin/busybox
  # the applet list of the amd64 binary (same source and config as the arm64 one, and runnable here)
  "$ROOT/bin/busybox" --list-full | while read -r applet; do
    # not the binary itself, nor linuxrc (an initrd entry point, at /)
    case "$applet" in bin/busybox | linuxrc) ;; *) ln -sf /bin/busybox "$applet" ;; esac
  done
  cp -R "$BASE_IMAGES_SRC/busybox/." .
  cd "$OLDPWD"
  tar --numeric-owner --sort=name -C "$dir/root" -cf "$tar.tmp" .
  mv "$tar.tmp" "$tar"
  rm -rf "$dir"
  ROOTFS_TAR=$tar
}

build_busybox() {
  local ref=$1 arch
  for arch in amd64 arm64; do
    busybox_tar "$arch"
    import_push "$ROOTFS_TAR" "$ref-$arch" "linux/$arch" 'CMD ["sh"]'
  done
  step "creating the manifest list $ref" dk buildx imagetools create -t "$ref" "$ref-amd64" "$ref-arm64"
  step "pulling $ref into dockerd's store" dk pull -q "$ref"
}

# --- Debian root filesystems, cached as tarballs. minbase comes from debootstrap (Release
# signatures checked against the host's debian-archive-keyring); the Python ones are minbase plus
# apt-get install in a chroot: what debootstrap --include would give, without re-running its whole
# second stage for each package set (that tripled the CPU time of a fresh start on 2 cores).

unmount_under() {
  local mnt
  # deepest first; debootstrap leaves proc/sys mounted in the target if it dies
  awk -v d="$1/" 'index($2 "/", d) == 1 { print $2 }' /proc/mounts | sort -r | while read -r mnt; do
    umount -l "$mnt" 2>/dev/null || true
  done
}

# --one-file-system: a mount left in the tree (proc) is never descended into
clear_tree() {
  unmount_under "$1"
  rm -rf --one-file-system "$1"
}

fail_tree() {
  local what=$1 logf=$2 dir=$3
  clear_tree "$dir"
  {
    printf '[engine] error: %s failed (deb.debian.org must be reachable). Last lines of %s:\n' "$what" "$logf"
    tail -n 25 "$logf" | sed 's/^/    /'
  } >&2
  exit 1
}

# What an image should not carry (apt's downloads and lists, this host's resolver and name), then
# the tarball (device nodes and mount points stay empty: the runtime provides them).
tar_tree() {
  local dir=$1 tar=$2 stamp=$3
  unmount_under "$dir"
  rm -rf --one-file-system "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* "$dir/debootstrap"
  rm -f "$dir/etc/resolv.conf" "$dir/etc/hostname"
  # Debian marks its Python as externally managed (PEP 668), so a plain
  # `pip install -r requirements.txt` would refuse; container images conventionally drop the marker.
  rm -f "$dir"/usr/lib/python3*/EXTERNALLY-MANAGED
  tar --numeric-owner --xattrs --sort=name -C "$dir" --one-file-system \
    --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' -cf "$tar.tmp" .
  mv "$tar.tmp" "$tar"
  printf '%s\n' "$stamp" >"$tar.stamp"
  clear_tree "$dir"
}

ROOTFS_TAR=
minbase_tar() {
  local tar="$ROOTFS_DIR/debian-bookworm-minbase.tar" dir="$ROOTFS_DIR/build-minbase" logf="$LOG_DIR/debootstrap.log"
  local stamp="debootstrap --variant=minbase bookworm"
  ROOTFS_TAR=$tar
  [ -f "$tar" ] && [ "$(cat "$tar.stamp" 2>/dev/null)" = "$stamp" ] && return 0
  clear_tree "$dir"
  mkdir -p "$ROOTFS_DIR/debs" "$LOG_DIR"
  log "$stamp (once per machine; a few minutes)"
  # --cache-dir keeps the downloaded .debs for a rebuild
  DEBOOTSTRAP_DIR="$ROOT/usr/share/debootstrap" PATH="/usr/sbin:/usr/bin:/sbin:/bin" \
    "$ROOT/usr/sbin/debootstrap" --variant=minbase --cache-dir="$ROOTFS_DIR/debs" \
    bookworm "$dir" "$DEBIAN_MIRROR" </dev/null >"$logf" 2>&1 9>&- ||
    fail_tree debootstrap "$logf" "$dir"
  tar_tree "$dir" "$tar" "$stamp"
}

# NAME FROM_TAR PACKAGES...: FROM_TAR's tree plus PACKAGES (no Recommends, like debootstrap).
derived_tar() {
  local name=$1 from=$2 tar="$ROOTFS_DIR/debian-bookworm-$1.tar" dir="$ROOTFS_DIR/build-$1" logf="$LOG_DIR/rootfs-$1.log"
  shift 2
  local stamp
  stamp="$(cat "$from.stamp") $(stat -c %Y "$from") + $*"
  ROOTFS_TAR=$tar
  [ -f "$tar" ] && [ "$(cat "$tar.stamp" 2>/dev/null)" = "$stamp" ] && return 0
  clear_tree "$dir"
  mkdir -p "$dir"
  log "$name root filesystem: $(basename "$from") + apt-get install $*"
  tar --numeric-owner --xattrs -C "$dir" -xf "$from"
  # what dpkg's maintainer scripts expect of a running system, made here rather than bind-mounted
  mknod -m 666 "$dir/dev/null" c 1 3
  mknod -m 666 "$dir/dev/zero" c 1 5
  mknod -m 666 "$dir/dev/random" c 1 8
  mknod -m 666 "$dir/dev/urandom" c 1 9
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  mount -t proc proc "$dir/proc"
  chroot "$dir" /usr/bin/env -i PATH="$PATH_ENV" DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 \
    sh -ec 'apt-get -q update; apt-get -q -y --no-install-recommends install "$@"; apt-get clean' sh "$@" \
    </dev/null >"$logf" 2>&1 9>&- || fail_tree "apt-get install $* (chroot)" "$logf" "$dir"
  tar_tree "$dir" "$tar" "$stamp"
}

DEBIAN_PYTHON_RUNTIME=(python3 python-is-python3)
DEBIAN_PYTHON=(python3-pip python3-venv)

build_debian() {
  minbase_tar
  import_push "$ROOTFS_TAR" "$1" linux/amd64 'CMD ["bash"]'
}

build_python_runtime() {
  minbase_tar
  derived_tar python-runtime "$ROOTFS_TAR" "${DEBIAN_PYTHON_RUNTIME[@]}"
  import_push "$ROOTFS_TAR" "$1" linux/amd64 'ENV LANG=C.UTF-8' 'CMD ["python3"]'
}

# python-runtime's tree plus pip and venv
build_python() {
  minbase_tar
  derived_tar python-runtime "$ROOTFS_TAR" "${DEBIAN_PYTHON_RUNTIME[@]}"
  derived_tar python "$ROOTFS_TAR" "${DEBIAN_PYTHON[@]}"
  import_push "$ROOTFS_TAR" "$1" linux/amd64 'ENV LANG=C.UTF-8' 'CMD ["python3"]'
}

# --- Node.js: the host's node 20 (no other can be fetched) in Debian, and bare in busybox

host_node() { readlink -f "$(command -v node)"; }

host_npm_dir() {
  local dir
  dir="$(dirname "$(host_node)")/../lib/node_modules/npm"
  [ -f "$dir/package.json" ] || dir="$(npm root -g)/npm"
  [ -f "$dir/package.json" ] || die "cannot find the host's npm package directory (looked beside $(host_node) and in npm root -g)"
  readlink -f "$dir"
}

# docker build (the default builder: dockerd's own BuildKit) from a base that is already in the
# store; nothing is pulled. No provenance, so each base is a plain single-platform manifest.
build_from() {
  local ref=$1 dockerfile=$2 ctx=$3 base=$4
  step "building $ref" dk buildx build --builder default --platform linux/amd64 --provenance=false \
    --build-arg "BASE=$base" -f "$dockerfile" -t "$ref" --push "$ctx"
  store_has "$ref" || step "pulling $ref into dockerd's store" dk pull -q "$ref"
}

build_node() {
  local ctx="$IMAGES_DIR/ctx-node"
  rm -rf "$ctx"
  mkdir -p "$ctx/bin"
  cp "$(host_node)" "$ctx/node"
  cp -R "$(host_npm_dir)" "$ctx/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ctx/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ctx/bin/npx"
  build_from "$1" "$BASE_IMAGES_SRC/node.Dockerfile" "$ctx" "$BASE_DEBIAN"
  rm -rf "$ctx"
}

build_node_runtime() {
  local ctx="$IMAGES_DIR/ctx-node-runtime" node lib
  node=$(host_node)
  rm -rf "$ctx"
  mkdir -p "$ctx/rootfs/usr/local/bin"
  cp "$node" "$ctx/rootfs/usr/local/bin/node"
  # every absolute path ldd prints: the libraries and the loader, copied (not linked) to that path
  for lib in $(ldd "$node" | grep -o '/[^ ]*'); do
    mkdir -p "$ctx/rootfs$(dirname "$lib")"
    cp -L "$lib" "$ctx/rootfs$lib"
  done
  build_from "$1" "$BASE_IMAGES_SRC/node-runtime.Dockerfile" "$ctx" "$BASE_BUSYBOX"
  rm -rf "$ctx"
}

build_base_images() {
  mkdir -p "$IMAGES_DIR" "$ROOTFS_DIR" "$LOG_DIR"
  local node_version
  node_version=$(node --version 2>/dev/null) || die "node is not on PATH; the node base images copy the host's Node.js 20"
  case "$node_version" in v20.*) ;; *) log "warning: host node is $node_version, not 20; $BASE_NODE will carry it anyway" ;; esac
  # busybox's applet list comes from the amd64 binary in the prefix
  [ -x "$ROOT/bin/busybox" ] || die "$ROOT/bin/busybox is missing; run: bash $SCRIPT_DIR/engine.sh install"
  local deb_fns=(minbase_tar derived_tar tar_tree import_push)
  ensure_image busybox "$BASE_BUSYBOX" \
    "$(recipe_key build_busybox busybox_tar import_push "$BASE_IMAGES_SRC/busybox" "$DEB_DIR"/busybox-static_*.deb "$DEB_DIR"/arm64/busybox-static_*.deb)" build_busybox
  ensure_image debian "$BASE_DEBIAN" "$(recipe_key build_debian "${deb_fns[@]}")" build_debian
  ensure_image python-runtime "$BASE_PYTHON_RUNTIME" \
    "$(recipe_key build_python_runtime "${deb_fns[@]}" "${DEBIAN_PYTHON_RUNTIME[*]}")" build_python_runtime
  ensure_image python "$BASE_PYTHON" "$(recipe_key build_python "${deb_fns[@]}" "${DEBIAN_PYTHON_RUNTIME[*]}" "${DEBIAN_PYTHON[*]}")" build_python
  # the node images depend on their bases' keys, so a rebuilt base rebuilds them
  ensure_image node "$BASE_NODE" \
    "$(recipe_key build_node build_from "$BASE_IMAGES_SRC/node.Dockerfile" "$node_version" "$(cat "$IMAGES_DIR/debian.key")")" build_node
  ensure_image node-runtime "$BASE_NODE_RUNTIME" \
    "$(recipe_key build_node_runtime build_from "$BASE_IMAGES_SRC/node-runtime.Dockerfile" "$node_version" "$(cat "$IMAGES_DIR/busybox.key")")" build_node_runtime
}

# ---------------------------------------------------------------------------------------------
# selftest: the engine end to end, after start

selftest() {
  eval "$(print_env)"
  local tmp checks=0 t0=$SECONDS out
  tmp=$(mktemp -d)
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" EXIT
  ok() { checks=$((checks + 1)); printf 'ok   %s\n' "$*"; }
  bad() { printf 'FAIL %s\n' "$1" >&2; [ -n "${2:-}" ] && printf '%s\n' "$2" | tail -n 30 | sed 's/^/     /' >&2; exit 1; }

  # A unique argument per run, so that each run really executes its RUN steps.
  local nonce
  nonce="$$-$(date +%s%N)"
  cat >"$tmp/Dockerfile" <<'DOCKERFILE'
ARG BASE
FROM ${BASE}
ARG TARGETARCH
ARG NONCE
# each platform's RUN steps must execute on that architecture (natively or through QEMU)
RUN case "$TARGETARCH:$(uname -m)" in amd64:x86_64|arm64:aarch64) ;; *) echo "RUN for $TARGETARCH ran on $(uname -m)"; exit 1 ;; esac
RUN echo "$NONCE $(uname -m)" >/built
COPY hello.txt /hello.txt
DOCKERFILE
  echo hello >"$tmp/hello.txt"

  printf 'engine selftest (%s)\n' "$PREFIX"
  out=$(cosign version 2>&1) || bad "cosign version" "$out"
  ok "cosign version (Debian's cosign $(dpkg-deb -f "$(compgen -G "$DEB_DIR/cosign_*.deb")" Version), $(printf '%s\n' "$out" | grep -m1 '^GoVersion' | tr -s ' '))"

  local app="$BKA_REGISTRY/selftest/app" cache="$BKA_REGISTRY/selftest/cache"
  out=$(docker buildx build --builder default --progress=plain --build-arg "BASE=$BKA_BASE_BUSYBOX" --build-arg "NONCE=$nonce" \
    --push -t "$app:latest" --metadata-file "$tmp/meta.json" \
    --cache-to "type=registry,ref=$cache,mode=max" --cache-from "type=registry,ref=$cache" "$tmp" 2>&1) ||
    bad "docker buildx build --push --cache-to type=registry,mode=max" "$out"
  local digest
  digest=$(sed -n 's/.*"containerimage.digest": *"\([^"]*\)".*/\1/p' "$tmp/meta.json")
  [ -n "$digest" ] || bad "no containerimage.digest in the build metadata" "$(cat "$tmp/meta.json")"
  ok "build --push $app@$digest (cache exported to $cache, mode=max)"
  registry_has "$cache:latest" || bad "the registry has no cache manifest at $cache"
  ok "registry serves the cache manifest $cache"

  out=$(docker buildx build --builder default --progress=plain --platform linux/amd64,linux/arm64 \
    --build-arg "BASE=$BKA_BASE_BUSYBOX" --build-arg "NONCE=$nonce" --push -t "$app:multi" "$tmp" 2>&1) ||
    bad "docker buildx build --platform linux/amd64,linux/arm64 --push (is qemu-aarch64 registered? bash $SCRIPT_DIR/engine.sh status)" "$out"
  out=$(docker buildx imagetools inspect "$app:multi" 2>&1) || bad "imagetools inspect $app:multi" "$out"
  if ! grep -q 'linux/amd64' <<<"$out" || ! grep -q 'linux/arm64' <<<"$out"; then
    bad "$app:multi is not a linux/amd64 + linux/arm64 manifest list" "$out"
  fi
  ok "build --platform linux/amd64,linux/arm64 --push $app:multi (arm64 RUN steps ran under QEMU)"

  # the registry deletes manifests (storage.delete.enabled), as the tests do through the API
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE "http://$BKA_REGISTRY/v2/selftest/app/manifests/$digest")
  [ "$code" = 202 ] || bad "DELETE /v2/selftest/app/manifests/$digest answered $code, not 202"
  ok "registry DELETE of a manifest by digest (202)"

  out=$(printf 'bka_selftest_runs %s\n' "$checks" | curl -fsS --data-binary @- "$BKA_PUSHGATEWAY/metrics/job/bka_selftest/instance/$$" 2>&1) ||
    bad "push to $BKA_PUSHGATEWAY" "$out"
  curl -fsS "$BKA_PUSHGATEWAY/metrics" | grep -q "bka_selftest_runs{instance=\"$$\",job=\"bka_selftest\"}" ||
    bad "the pushgateway does not serve the pushed metric"
  curl -fsS -X DELETE "$BKA_PUSHGATEWAY/metrics/job/bka_selftest/instance/$$" >/dev/null
  ok "pushgateway push, read back, delete"

  # the base images do what the templates rely on
  out=$(docker run --rm "$BKA_BASE_NODE" sh -ec 'cd /tmp && echo "{\"name\":\"t\",\"version\":\"1.0.0\",\"lockfileVersion\":3,\"requires\":true,\"packages\":{\"\":{\"name\":\"t\",\"version\":\"1.0.0\"}}}" >package-lock.json && echo "{\"name\":\"t\",\"version\":\"1.0.0\"}" >package.json && npm ci --loglevel=error && node --version' 2>&1) ||
    bad "npm ci in $BKA_BASE_NODE" "$out"
  ok "$BKA_BASE_NODE: npm ci offline, node $(printf '%s\n' "$out" | tail -n 1)"
  out=$(docker run --rm "$BKA_BASE_NODE_RUNTIME" node -e 'console.log(process.version)' 2>&1) || bad "node in $BKA_BASE_NODE_RUNTIME" "$out"
  ok "$BKA_BASE_NODE_RUNTIME: node $out"
  out=$(docker run --rm "$BKA_BASE_PYTHON" sh -ec ': >/tmp/r.txt; pip install -q -r /tmp/r.txt 2>/dev/null; python -m venv /tmp/v; /tmp/v/bin/python --version' 2>&1) ||
    bad "pip install / python -m venv in $BKA_BASE_PYTHON" "$out"
  ok "$BKA_BASE_PYTHON: pip install -r (empty), python -m venv ($out)"
  out=$(docker run --rm "$BKA_BASE_PYTHON_RUNTIME" python3 --version 2>&1) || bad "python3 in $BKA_BASE_PYTHON_RUNTIME" "$out"
  ok "$BKA_BASE_PYTHON_RUNTIME: $out"
  out=$(docker run --rm --platform linux/arm64 "$BKA_BASE_BUSYBOX" uname -m 2>&1) || true
  [ "$out" = aarch64 ] || bad "docker run --platform linux/arm64 $BKA_BASE_BUSYBOX uname -m" "$out"
  ok "$BKA_BASE_BUSYBOX: runs as linux/arm64 ($out)"

  printf 'selftest ok: %s checks in %ss\n' "$checks" "$((SECONDS - t0))"
}

print_env() {
  # shellcheck disable=SC2016 # $PATH is for the eval'ing shell to expand
  printf 'export PATH=%q:$PATH\n' "$ROOT/usr/sbin:$ROOT/usr/bin"
  printf 'export DOCKER_CONFIG=%q\n' "$PREFIX/docker-config"
  printf 'export DOCKER_HOST=%q\n' "unix://$DOCKER_SOCK"
  printf 'export BKA_PREFIX=%q\n' "$PREFIX"
  printf 'export BKA_REGISTRY=%q\n' "$REGISTRY"
  printf 'export BKA_PUSHGATEWAY=%q\n' "http://127.0.0.1:$PUSHGATEWAY_PORT"
  printf 'export BKA_BASE_BUSYBOX=%q\n' "$BASE_BUSYBOX"
  printf 'export BKA_BASE_DEBIAN=%q\n' "$BASE_DEBIAN"
  printf 'export BKA_BASE_NODE=%q\n' "$BASE_NODE"
  printf 'export BKA_BASE_NODE_RUNTIME=%q\n' "$BASE_NODE_RUNTIME"
  printf 'export BKA_BASE_PYTHON=%q\n' "$BASE_PYTHON"
  printf 'export BKA_BASE_PYTHON_RUNTIME=%q\n' "$BASE_PYTHON_RUNTIME"
}

case "${1:-}" in
  install) take_lock; install ;;
  start) take_lock; start ;;
  stop) need_root stop; take_lock; stop ;;
  status) status ;;
  env) print_env ;;
  selftest) take_lock; start; exec 9>&-; selftest ;;
  *) echo "usage: $0 install|start|stop|status|env|selftest" >&2; exit 2 ;;
esac
