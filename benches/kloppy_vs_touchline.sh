#!/usr/bin/env bash
# End-to-end speed of opening a StatsBomb match: kloppy (Python, `kloppy.statsbomb.load`)
# against `touchline summary`, each as a whole process on the same files, and the ratio.
# Also prints touchline's peak memory (maximum resident set size) on that file.
#
# Usage: benches/kloppy_vs_touchline.sh [EVENTS.json LINEUPS.json]
#   Defaults to the largest of the five real matches (18236, the 2011 Champions League final)
#   in ../shared/data/statsbomb, which may not be redistributed and so is not in the repo.
# Environment:
#   RUNS=N            timed runs of each command after one warm-up (default 5); the median counts
#   KLOPPY_VENV=DIR   an existing virtualenv with kloppy installed; otherwise a temporary one is
#                     made and kloppy (pinned below) installed into it from PyPI, then removed
#   CARGO_TARGET_DIR  where cargo builds touchline (default: target/)
set -euo pipefail
cd "$(dirname "$0")/.."

KLOPPY_VERSION=3.19.1
RUNS=${RUNS:-5}
DATA=../shared/data/statsbomb/ushisantoasobu-try-statsbomb/data
EVENTS=${1:-$DATA/events/18236.json}
LINEUPS=${2:-$DATA/lineups/18236.json}
for f in "$EVENTS" "$LINEUPS"; do
    [ -f "$f" ] || { echo "skipped: $f not found (StatsBomb open data is not in the repository)"; exit 0; }
done

echo "== building touchline (release)"
cargo build --release --quiet
TOUCHLINE="${CARGO_TARGET_DIR:-target}/release/touchline"

if [ -z "${KLOPPY_VENV:-}" ]; then
    KLOPPY_VENV=$(mktemp -d)
    trap 'rm -rf "$KLOPPY_VENV"' EXIT
    echo "== installing kloppy $KLOPPY_VERSION into a temporary virtualenv"
    python3 -m venv "$KLOPPY_VENV"
    "$KLOPPY_VENV/bin/pip" install --quiet "kloppy==$KLOPPY_VERSION"
fi
PYTHON="$KLOPPY_VENV/bin/python"
KLOPPY_SCRIPT='import sys
from kloppy import statsbomb
dataset = statsbomb.load(event_data=sys.argv[1], lineup_data=sys.argv[2])
print(len(dataset.records), "events")'

# Median wall-clock seconds of RUNS runs of a command (output discarded), after one warm-up.
median_seconds() {
    "$@" >/dev/null
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        # $EPOCHREALTIME (bash 5) reads the clock without forking `date`, whose own start-up
        # would be counted in a 13 ms run.
        start=${EPOCHREALTIME/./}
        "$@" >/dev/null
        end=${EPOCHREALTIME/./}
        times+=("$(( end - start ))")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.4f\n", t[int((NR + 1) / 2)] / 1e6 }'
}

echo "== $(basename "$EVENTS"): $RUNS runs each, median wall time"
echo "kloppy:    $("$PYTHON" -c "$KLOPPY_SCRIPT" "$EVENTS" "$LINEUPS")"
k=$(median_seconds "$PYTHON" -c "$KLOPPY_SCRIPT" "$EVENTS" "$LINEUPS")
t=$(median_seconds "$TOUCHLINE" summary "$EVENTS")
echo "kloppy.statsbomb.load   ${k} s"
echo "touchline summary       ${t} s"
awk -v k="$k" -v t="$t" 'BEGIN { printf "touchline is %.0fx faster (target: at least 100x)\n", k / t }'

if [ -x /usr/bin/time ]; then
    kb=$(/usr/bin/time -v "$TOUCHLINE" summary "$EVENTS" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ { print $2 }')
    awk -v kb="$kb" 'BEGIN { printf "touchline summary peak memory: %.1f MB (target: under 30 MB)\n", kb / 1024 }'
fi
