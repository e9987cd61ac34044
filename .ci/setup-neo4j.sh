#!/usr/bin/env bash
# CI setup for the Neo4j tests: Node.js and the pinned @neo4j-cypher/language-support
# (tools/cypher-lint, from its committed package-lock.json). Idempotent; safe on a fresh machine.
# The Cypher lint tests fail under CI=true when this has not run.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup-neo4j: installing nodejs and npm (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi
echo "setup-neo4j: node $(node --version), npm $(npm --version)"

cd "$here/tools/cypher-lint"
# The package declares node >= 24 but runs on Node 20 (measured); do not let engine-strict refuse it.
npm ci --no-audit --no-fund --engine-strict=false --loglevel=error
node -e "import('@neo4j-cypher/language-support').then(m => { if (typeof m.lintCypherQuery !== 'function') process.exit(1); console.log('setup-neo4j: lintCypherQuery ready'); })"
