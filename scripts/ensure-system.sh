#!/usr/bin/env bash
# Finds, or installs, the system pieces the project needs outside npm. One script for `npm run demo`,
# `npm test` and .ci/run.
#   scripts/ensure-system.sh redis            what the demo needs
#   scripts/ensure-system.sh redis browser    what the tests need (adds chromium and a Japanese font)
# Installs with apt-get on Debian/Ubuntu (as root or with passwordless sudo) and with Homebrew on macOS,
# saying what it does; otherwise says exactly how to get the piece and exits non-zero.
set -euo pipefail
want_redis=0; want_browser=0
for arg in "$@"; do case "$arg" in redis) want_redis=1;; browser) want_browser=1;; *) echo "unknown piece: $arg" >&2; exit 64;; esac; done

apt_packages=(); brew_packages=(); missing=()
if [ "$want_redis" = 1 ] && [ -z "${REDIS_URL:-}" ] && ! command -v redis-server >/dev/null 2>&1; then
  apt_packages+=(redis-server); brew_packages+=(redis); missing+=("redis-server")
fi
if [ "$want_browser" = 1 ]; then
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
     && [ ! -x "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" ] && [ ! -x "/Applications/Chromium.app/Contents/MacOS/Chromium" ]; then
    apt_packages+=(chromium); brew_packages+=(--cask chromium); missing+=("chromium")
  fi
  if [ "$(uname)" = Linux ] && command -v fc-list >/dev/null 2>&1 && ! fc-list :lang=ja 2>/dev/null | grep -q .; then
    apt_packages+=(fonts-ipafont-gothic); missing+=("a Japanese font")
  elif [ "$(uname)" = Linux ] && ! command -v fc-list >/dev/null 2>&1; then
    apt_packages+=(fonts-ipafont-gothic fontconfig); missing+=("a Japanese font")
  fi
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Missing: ${missing[*]}."
if command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo_cmd="sudo -n"; else
      echo "Install them with: sudo apt-get install -y ${apt_packages[*]}"
      [ "$want_redis" = 1 ] && echo "Or run Redis in a container: docker compose up -d redis, then REDIS_URL=redis://127.0.0.1:6379"
      exit 1
    fi
  fi
  echo "Installing with apt-get: ${apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
  echo "Installed: ${apt_packages[*]}"
elif [ "$(uname)" = Darwin ] && command -v brew >/dev/null 2>&1; then
  echo "Installing with Homebrew: ${brew_packages[*]}"
  brew install "${brew_packages[@]}"
else
  echo "Install them with your package manager (Debian/Ubuntu: apt-get install -y ${apt_packages[*]}; macOS: brew install ${brew_packages[*]})."
  [ "$want_redis" = 1 ] && echo "Or run Redis in a container: docker compose up -d redis, then REDIS_URL=redis://127.0.0.1:6379"
  exit 1
fi
