#!/usr/bin/env bash
# Build the PyInstaller spec on Linux and run the frozen build's --selftest offscreen.
#
# Usage: packaging/ci_frozen_selftest.sh PATH/TO/venv/bin/python
#
# Proves what only a frozen build can get wrong: data files (resources/, schema_v1.sql,
# Qt's German translations, reportlab/openpyxl data) and hidden imports (CLI command modules,
# the main window's pages and menus, all imported by name). The Windows-only parts (icon,
# version resource, installer) are documented in packaging/README.md.
# Exit status: 0 when the build and the self-test pass, otherwise non-zero.
set -euo pipefail

PYTHON="${1:?usage: $0 PATH/TO/venv/bin/python}"
if [[ "$PYTHON" == */* ]]; then  # a relative path must survive the cd below
    PYTHON="$(cd "$(dirname "$PYTHON")" && pwd)/$(basename "$PYTHON")"
fi
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/aktif-frozen.XXXXXX")"
export QT_QPA_PLATFORM=offscreen
cd "$ROOT"

# PyInstaller recognises shared libraries with objdump (binutils); a slim image may lack it.
if ! command -v objdump >/dev/null && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq binutils >/dev/null
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "== PyInstaller fehlt in $PYTHON; wird installiert"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi

started=$SECONDS
echo "== PyInstaller-Build nach $WORK"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/build" packaging/aktif_desktop.spec
built=$SECONDS
APP="$WORK/dist/AktifDesktop/AktifDesktop"

echo "== Version"
expected_version="$("$PYTHON" packaging/version.py)"
frozen_version="$("$APP" --version)"
echo "$frozen_version"
if [[ "$frozen_version" != "Aktif Desktop $expected_version" ]]; then
    echo "FEHLER: Version des Builds ($frozen_version) ist nicht $expected_version" >&2
    exit 1
fi

echo "== Selbsttest des eingefrorenen Builds"
status=0
"$APP" --selftest >"$WORK/selftest.out" 2>"$WORK/selftest.err" || status=$?
cat "$WORK/selftest.out"
if [[ $status -ne 0 ]]; then
    echo "FEHLER: --selftest endete mit Status $status; stderr:" >&2
    cat "$WORK/selftest.err" >&2
    log="$(sed -n 's/^Protokoll: //p' "$WORK/selftest.out" | head -n 1)"
    [[ -n "$log" && -f "$log" ]] && cat "$log" >&2
    exit 1
fi

echo "== Build $((built - started)) s, Selbsttest $((SECONDS - built)) s, gesamt $((SECONDS - started)) s"
# The self-test keeps its folder for inspection; in CI, once it passed, nobody looks.
selftest_dir="$(sed -n 's/^Protokoll: \(.*\)\/selftest\.log$/\1/p' "$WORK/selftest.out" | head -n 1)"
[[ "$selftest_dir" == */aktif-selftest-* ]] && rm -rf "$selftest_dir"
rm -rf "$WORK"
