#!/usr/bin/env bash
# Runs `pmoassess assess` end to end (import, every built-in rule, scoring, every writer) on generated portfolios and prints
# one row per size: wall time and peak RSS of the assess process, its outcome count, the share of the machine's time
# its hypervisor gave to other guests meanwhile (steal), and the ratio of rule evaluation by the engine to the
# hand-written loop over the same facts (measured in one `compare` process, which also checks that the two give
# identical outcomes) with the loop's own time: one thread doing fixed work, a gauge of the machine to compare figures
# from different machines by. Usage:
#
#   tests/PmoAssess.Benchmarks/run-end-to-end.sh [N ...]        (default: 10000 100000 1000000)
#
# Environment: BUILD (which build of pmoassess runs: `release`, the default, is the release build of the README,
# published for this platform, self-contained and compiled ahead of time; `framework` is what `dotnet build` makes, run
# with `dotnet pmoassess.dll`), DATA_DIR (where generated portfolios are kept between runs; default
# $TMPDIR/pmoassess-e2e), SKIP_BUILD=1 (use the last Release build), SKIP_COMPARE=1 (no ratio column), COMPARE_MAX
# (largest N to run the comparison at; default 1000000). Needs GNU time (/usr/bin/time, Debian package `time`) for the
# peak RSS.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
data_dir=${DATA_DIR:-${TMPDIR:-/tmp}/pmoassess-e2e}
as_of=2026-09-30
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build=${BUILD:-release}
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
case $build in
  release) pmoassess=("engine/PmoAssess.Cli/bin/Release/net10.0/$rid/publish/pmoassess") ;;
  framework) pmoassess=(dotnet engine/PmoAssess.Cli/bin/Release/net10.0/pmoassess.dll) ;;
  *) echo "BUILD must be release or framework, not '$build'" >&2; exit 2 ;;
esac
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  if [[ $build == release ]]; then
    dotnet publish engine/PmoAssess.Cli -c Release -r "$rid" -v quiet -nologo >&2
  else
    dotnet build engine/PmoAssess.Cli -c Release -v quiet -nologo >&2
  fi
  dotnet build tests/PmoAssess.Benchmarks -c Release -v quiet -nologo >&2
fi
bench=tests/PmoAssess.Benchmarks/bin/Release/net10.0/PmoAssess.Benchmarks.dll

# The hypervisor's steal counter and every counter of /proc/stat's cpu line, in ticks: on a virtual machine the share
# of time the host gave to others tells a slow run on a busy host from slower code.
cpu_ticks() {
  awk '/^cpu / { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat
}

seconds() { # h:mm:ss.ss or m:ss.ss to seconds
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}

rows=()
declare -A wall
for n in "${sizes[@]}"; do
  data="$data_dir/$n"
  if [[ ! -f $data/.complete ]]; then
    echo "Generating $n projects in $data" >&2
    "${pmoassess[@]}" generate --projects "$n" --seed 1 --out "$data" >&2
    touch "$data/.complete"
  fi

  out=$(mktemp -d)
  log=$(mktemp)
  echo "Assessing $n projects" >&2
  read -r steal_before ticks_before < <(cpu_ticks)
  set +e
  /usr/bin/time -v "${pmoassess[@]}" assess "$data" --as-of "$as_of" --out "$out" --format md,html,json,sarif,junit --verbose >/dev/null 2>"$log"
  status=$?
  set -e
  read -r steal_after ticks_after < <(cpu_ticks)
  steal=$(awk -v s=$((steal_after - steal_before)) -v t=$((ticks_after - ticks_before)) 'BEGIN { printf "%.0f", (t > 0 ? 100 * s / t : 0) }')
  if [[ $status -gt 1 ]]; then
    echo "assess failed at N=$n (exit $status):" >&2
    tail -20 "$log" >&2
    exit "$status"
  fi

  elapsed=$(seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")")
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$log")
  outcomes=$(sed -n 's/.*Assessed \([0-9]*\) outcomes.*/\1/p' "$log" | tail -1)
  sizes_mb=$(du -sm "$out" | cut -f1)
  rm -rf "$out" "$log"
  wall[$n]=$elapsed

  ratio="-"
  identical="-"
  loop="-"
  if [[ ${SKIP_COMPARE:-0} != 1 && $n -le ${COMPARE_MAX:-1000000} ]]; then
    echo "Comparing the engine with the hand-written loop at $n projects" >&2
    # Best of several runs: at 10,000 projects a run takes a fraction of a second, and one collection or compilation
    # within it once moved the ratio from about 1 to 3.4 (best of two).
    repeat=2
    [[ $n -lt 100000 ]] && repeat=5
    [[ $n -ge 1000000 ]] && repeat=1
    line=$(dotnet "$bench" compare "$data" --as-of "$as_of" --repeat "$repeat")
    echo "  $line" >&2
    ratio=$(sed -n 's/.* ratio=\([^ ]*\).*/\1/p' <<<"$line")
    identical=$(sed -n 's/.* identical=\([^ ]*\).*/\1/p' <<<"$line")
    loop=$(sed -n 's/.* loop_s=\([^ ]*\).*/\1/p' <<<"$line")
  fi

  rows+=("$(printf '| %9s | %8s | %8s | %7s | %8s | %11s | %10s | %15s | %9s | %6s |' \
    "$n" "$elapsed" "$cpu" "$steal" "$((rss_kb / 1024))" "$outcomes" "$sizes_mb" "$ratio" "$identical" "$loop")")
done

echo
echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), .NET $(dotnet --version), $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg), $build build"
echo
echo "|         N |   wall s |    cpu s | steal % |   RSS MB |    outcomes | outputs MB | eval / loop (x) | identical | loop s |"
echo "|----------:|---------:|---------:|--------:|---------:|------------:|-----------:|----------------:|:---------:|-------:|"
printf '%s\n' "${rows[@]}"
for pair in "10000 100000" "100000 1000000"; do
  read -r small large <<<"$pair"
  if [[ -n ${wall[$small]:-} && -n ${wall[$large]:-} ]]; then
    echo "Wall time $large / $small: $(awk -v a="${wall[$large]}" -v b="${wall[$small]}" 'BEGIN { printf "%.1f", a / b }')"
  fi
done
