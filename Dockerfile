# soudan: the HTTP service image (GKE Autopilot, see infra/k8s/README.md).
#
# Two stages: Node 22 compiles the TypeScript, generates the bundled sample and drops the dev
# dependencies; a distroless Node 22 image (no shell, no package manager) runs it as uid 65532 on a
# read-only root filesystem.
#
# Base images are pinned by the digest of their multi-arch index. To refresh a pin, read the current digest
# and replace the part after the @:
#   docker buildx imagetools inspect node:22-bookworm-slim
#   docker buildx imagetools inspect gcr.io/distroless/nodejs22-debian12:nonroot
# ("Digest:" on the first lines is the index digest), then rebuild and run the tests.

FROM node:22-bookworm-slim@sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c AS build
WORKDIR /app

# Dependencies first, so that a source change reuses this layer. No dependency the service needs has an
# install script; the prepare script (compile + sample) runs below, once the sources are in.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY data/catalog ./data/catalog

# prepare = tsc -> dist/ + `soudan setup` (the deterministic sample under data/). The whole sample is kept:
# without it the server would try to regenerate it at start, and /app is read-only at run time.
RUN npm run prepare \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

FROM gcr.io/distroless/nodejs22-debian12:nonroot@sha256:13593b7570658e8477de39e2f4a1dd25db2f836d68a0ba771251572d23bb4f8e AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    METRICS_PORT=9464

# Files stay owned by root: the service can read its code and data but never change them.
COPY package.json ./
COPY bin ./bin
COPY locales ./locales
COPY public ./public
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data/catalog ./data/catalog
COPY --from=build /app/data/generated ./data/generated

# 65532 is distroless's "nonroot"; numeric so that runAsNonRoot can check it.
USER 65532:65532

# 3000 serves the public HTTP API; 9464 serves Prometheus metrics and must stay off the public ingress.
EXPOSE 3000 9464

# The image's entrypoint is node, which runs as PID 1 and handles SIGTERM itself (drains, then exits 0).
CMD ["dist/server/main.js"]
