# base/node:20 — Debian bookworm (base/debian) plus the host's Node.js binary and npm.
# The context is assembled by scripts/engine.sh (build_node). npm's update check, audit and
# funding calls are off: containers here have no network, and `npm ci` must work offline.
ARG BASE
FROM ${BASE}
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
# npm and npx are symlinks into the npm package, as a global npm install lays them out
COPY bin/ /usr/local/bin/
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
CMD ["node"]
