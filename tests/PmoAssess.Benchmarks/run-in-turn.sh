#!/usr/bin/env bash
# Runs `pmoassess assess` on one generated portfolio with several builds, or one build under several settings, taking
# turns: on a shared virtual machine the same build's time moves by a tenth or more within the hour, so two builds are
# compared only by runs interleaved with each other, never by runs an hour apart. Usage:
#
#   tests/PmoAssess.Benchmarks/run-in-turn.sh [-r ROUNDS] CASE ...
#
# A CASE is a folder holding a published pmoassess (`dotnet publish engine/PmoAssess.Cli -c Release -r RID`, its publish
# folder copied away before the next build), optionally followed by settings for the run's environment:
# `DIR+NAME=VALUE+NAME=VALUE`. For example:
#
#   run-in-turn.sh -r 4 /tmp/before /tmp/after                    two builds, four rounds
#   run-in-turn.sh /tmp/after /tmp/after+DOTNET_TC_QuickJit=0      one build, two settings
#   run-in-turn.sh -r 1 /tmp/after+PMOASSESS_ALLOCATIONS=40         the 40 types most allocated (a slower run)
#
# Each round runs every case once, starting one case later than the round before; one run of the first case, not
# counted, comes first (it warms the page cache and, with history, makes the store each run starts from). Each run prints
# its wall, user and system time and peak RSS (GNU time), what the collector did (collections by generation, how many full
# ones compacted, pauses and bytes allocated, from this project's startup hook, CollectorStatistics), and whether its
# outputs are byte-identical to the first counted run's. Then, for each case, the median wall time and the ranges.
#
# Environment: PROJECTS (default 100000), DATA_DIR (where generated portfolios are kept, as for run-end-to-end.sh),
# HISTORY=0 (runs with --no-history; by default each run is recorded in a fresh copy of a store holding one earlier run of
# the same data, the end-to-end script's case), FORMATS (default md,html,json,sarif,junit), SKIP_BUILD=1 (use the last
# Release build of this project for the startup hook). Needs GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=3
if [[ ${1:-} == -r ]]; then
  rounds=$2
  shift 2
fi
cases=("$@")
if [[ ${#cases[@]} -eq 0 ]]; then
  sed -n '2,/^set -euo/{/^set -euo/d; s/^# \{0,1\}//; p}' "$0" >&2
  exit 2
fi
for case in "${cases[@]}"; do
  if [[ ! -x ${case%%+*}/pmoassess ]]; then
    echo "No pmoassess in '${case%%+*}': a case is the folder of a published build, then any +NAME=VALUE settings." >&2
    exit 2
  fi
done

projects=${PROJECTS:-100000}
data_dir=${DATA_DIR:-${TMPDIR:-/tmp}/pmoassess-e2e}
data=$data_dir/$projects
as_of=2026-09-30
formats=${FORMATS:-md,html,json,sarif,junit}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  dotnet build tests/PmoAssess.Benchmarks -c Release -v quiet -nologo >&2
fi
hook=$PWD/tests/PmoAssess.Benchmarks/bin/Release/net10.0/PmoAssess.Benchmarks.dll

first=${cases[0]%%+*}
if [[ ! -f $data/.complete ]]; then
  echo "Generating $projects projects in $data" >&2
  "$first/pmoassess" generate --projects "$projects" --seed 1 --out "$data" >&2
  touch "$data/.complete"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One run of CASE, recorded in a fresh copy of the base store unless HISTORY=0: prints "wall user sys rss_mib gc-line hash".
run() {
  local dir=${1%%+*} settings=() history=(--no-history)
  [[ $1 == *+* ]] && IFS=+ read -r -a settings <<<"${1#*+}"
  if [[ ${HISTORY:-1} != 0 ]]; then
    rm -f "$work"/run.db*
    cp "$work/base.db" "$work/run.db"
    history=(--history "$work/run.db")
  fi

  rm -rf "$work/out"
  set +e
  env "${settings[@]}" DOTNET_STARTUP_HOOKS="$hook" /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    "$dir/pmoassess" assess "$data" --as-of "$as_of" --out "$work/out" --format "$formats" "${history[@]}" >/dev/null 2>"$work/err"
  local status=$?
  set -e
  if [[ $status -gt 1 ]]; then
    echo "assess failed with '$1' (exit $status):" >&2
    tail -20 "$work/err" >&2
    exit "$status"
  fi

  local wall user sys rss
  read -r wall user sys rss <"$work/time"
  # With PMOASSESS_ALLOCATIONS=N among the settings, the hook also ranks the types allocated, one line each.
  grep -E '^ *[0-9]+ MB  ' "$work/err" >"$work/allocations" || true
  echo "$wall $user $sys $((rss / 1024)) $(grep '^gc ' "$work/err" | tail -1 | tr ' ' ',') $(cat "$work"/out/* | sha256sum | cut -c1-16)"
}

if [[ ${HISTORY:-1} != 0 ]]; then
  echo "Making the store each run starts from: one run as of $as_of" >&2
  "$first/pmoassess" assess "$data" --as-of "$as_of" --out "$work/out" --format md --history "$work/base.db" >/dev/null
else
  echo "Warming up" >&2
  run "${cases[0]}" >/dev/null
fi

printf '%-44s %7s %7s %6s %8s  %s\n' case wall cpu sys "RSS MiB" "collector; outputs" >&2
: >"$work/results"
reference=
for round in $(seq 1 "$rounds"); do
  for offset in $(seq 0 $((${#cases[@]} - 1))); do
    case=${cases[$(((round - 1 + offset) % ${#cases[@]}))]}
    read -r wall user sys rss gc hash < <(run "$case")
    reference=${reference:-$hash}
    same=identical
    [[ $hash == "$reference" ]] || same="DIFFERENT ($hash)"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    pause=$(sed -n 's/.*pause=\([0-9.]*\)s.*/\1/p' <<<"$gc")
    compacting=$(sed -n 's/.*compacting=\([0-9]*\).*/\1/p' <<<"$gc")
    printf '%-44s %7s %7s %6s %8s  %s; %s\n' "$case" "$wall" "$cpu" "$sys" "$rss" "${gc//,/ }" "$same" >&2
    sed 's/^/    /' "$work/allocations" >&2
    echo "$case $wall $cpu $rss ${pause:-0} ${compacting:-0}" >>"$work/results"
  done
done

echo
echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg); $projects projects, $rounds rounds, $([[ ${HISTORY:-1} != 0 ]] && echo 'with history' || echo 'no history')"
echo
echo "| case | median wall s | wall s | cpu s | peak RSS MiB | pause s | runs that compacted |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for case in "${cases[@]}"; do
  awk -v case="$case" '$1 == case { n++; wall[n] = $2; cpu += $3; rss[n] = $4; pause[n] = $5; if ($6 > 0) compacted++ }
    function sort(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t } }
    END {
      sort(wall, n); sort(rss, n); sort(pause, n)
      median = n % 2 ? wall[(n + 1) / 2] : (wall[n / 2] + wall[n / 2 + 1]) / 2
      printf "| %s | %.2f | %.2f to %.2f | %.2f | %d to %d | %.2f to %.2f | %d of %d |\n", case, median, wall[1], wall[n], cpu / n, rss[1], rss[n], pause[1], pause[n], compacted, n
    }' "$work/results"
done
