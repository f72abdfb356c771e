#!/usr/bin/env bash
# Installs and starts the tools the tests, the bench and the demo need, from Debian's packages,
# into a private prefix: nothing is installed system-wide and the system's apt sources are untouched.
#
#   scripts/engine.sh install   download and unpack the packages (cached; a second run is a no-op)
#   scripts/engine.sh env       print `export` lines for PATH and DOCKER_CONFIG (eval them)
#
# The prefix defaults to ~/.cache/buildkit-actions/engine; set BKA_PREFIX to move it.
set -euo pipefail

PREFIX=${BKA_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/buildkit-actions/engine}
APT_DIR="$PREFIX/apt"
DEB_DIR="$PREFIX/debs"
ROOT="$PREFIX/root"

# name=version suite. Versions are pinned so that every machine unpacks the same bytes; apt checks
# each .deb against the SHA-256 in the signed Release/Packages index it downloads.
PACKAGES=(
  "docker-compose=2.26.1-4 trixie"
)

log() { printf '[engine] %s\n' "$*" >&2; }

apt_opts() {
  local suite=$1
  echo "-o Dir::Etc::SourceList=$APT_DIR/$suite/sources.list -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists=$APT_DIR/$suite/lists -o Dir::Cache=$APT_DIR/$suite/cache -o Debug::NoLocking=1 -o APT::Sandbox::User=root"
}

apt_update() {
  local suite=$1
  [ -f "$APT_DIR/$suite/updated" ] && return 0
  mkdir -p "$APT_DIR/$suite/lists/partial" "$APT_DIR/$suite/cache/archives/partial"
  printf 'deb http://deb.debian.org/debian %s main\n' "$suite" >"$APT_DIR/$suite/sources.list"
  # shellcheck disable=SC2046
  apt-get $(apt_opts "$suite") -qq update >&2
  touch "$APT_DIR/$suite/updated"
}

install() {
  local stamp="$PREFIX/installed.$(printf '%s\n' "${PACKAGES[@]}" | sha256sum | cut -c1-16)"
  if [ -f "$stamp" ]; then
    return 0
  fi
  mkdir -p "$DEB_DIR" "$ROOT"
  local entry pkg suite name
  for entry in "${PACKAGES[@]}"; do
    pkg=${entry% *}
    suite=${entry#* }
    name=${pkg%%=*}
    if ! compgen -G "$DEB_DIR/${name}_*.deb" >/dev/null; then
      apt_update "$suite"
      log "downloading $pkg ($suite)"
      # shellcheck disable=SC2046
      (cd "$DEB_DIR" && apt-get $(apt_opts "$suite") -qq download "$pkg" >&2)
    fi
  done
  for deb in "$DEB_DIR"/*.deb; do
    dpkg -x "$deb" "$ROOT"
  done
  mkdir -p "$PREFIX/docker-config/cli-plugins"
  ln -sf "$ROOT/usr/libexec/docker/cli-plugins/docker-compose" "$PREFIX/docker-config/cli-plugins/docker-compose"
  rm -f "$PREFIX"/installed.*
  touch "$stamp"
  log "installed into $ROOT"
}

print_env() {
  printf 'export PATH=%q:$PATH\n' "$ROOT/usr/sbin:$ROOT/usr/bin"
  printf 'export DOCKER_CONFIG=%q\n' "$PREFIX/docker-config"
  printf 'export BKA_PREFIX=%q\n' "$PREFIX"
}

case "${1:-}" in
  install) install ;;
  env) print_env ;;
  *) echo "usage: $0 install|env" >&2; exit 2 ;;
esac
