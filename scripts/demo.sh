#!/usr/bin/env bash
# The main job, on real packages: load the advisories, vet a requirements file,
# then vet and install flask into a fresh virtual environment.
set -uo pipefail
cd "$(dirname "$0")/.."
PW=.venv/bin/pipwarden
SHARED=../shared/data/osv-pypi.zip

echo "== advisories database (SQLite, embedded)"
if [ -f "$SHARED" ]; then
  PW=$PW scripts/load-advisories.sh "$SHARED"
else
  PW=$PW scripts/load-advisories.sh
fi

echo "== vetting examples/requirements.txt (installs nothing)"
$PW check -r examples/requirements.txt
echo "check exit code: $?"

echo "== a fresh virtual environment, then a vetted install of flask"
$PW venv .demo-venv --clear >/dev/null 2>&1 || $PW venv .demo-venv
ROOT=()
if [ "$(id -u)" = "0" ]; then
  # Installing as root is refused unless asked for explicitly (T4); this demo
  # machine is a throwaway container, so we ask for it.
  ROOT=(--allow-root)
fi
$PW install -p .demo-venv flask --yes "${ROOT[@]}"
echo "install exit code: $?"
.demo-venv/bin/python -c "import flask, importlib.metadata as m; print('flask', m.version('flask'), 'installed in .demo-venv')"
