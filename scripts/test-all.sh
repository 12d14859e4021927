#!/usr/bin/env bash
# Runs every test layer in order: build, engine unit tests, LSP tests over stdio, CLI tests,
# the packaged .vsix, the server driven by Neovim, grammar tests, and the end-to-end tests
# inside a real VS Code. Prints one closing "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

step() {
  echo
  echo "== $1"
  shift
  if ! "$@" 2>&1 | tee -a "$log"; then status=1; fi
}

npm run --silent build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
step "editor test set-up (apt packages, Node 24 and code-server, cached after the first run)" bash scripts/setup-e2e.sh
step "engine, LSP, CLI, package and Neovim tests" npx mocha 'test/engine/**/*.test.ts' 'test/lsp/**/*.test.ts' 'test/cli/**/*.test.ts' 'test/package/**/*.test.ts' 'test/editors/**/*.test.ts'
step "grammar tests" npm run --silent test:grammar
step "real VS Code tests" node scripts/e2e-run.mjs --no-build --no-setup

# mocha ends with "N passing" / "N failing"; the e2e runner with "N passed, N failed".
read -r passed failed < <(awk '
  /^ *[0-9]+ passing/ { p += $1 }
  /^ *[0-9]+ failing/ { f += $1 }
  /^[0-9]+ passed, [0-9]+ failed/ { p += $1; f += $3 }
  END { print p + 0, f + 0 }' "$log")
[ "$failed" -gt 0 ] && status=1
echo
echo "${passed:-0} passed, ${failed:-0} failed"
exit $status
