# syntax=docker/dockerfile:1
# The API·GO Playground as one image. The build stage has the whole toolchain; the final stage holds
# only what `next build`'s standalone output runs: server.js with its traced node_modules, the static
# assets, public/ and the simulator's video clips. scripts/standalone-app.mjs copies exactly the
# `COPY --from=build` lines below into a folder and runs it (CI, where no Docker engine runs).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
# better-sqlite3 and sharp ship prebuilt binaries for glibc x64/arm64; the compilers are the fallback.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm install -g npm@11 --no-audit --no-fund
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# `next build` checks the types of what it builds.
RUN npm run build

FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  PORT=3000 \
  HOSTNAME=0.0.0.0 \
  DATA_DIR=/data
# The app runs as an unprivileged user; its files belong to root (read-only to it). Writable: /data
# (the SQLite share store when DATABASE_URL is unset) and Next's cache folder.
RUN groupadd --system --gid 1001 app \
  && useradd --system --uid 1001 --gid app --no-create-home --shell /usr/sbin/nologin app \
  && mkdir -p /data /app/.next/cache \
  && chown app:app /data /app/.next/cache
COPY --from=build /src/.next/standalone ./
COPY --from=build /src/.next/static ./.next/static
COPY --from=build /src/public ./public
COPY --from=build /src/lib/sim/assets ./lib/sim/assets
USER app
EXPOSE 3000
VOLUME ["/data"]
# Liveness only (the process answers). Load balancers should use readiness, /api/health/ready, which
# also fails while the database is unreachable and once a shutdown began.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM: no new requests, running streams get SHUTDOWN_DEADLINE_MS (25 s) to finish. Give the
# container longer than that before it is killed (compose: stop_grace_period; Kubernetes:
# terminationGracePeriodSeconds, 30 s by default).
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
