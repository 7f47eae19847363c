#!/usr/bin/env bash
# Fails unless every test layer ran at least one test, with none skipped in the browser layer.
# Usage: .ci/check-test-layers.sh <label> <layer>...   layers: unit, integration, browser
set -euo pipefail
label="$1"; shift

# Sums an attribute (tests|skipped|failures|errors) over the given report files.
sum() {
  local attribute="$1"; shift
  [ "$#" -gt 0 ] || { echo 0; return; }
  grep -ho "<testsuite [^>]*" "$@" | grep -o " $attribute=\"[0-9]*\"" | grep -o '[0-9]*' |
    awk '{ s += $1 } END { print s + 0 }'
}

status=0
for layer in "$@"; do
  case "$layer" in
    unit) files=$(find . -path '*/target/surefire-reports/TEST-*.xml' -not -path './.git/*') ;;
    integration) files=$(find . -path '*/target/failsafe-reports/TEST-*.xml' -not -name '*BrowserIT.xml') ;;
    browser) files=$(find . -path '*/target/failsafe-reports/TEST-*BrowserIT.xml') ;;
    *) echo "unknown layer $layer" >&2; exit 2 ;;
  esac
  # shellcheck disable=SC2086
  tests=$(sum tests $files); skipped=$(sum skipped $files)
  ran=$((tests - skipped))
  echo "[$label] $layer tests: $tests run, $skipped skipped"
  if [ "$ran" -le 0 ]; then
    echo "[$label] FAIL: the $layer layer ran no test" >&2
    status=1
  fi
  if [ "$layer" = browser ] && [ "$skipped" -gt 0 ]; then
    echo "[$label] FAIL: browser tests were skipped (is Chromium installed?)" >&2
    status=1
  fi
done
exit "$status"
