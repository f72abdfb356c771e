#!/bin/sh
# install-requirements FILE...: pip-installs each requirements file that lists at least one package.
# Files with only comments are skipped, so pip is not needed for services without dependencies.
set -eu
for file in "$@"; do
  if grep -q '^[^#[:space:]]' "$file"; then
    python -m pip install --prefix="${PIP_PREFIX:-/usr/local}" -r "$file"
  fi
done
