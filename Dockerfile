# syntax=docker/dockerfile:1
# PeerMentor API. Build: docker build -t peermentor .
# Run:   docker run -p 8000:8000 -e DATABASE_URL=postgresql://... -e PEERMENTOR_SECRET_KEY=... peermentor

FROM node:20-slim AS spa
WORKDIR /frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/venv
COPY pyproject.toml README.md ./
COPY api ./api
RUN /opt/venv/bin/pip install .

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PEERMENTOR_DATA_DIR=/data \
    PEERMENTOR_MIGRATIONS_DIR=/app/migrations \
    PEERMENTOR_SPA_DIR=/app/frontend/dist \
    PEERMENTOR_WORKERS=2
RUN groupadd --system peermentor && useradd --system --gid peermentor --home /app peermentor \
    && mkdir -p /data && chown peermentor:peermentor /data
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY migrations ./migrations
COPY --from=spa /frontend/dist ./frontend/dist
USER peermentor
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"
# Migrations first (idempotent), then the server with its workers, each also delivering
# webhooks and running the periodic jobs (or run `peermentor worker` in its own container and
# drop --with-worker).
CMD ["sh", "-c", "peermentor migrate && exec peermentor serve --host 0.0.0.0 --port 8000 --workers ${PEERMENTOR_WORKERS} --with-worker"]
