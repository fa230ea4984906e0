#!/usr/bin/env bash
# Generates the Prisma client without downloading engines: with engineType "client"
# the query engine library is never loaded, but `prisma generate` insists that the
# file exists, so point it at a placeholder.
set -euo pipefail
cd "$(dirname "$0")/.."
placeholder="${TMPDIR:-/tmp}/arbiter-prisma-placeholder.node"
[ -f "$placeholder" ] || : >"$placeholder"
export PRISMA_QUERY_ENGINE_LIBRARY="$placeholder"
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
DATABASE_URL="${DATABASE_URL:-postgresql://unused@localhost/unused}" npx prisma generate
