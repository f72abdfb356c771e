#!/usr/bin/env bash
# The Node.js the runner runs our actions with. Every action.yml says `runs.using: node24`, so a
# GitHub runner starts the bundles with its own Node 24, not with the machine's node. This installs
# that runtime into a private, cached prefix, so that tests and the bench can run the bundles the way
# the runner does.
#
#   scripts/runner-node.sh install   download and unpack it (cached; a second run is a no-op), then
#                                    print the node binary's path
#   scripts/runner-node.sh path      print the path when installed; exit 3 when not
#
# The binary comes from the npm registry's node-linux-<arch> package (the official build, as the
# `node` package installs it), pinned by version and checked against the SHA-256 below before it is
# unpacked. The prefix defaults to ~/.cache/buildkit-actions/node; set BKA_NODE_PREFIX to move it.
set -euo pipefail

VERSION=24.22.3
declare -A SHA256=(
  [x64]=6d747cda21df616c78e9ed4f8a816cbacd25f24c1abb4d9aa26773d000e24bd9
  [arm64]=ecdab33ad827e0bf4a856981f274ea7f2acdb942f9c517efb34edd9171c84d0d
)

PREFIX=${BKA_NODE_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/buildkit-actions/node}

log() { printf '[runner-node] %s\n' "$*" >&2; }
die() { printf '[runner-node] error: %s\n' "$*" >&2; exit 1; }

arch() {
  case "$(uname -m)" in
    x86_64 | amd64) echo x64 ;;
    aarch64 | arm64) echo arm64 ;;
    *) die "no pinned Node $VERSION build for $(uname -s) $(uname -m) (pinned: linux x64 and arm64)" ;;
  esac
}

[ "$(uname -s)" = Linux ] || die "the pinned Node $VERSION builds are for Linux; this is $(uname -s)"
ARCH=$(arch)
DIR="$PREFIX/v$VERSION-linux-$ARCH"
BIN="$DIR/bin/node"

install() {
  if [ -x "$BIN" ] && [ "$("$BIN" --version 2>/dev/null)" = "v$VERSION" ]; then
    echo "$BIN"
    return 0
  fi
  mkdir -p "$PREFIX"
  exec 9>"$PREFIX/install.lock"
  flock -w 600 9 || die "timed out waiting for $PREFIX/install.lock"
  if [ ! -x "$BIN" ]; then
    local registry url
    registry=$(npm config get registry 2>/dev/null || true)
    registry=${registry:-https://registry.npmjs.org/}
    url="${registry%/}/node-linux-$ARCH/-/node-linux-$ARCH-$VERSION.tgz"
    TMP=$(mktemp -d "$PREFIX/.download.XXXXXX")
    trap 'rm -rf "$TMP"' EXIT
    local tmp=$TMP
    log "downloading Node $VERSION (linux-$ARCH) from $url"
    curl -fsSL --retry 3 --retry-delay 2 --connect-timeout 20 -o "$tmp/node.tgz" "$url" ||
      die "download of $url failed (is the npm registry reachable?)"
    local sum
    sum=$(sha256sum "$tmp/node.tgz" | cut -d' ' -f1)
    [ "$sum" = "${SHA256[$ARCH]}" ] ||
      die "node-linux-$ARCH-$VERSION.tgz has SHA-256 $sum, expected ${SHA256[$ARCH]}: refusing to unpack it"
    tar -xzf "$tmp/node.tgz" -C "$tmp" package/bin/node package/LICENSE
    mkdir -p "$tmp/out/bin"
    mv "$tmp/package/bin/node" "$tmp/out/bin/node"
    mv "$tmp/package/LICENSE" "$tmp/out/LICENSE"
    "$tmp/out/bin/node" --version >/dev/null || die "the unpacked Node $VERSION does not run here"
    rm -rf "$DIR"
    mv "$tmp/out" "$DIR"
  fi
  echo "$BIN"
}

case "${1:-}" in
  install) install ;;
  path) [ -x "$BIN" ] || exit 3; echo "$BIN" ;;
  *) die "usage: $0 install|path" ;;
esac
