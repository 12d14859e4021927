#!/usr/bin/env bash
# The main job on the bundled example: build, then show what the CLI finds in examples/brief.md.
# `check` exits 1 because the example contains deliberate mistakes; that is the expected result.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
echo "== Actors in examples/brief.md (with their hover text)"
node server/out/cli.js actors examples/brief.md
echo
echo "== Fact check of examples/brief.md"
node server/out/cli.js check examples/brief.md || [ $? -eq 1 ]
