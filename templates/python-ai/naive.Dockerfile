# ANTI-PATTERN: kept only to measure what the multi-stage Dockerfile saves. Do not copy this file.
#
# One stage on the full Python image: the whole context is copied before installing, so any file
# change reinstalls every package; the compilers, pip, pip's cache, the dev tools, the tests and
# any local data or weights in the folder ship in the image, which runs as root with no health check.
ARG PYTHON_IMAGE=python:3.12-bookworm
FROM ${PYTHON_IMAGE}
WORKDIR /app
COPY . .
RUN python3 -m venv /opt/venv \
    && /opt/venv/bin/pip install -r requirements.txt -r requirements-dev.txt
ENV PATH=/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
EXPOSE 8000
CMD ["python", "-m", "app.main"]
