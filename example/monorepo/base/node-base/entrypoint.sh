#!/bin/sh
# Entrypoint of every image built on node-base: refuses to start as root, then runs the command.
set -eu
if [ "$(id -u)" = "0" ] && [ "${ALLOW_ROOT:-0}" != "1" ]; then
  echo "refusing to run as root; set USER in the Dockerfile (or ALLOW_ROOT=1 for debugging)" >&2
  exit 1
fi
exec "$@"
