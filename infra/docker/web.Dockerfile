# syntax=docker/dockerfile:1
# The Next.js web app (apps/web) with the workspace packages it compiles in.
# Build from the repository root: docker build -f infra/docker/web.Dockerfile .
# (docker-compose.yml does this.) Expects DATABASE_URL and REDIS_URL at run time.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
# Only what the build needs: never the host's node_modules, .data or .env.
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY prisma ./prisma
COPY packages ./packages
COPY apps ./apps
RUN rm -rf apps/*/node_modules apps/*/.next packages/*/node_modules packages/db/src/generated \
 && npm ci --no-audit --no-fund \
 && npm run -w @arbiter/db generate \
 && npm run -w @arbiter/web build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
# node owns the tree because the Next.js server writes its cache under apps/web/.next.
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
# Migrations first (idempotent, one web replica applies them), then the server.
CMD ["sh", "-c", "cd packages/db && npx prisma migrate deploy && cd /app && exec npm run -w @arbiter/web start"]
