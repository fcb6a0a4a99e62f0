#!/usr/bin/env bash
# Installs the Debian packages gongkai needs to build, run and test.
# Idempotent: apt is called only when a package is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libboost1.81-dev nlohmann-json3-dev libkainjow-mustache-dev
  libsqlite3-dev libpq-dev postgresql-15
  libxapian-dev libfriso-dev friso-dict libicu-dev
  libsodium-dev libssl-dev libcmark-dev libspdlog-dev libfmt-dev libcli11-dev zlib1g-dev
  libcairo2-dev libpango1.0-dev fonts-noto-cjk poppler-utils
  libminizip-dev libpugixml-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  wrk nginx-light curl chromium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]} > 0)); then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The browser tests (tests/e2e/) drive Debian's chromium with playwright-core,
# pinned in package-lock.json at the top; npm installs it once into
# node_modules/ there (it downloads no browser).
top_dir=$(cd "$(dirname "$0")/.." && pwd)
if [[ ! -f "$top_dir/node_modules/playwright-core/package.json" ]]; then
  if ! command -v npm >/dev/null; then
    echo "install-deps: npm is missing; the browser tests need Node.js 20 and npm" >&2
    exit 1
  fi
  echo "install-deps: installing playwright-core for the browser tests"
  (cd "$top_dir" && npm ci --no-audit --no-fund --silent)
fi
