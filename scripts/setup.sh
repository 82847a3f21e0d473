#!/usr/bin/env bash
# Installs what building and testing need, only when missing or at the wrong version, so a
# second run installs nothing. Sourced by scripts/serve and scripts/test; run it directly with
# `build` or `test` to install that set alone.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"       # 0.22 needs a newer rustc than these machines have

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root for: $*"; return 1; fi
}

# The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# rustfmt and clippy gate the test command; the machines' toolchain has them, a bare one may not.
ensure_rust_components() {
  for c in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$c"; then
      say "adding the $c component"
      rustup component add "$c"
    fi
  done
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes a few minutes)"
    cargo install trunk --version "=$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want; want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (must equal Cargo.lock)"
    cargo install wasm-bindgen-cli --version "$want" --locked
  fi
}

ensure_node_modules() {
  # binaryen (wasm-opt), @playwright/test and axe-core, pinned in package-lock.json. Playwright
  # must not download browsers: the tests drive Debian's Chromium.
  if ! (cd "$ROOT" && npm ls --depth=0 >/dev/null 2>&1) || [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ]; then
    say "installing node packages (npm ci)"
    (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The browser the tests drive: $CHROMIUM when set (playwright.config.mjs reads it too), else
# Debian's package.
ensure_chromium() {
  if [ -n "${CHROMIUM:-}" ]; then
    [ -x "$CHROMIUM" ] || { say "CHROMIUM=$CHROMIUM is not an executable"; return 1; }
    return 0
  fi
  if ! [ -x /usr/bin/chromium ]; then
    say "installing Debian's chromium"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_modules
}

ensure_test_tools() {
  ensure_build_tools
  ensure_rust_components
  ensure_chromium
}

# The release build into dist/, never downloading tools (wasm-opt from node_modules/.bin).
build_release() {
  say "building the release into dist/"
  (cd "$ROOT" && PATH="$ROOT/node_modules/.bin:$PATH" trunk build --release --offline)
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-test}" in
    build) ensure_build_tools ;;
    test) ensure_test_tools ;;
    *) echo "usage: scripts/setup.sh [build|test]" >&2; exit 2 ;;
  esac
fi
