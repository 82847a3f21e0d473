#!/usr/bin/env bash
# Installs what building and testing need, only when missing or at the wrong version, so a
# second run installs nothing. Sourced by scripts/serve and scripts/test; run it directly with
# `build` or `test` to install that set alone.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"       # 0.22 needs a newer rustc than these machines have
TWIGGY_VERSION="0.8.0"        # only ./scripts/bench size uses it
# The data package validator (scripts/check-datapackage.py): Python's frictionless, exactly this
# version, with the rest of its dependencies pinned in the requirements file, in a virtual
# environment of the project (git-ignored).
VALIDATOR_REQUIREMENTS="$ROOT/scripts/validator-requirements.txt"
VALIDATOR_VENV="$ROOT/.venv"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# Named stages with their times: `stage NAME` ends the running stage (printing how long it took)
# and starts the next; `stage_summary` ends the last and lists them all, so a slow step shows.
STAGE_NAME=""
STAGE_START=$SECONDS
STAGE_TIMES=()
stage() {
  if [ -n "$STAGE_NAME" ]; then
    STAGE_TIMES+=("$(printf '%5d s  %s' $((SECONDS - STAGE_START)) "$STAGE_NAME")")
    say "$STAGE_NAME: done in $((SECONDS - STAGE_START)) s"
  fi
  STAGE_NAME="$1"
  STAGE_START=$SECONDS
  [ -z "$1" ] || say "$1"
}
stage_summary() {
  stage ""
  say "stage times:"
  printf '  %s\n' "${STAGE_TIMES[@]}" >&2
}

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

# Installs exactly version $2 of crate $1 (extra arguments go to `cargo install`). The published
# lock file is tried first; the registry these machines reach does not serve every version a
# lock file names (wasm-bindgen-cli 0.2.130's lock wants webpki-roots 1.0.11, which it lacks), so
# when that fails the same exact version is installed with dependencies resolved against what the
# registry serves. Says which way it went.
install_crate() {
  local crate="$1" version="$2"; shift 2
  if cargo install "$crate" --version "=$version" --locked "$@"; then
    say "installed $crate $version with its published lock file (--locked)"
  else
    say "$crate $version: its published lock file does not resolve here; installing the same version without --locked"
    cargo install "$crate" --version "=$version" "$@"
    say "installed $crate $version without --locked (dependencies resolved from the registry)"
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes a few minutes)"
    install_crate trunk "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local want; want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (must equal Cargo.lock)"
    install_crate wasm-bindgen-cli "$want"
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

# The pinned frictionless version, read from the requirements file (its one definition).
frictionless_version() {
  sed -n 's/^frictionless==//p' "$VALIDATOR_REQUIREMENTS"
}

# Python's frictionless in .venv/, installed from the pinned requirements (wheels only: nothing
# to compile). A venv whose record of what it was installed from equals the requirements file,
# and whose frictionless runs and says the pinned version, is left alone.
ensure_validator() {
  local want; want="$(frictionless_version)"
  if cmp -s "$VALIDATOR_REQUIREMENTS" "$VALIDATOR_VENV/installed-requirements.txt" \
    && [ "$("$VALIDATOR_VENV/bin/frictionless" --version 2>/dev/null)" = "$want" ]; then
    return 0
  fi
  # Debian's python3 makes virtual environments only with the python3-venv package.
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    say "installing Debian's python3-venv"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  fi
  say "installing the data package validator: frictionless $want in .venv/"
  rm -rf "$VALIDATOR_VENV"
  python3 -m venv "$VALIDATOR_VENV"
  "$VALIDATOR_VENV/bin/pip" install --quiet --disable-pip-version-check --only-binary=:all: -r "$VALIDATOR_REQUIREMENTS"
  cp "$VALIDATOR_REQUIREMENTS" "$VALIDATOR_VENV/installed-requirements.txt"
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
  ensure_validator
}

# The release build, never downloading tools (wasm-opt from node_modules/.bin): the atlas into
# dist/, then the one-chart embed (embed.html, the `embed` feature) into dist/embed/. In that
# order: Trunk empties a build's own dist folder first.
build_release() {
  say "building the release into dist/"
  (cd "$ROOT" && PATH="$ROOT/node_modules/.bin:$PATH" trunk build --release --offline)
  say "building the one-chart embed into dist/embed/"
  (cd "$ROOT" && PATH="$ROOT/node_modules/.bin:$PATH" trunk build --release --offline=true --dist dist/embed embed.html)
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-test}" in
    build) ensure_build_tools ;;
    test) ensure_test_tools ;;
    *) echo "usage: scripts/setup.sh [build|test]" >&2; exit 2 ;;
  esac
fi
