# ANTI-PATTERN: kept only to measure what the multi-stage Dockerfile saves. Do not copy this file.
#
# One stage on the full Node.js image: the whole build context is copied before installing, so any
# file change reinstalls every package; dev dependencies, npm, the compiler, the sources and npm's
# cache all ship in the image, which runs as root with no health check.
ARG NODE_IMAGE=node:20-bookworm
FROM ${NODE_IMAGE}
WORKDIR /app
COPY . .
RUN npm install && npm run build
EXPOSE 3000
CMD ["npm", "start"]
