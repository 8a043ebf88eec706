#!/usr/bin/env bash
# Build the one-folder Workbay bundle dist/workbay/ (workbay + workbay-cli) with PyInstaller,
# in a build venv of its own (default build/out/venv; WORKBAY_BUILD_VENV overrides), then
# smoke-test it offscreen. Usage, from anywhere: build/build.sh [--no-smoke]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="${WORKBAY_BUILD_VENV:-$ROOT/build/out/venv}"
PYTHON="${PYTHON:-python3}"

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
# The project's runtime dependencies and PyInstaller, not the project itself: the spec bundles
# app/ and ui/ from this checkout.
mkdir -p "$ROOT/build/out"
"$VENV/bin/python" -c 'import sys, tomllib
print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))' \
  "$ROOT/pyproject.toml" > "$ROOT/build/out/requirements.txt"
"$VENV/bin/python" -m pip install -q -r "$ROOT/build/out/requirements.txt" "pyinstaller>=6.10,<7"

"$VENV/bin/python" -m PyInstaller --noconfirm --clean \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/out/pyinstaller" "$ROOT/build/workbay.spec"

BUNDLE="$ROOT/dist/workbay"
echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
[ "${1:-}" = "--no-smoke" ] && exit 0

# Smoke test: migrate and fill a scratch database with the CLI, then take the screenshots.
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
export WORKBAY_DATA_DIR="$SCRATCH/data" WORKBAY_DATABASE_URL=""
"$BUNDLE/workbay-cli" db upgrade
"$BUNDLE/workbay-cli" demo --customers 5 --orders 10
QT_QPA_PLATFORM=offscreen "$BUNDLE/workbay" --screenshot "$SCRATCH/shots" --lang zh_CN
ls "$SCRATCH/shots/zh_CN" | grep -q '\.png$'
echo "smoke test passed: $(ls "$SCRATCH/shots/zh_CN" | wc -l) screenshots"
