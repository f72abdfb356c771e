# base/node-runtime:20 — busybox (base/busybox, amd64) plus the host's node binary and exactly the
# shared libraries `ldd` lists for it, with the dynamic loader. The context's rootfs/ is assembled
# by scripts/engine.sh (build_node_runtime). For small production stages; there is no npm.
ARG BASE
FROM ${BASE}
COPY rootfs/ /
CMD ["node"]
