#!/usr/bin/env bash
# Builds Tsumugi CRM if anything changed since the last build, then starts it (H2 by default).
# Options go to bin/tsumugi.sh; TSUMUGI_* environment variables configure it (see README).
# Data lives in distribution/data (outside target/, so a rebuild keeps it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVER="$ROOT/distribution/target/tsumugi"
STAMP="$ROOT/distribution/target/.run-build-stamp"

needs_build() {
  [ -x "$SERVER/bin/tsumugi.sh" ] && [ -f "$STAMP" ] || return 0
  # Any tracked kind of source newer than the last build?
  [ -n "$(find "$ROOT" \( -name target -o -name .git -o -name data \) -prune -o -type f -newer "$STAMP" -print -quit)" ]
}

if needs_build; then
  echo "Building Tsumugi CRM (first time: a few minutes, Maven downloads the server and libraries)..."
  (cd "$ROOT" && ./mvnw -q -B install -DskipTests -Dspotless.check.skip=true)
  touch "$STAMP"
fi

export TSUMUGI_DATA_DIR="${TSUMUGI_DATA_DIR:-$ROOT/distribution/data}"
exec "$SERVER/bin/tsumugi.sh" "$@"
