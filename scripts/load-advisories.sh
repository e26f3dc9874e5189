#!/usr/bin/env bash
# Load the OSV advisory database for the demo and say plainly whether it worked.
# Usage: scripts/load-advisories.sh [SOURCE]   (SOURCE: an OSV export zip or folder;
# default: download from osv.dev). PW names the pipwarden command (default .venv/bin/pipwarden).
set -uo pipefail
PW=${PW:-.venv/bin/pipwarden}
if [ $# -gt 0 ]; then
  $PW db update --source "$1"
else
  $PW db update
fi
rc=$?
count=$($PW db status --format json 2>/dev/null | "${PYTHON:-python3}" -c \
  'import json, sys; print(json.load(sys.stdin).get("advisories") or 0)' 2>/dev/null || echo 0)
case "$count" in ''|*[!0-9]*) count=0 ;; esac
if [ "$rc" -eq 0 ] && [ "$count" -gt 0 ]; then
  echo "advisory database loaded: $count advisories"
elif [ "$count" -gt 0 ]; then
  echo "!! The advisory database could not be updated (see the error above);"
  echo "!! the demo uses the one loaded earlier ($count advisories), which may be out of date."
else
  echo "!! The advisory database could not be loaded (see the error above):"
  echo "!! known vulnerabilities are NOT checked in this demo, and every verdict below"
  echo "!! carries a warning saying so. Load it later with: pipwarden db update"
fi
exit 0
