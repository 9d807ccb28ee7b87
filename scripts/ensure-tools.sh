#!/usr/bin/env bash
# Installs what the project needs outside .NET, only when it is missing or out of date:
# the pinned npm tools (package.json + lock) and, for the browser tests, Debian's Chromium.
# Sourced by scripts/run and scripts/test.

ensure_npm_tools() {
  local dir hash stamp
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  hash="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  stamp="$dir/node_modules/.installed-lock-hash"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$hash" ]]; then
    return
  fi
  echo "Installing the pinned npm tools (scripts/package-lock.json)..."
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$hash" > "$stamp"
}

ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    return
  fi
  echo "Installing Debian's chromium for the browser tests..."
  local sudo=""
  if [[ "$(id -u)" != "0" ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}
