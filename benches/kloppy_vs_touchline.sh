#!/usr/bin/env bash
# End-to-end speed of opening a StatsBomb match: kloppy (Python, `kloppy.statsbomb.load`)
# against `touchline summary`, each as a whole process on the same files, and the ratio.
# Also prints touchline's peak memory (maximum resident set size) on that file.
#
# Usage: benches/kloppy_vs_touchline.sh [EVENTS.json LINEUPS.json]
#   Defaults to the largest of the five real matches (18236, the 2011 Champions League final)
#   in ../shared/data/statsbomb, which may not be redistributed and so is not in the repo.
# Environment:
#   RUNS=N            rounds (default 5): each times one kloppy run, then PER_ROUND touchline runs
#   PER_ROUND=N       touchline runs a round (default 5); the medians of all runs of each count
#   KLOPPY_VENV=DIR   an existing virtualenv with kloppy installed; otherwise a temporary one is
#                     made and kloppy (pinned below) installed into it from PyPI, then removed
#   CARGO_TARGET_DIR  where cargo builds touchline (default: target/)
#   TOUCHLINE=PATH    a touchline binary to time instead of building one (to compare two builds)
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

if [ -z "${TOUCHLINE:-}" ]; then
    echo "== building touchline (release)"
    cargo build --release --quiet
    TOUCHLINE="${CARGO_TARGET_DIR:-target}/release/touchline"
fi

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

# Wall-clock microseconds of one run of a command (output discarded). $EPOCHREALTIME (bash 5)
# reads the clock without forking `date`, whose own start-up would be counted in an 8 ms run.
micros() {
    local start end
    start=${EPOCHREALTIME/./}
    "$@" >/dev/null
    end=${EPOCHREALTIME/./}
    echo $(( end - start ))
}

# The median of numbers, one a line.
median() {
    sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

# Interleaved: each round times one kloppy run, then PER_ROUND touchline runs. This machine's
# speed drifts over seconds (other jobs share it): timing all of one command and then
# all of the other compared two different machines, interleaving compares the two on the same.
PER_ROUND=${PER_ROUND:-5}
echo "== $(basename "$EVENTS"): $RUNS rounds of one kloppy and $PER_ROUND touchline runs, after a warm-up of each"
echo "kloppy:    $("$PYTHON" -c "$KLOPPY_SCRIPT" "$EVENTS" "$LINEUPS")"
"$TOUCHLINE" summary "$EVENTS" >/dev/null
k_all=() t_all=() rounds=()
for _ in $(seq "$RUNS"); do
    k=$(micros "$PYTHON" -c "$KLOPPY_SCRIPT" "$EVENTS" "$LINEUPS")
    t_round=()
    for _ in $(seq "$PER_ROUND"); do
        t_round+=("$(micros "$TOUCHLINE" summary "$EVENTS")")
    done
    k_all+=("$k")
    t_all+=("${t_round[@]}")
    t=$(printf '%s\n' "${t_round[@]}" | median)
    rounds+=("$(awk -v k="$k" -v t="$t" 'BEGIN { printf "%.1f", k / t }')")
done
k=$(printf '%s\n' "${k_all[@]}" | median)
t=$(printf '%s\n' "${t_all[@]}" | median)
awk -v k="$k" 'BEGIN { printf "kloppy.statsbomb.load   %.4f s (median of its runs)\n", k / 1e6 }'
awk -v t="$t" 'BEGIN { printf "touchline summary       %.4f s (median of its runs)\n", t / 1e6 }'
echo "each round's ratio:     $(printf '%s\n' "${rounds[@]}" | sort -n | tr '\n' ' ')"
awk -v k="$k" -v t="$t" 'BEGIN { printf "touchline is %.0fx faster (target: at least 100x)\n", k / t }'

if [ -x /usr/bin/time ]; then
    kb=$(/usr/bin/time -v "$TOUCHLINE" summary "$EVENTS" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ { print $2 }')
    awk -v kb="$kb" 'BEGIN { printf "touchline summary peak memory: %.1f MB (target: under 30 MB)\n", kb / 1024 }'
fi
