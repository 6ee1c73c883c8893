#!/usr/bin/env bash
# Samples where `pmoassess assess` spends its processor time, with `perf`, and names every sample: the release build's
# composite image through its r2rmap, code compiled at run time through the runtime's perf map. Prints the time by part
# of the program (reading, NRules, the writers, the collector, the JIT compiler...) and the functions most often running
# (`profile` in this project). Usage:
#
#   tests/PmoAssess.Benchmarks/profile.sh [N] [-- PROFILE-OPTIONS]
#
# N projects (default 100000), recorded in a fresh copy of a store holding one earlier run of the same data, every
# format written, as run-in-turn.sh runs it. PROFILE-OPTIONS go to `profile`: `--under REGEX` adds the time inside the
# functions whose name matches, by the function each called and by the function running (e.g. `--under
# 'JUnitReportWriter::Write$'`); `--callers REGEX` which functions called those that match (e.g. `--callers 'VSD_'`,
# the runtime's interface dispatch); `--top N`.
#
# Environment: BUILD_DIR (a release build published with -p:PublishReadyToRunEmitSymbols=true; by default this checkout
# is published so into a temporary folder), DATA_DIR (as for run-end-to-end.sh), KEEP=DIR (keep perf's samples there).
# Needs perf (Debian package `linux-perf`), allowed to sample (run as root, or kernel.perf_event_paranoid at most 1).
set -euo pipefail
cd "$(dirname "$0")/../.."

projects=100000
if [[ ${1:-} =~ ^[0-9]+$ ]]; then
  projects=$1
  shift
fi
[[ ${1:-} == -- ]] && shift
command -v perf >/dev/null || { echo "perf is not installed (Debian package linux-perf)." >&2; exit 2; }

data_dir=${DATA_DIR:-${TMPDIR:-/tmp}/pmoassess-e2e}
data=$data_dir/$projects
as_of=2026-09-30
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build=${BUILD_DIR:-}
if [[ -z $build ]]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  echo "Publishing the release build with its r2rmap" >&2
  dotnet publish engine/PmoAssess.Cli -c Release -r "$rid" -p:PublishReadyToRunEmitSymbols=true -o "$work/build" -v quiet -nologo >&2
  build=$work/build
fi
map=$(ls "$build"/*.r2rmap 2>/dev/null | head -1)
if [[ -z $map ]]; then
  echo "No r2rmap in $build: publish with -p:PublishReadyToRunEmitSymbols=true." >&2
  exit 2
fi
dotnet build tests/PmoAssess.Benchmarks -c Release -v quiet -nologo >&2

if [[ ! -f $data/.complete ]]; then
  echo "Generating $projects projects in $data" >&2
  "$build/pmoassess" generate --projects "$projects" --seed 1 --out "$data" >&2
  touch "$data/.complete"
fi

echo "Making the store the run starts from" >&2
"$build/pmoassess" assess "$data" --as-of "$as_of" --out "$work/out" --format md --history "$work/run.db" >/dev/null
rm -rf "$work/out"

echo "Recording $projects projects" >&2
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 499 -g -o "$work/perf.data" \
  "$build/pmoassess" assess "$data" --as-of "$as_of" --out "$work/out" --format md,html,json,sarif,junit --history "$work/run.db" >/dev/null 2>"$work/err" \
  || { tail -20 "$work/err" >&2; exit 1; }
perf script -i "$work/perf.data" -F comm,tid,ip,sym,dso 2>/dev/null >"$work/samples.txt"
# The runtime wrote its map where perf looks for it; named, the samples need it no more.
pid=$( (perf script -i "$work/perf.data" -F pid 2>/dev/null || true) | head -1 | tr -d ' ')
rm -f "/tmp/perf-$pid.map" "/tmp/perfinfo-$pid.map"
if [[ -n ${KEEP:-} ]]; then
  mkdir -p "$KEEP"
  cp "$work/perf.data" "$work/samples.txt" "$KEEP/"
fi

dotnet tests/PmoAssess.Benchmarks/bin/Release/net10.0/PmoAssess.Benchmarks.dll profile "$work/samples.txt" "$map" "$build/pmoassess.r2r.dll" "$@"
