# syntax=docker/dockerfile:1
# The judge worker (apps/judge). It drives sandbox containers through the host's Docker
# daemon (socket mounted by docker-compose.yml), so it needs a Docker CLI for the image
# build (docker import / docker build) and debootstrap for the sandbox base image.
# Build from the repository root: docker build -f infra/docker/judge.Dockerfile .

# Debian bookworm packages the CLI only together with the daemon; take the static client.
FROM docker:27-cli AS docker-cli

FROM node:20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends debootstrap ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=docker-cli /usr/local/bin/docker /usr/local/bin/docker
WORKDIR /app
ENV NODE_ENV=production PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY prisma ./prisma
COPY packages ./packages
COPY apps ./apps
# infra/sandbox holds the sandbox image definitions that build-images reads.
COPY infra/sandbox ./infra/sandbox
RUN rm -rf apps/*/node_modules apps/*/.next packages/*/node_modules packages/db/src/generated \
 && npm ci --no-audit --no-fund \
 && npm run -w @arbiter/db generate
# Not root: a bug in the worker should not own the container (or, through a writable
# tree, its own code). docker-compose.yml adds the Docker socket's group (DOCKER_GID),
# the one privilege it needs; the sandbox-images one-shot overrides this with root.
USER node
CMD ["npm", "run", "-w", "@arbiter/worker", "start"]
