# ANTI-PATTERN: kept only to measure what the multi-stage Dockerfile saves. Do not copy this file.
#
# One stage on the full Node.js image that serves the bundle with Node.js: the whole context is
# copied before installing, so any file change reinstalls every package; node_modules (dev
# dependencies and all), npm, the sources and npm's cache ship in the image, which runs as root.
ARG NODE_IMAGE=node:20-bookworm
FROM ${NODE_IMAGE}
WORKDIR /app
COPY . .
RUN npm install && npm run build
EXPOSE 4173
CMD ["npm", "run", "preview", "--", "--host", "0.0.0.0"]
