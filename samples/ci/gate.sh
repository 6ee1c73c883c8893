#!/usr/bin/env bash
# The PmoAssess governance gate as a plain shell script, for any CI system or a laptop: installs the pmoassess
# dotnet tool unless it is there, assesses a portfolio export under a policy, writes report.md, report.html,
# findings.sarif and junit.xml, and exits with pmoassess's own exit code. See samples/ci/README.md.
#
# Usage: gate.sh DATA [OUT] [ASSESS OPTION]...
#   DATA  the portfolio export: a folder of canonical CSV files or a .json document (default: $PMOASSESS_DATA)
#   OUT   the folder the reports go to (default: $PMOASSESS_OUT, else pmoassess-out)
#   Further options go to 'pmoassess assess' as they are, such as --as-of 2026-09-30 or --baseline baseline.json.
#
# Environment:
#   PMOASSESS_POLICY     the policy file (default: pmoassess.yaml in DATA, when there is one)
#   PMOASSESS_TOOL_PATH  the folder the tool is installed in, and run from (dotnet tool install --tool-path);
#                        installed there when it is not. Default: pmoassess on PATH, else a global install.
#   PMOASSESS_SOURCE     a package source to install from as well, such as the folder of a locally built package
#                        (dotnet pack engine/PmoAssess.Cli -o DIR)
#   PMOASSESS_VERSION    the version to install (default: the latest stable one)
#   PMOASSESS_FORMATS    the report formats (default: md,html,sarif,junit)
set -euo pipefail

usage() {
  sed -n '6,9p' "$0" | sed 's/^# \{0,1\}//' >&2
}

if [[ $# -gt 0 && $1 != -* ]]; then data=$1; shift; else data=${PMOASSESS_DATA:-}; fi
if [[ $# -gt 0 && $1 != -* ]]; then out=$1; shift; else out=${PMOASSESS_OUT:-pmoassess-out}; fi
if [[ -z $data ]]; then
  echo "gate.sh: no portfolio export given." >&2
  usage
  exit 2
fi

install=(PmoAssess)
# A local package installs without the network: an unreachable feed is then no reason to fail.
if [[ -n ${PMOASSESS_SOURCE:-} ]]; then install+=(--add-source "$PMOASSESS_SOURCE" --ignore-failed-sources); fi
if [[ -n ${PMOASSESS_VERSION:-} ]]; then install+=(--version "$PMOASSESS_VERSION"); fi

# Installing prints to stdout; keep stdout for the assessment's summary.
if [[ -n ${PMOASSESS_TOOL_PATH:-} ]]; then
  pmoassess=$PMOASSESS_TOOL_PATH/pmoassess
  if [[ ! -x $pmoassess && ! -x $pmoassess.exe ]]; then
    dotnet tool install "${install[@]}" --tool-path "$PMOASSESS_TOOL_PATH" >&2
  fi
elif command -v pmoassess >/dev/null 2>&1; then
  pmoassess=pmoassess
else
  dotnet tool install --global "${install[@]}" >&2
  pmoassess=$HOME/.dotnet/tools/pmoassess
fi

policy=()
if [[ -n ${PMOASSESS_POLICY:-} ]]; then policy=(--policy "$PMOASSESS_POLICY"); fi

set +e
"$pmoassess" assess "$data" ${policy[@]+"${policy[@]}"} --out "$out" --format "${PMOASSESS_FORMATS:-md,html,sarif,junit}" "$@"
status=$?
set -e

case $status in
  0) echo "gate.sh: the gate passed. Reports: $out" >&2 ;;
  1) echo "gate.sh: the gate FAILED (exit 1); the reasons are above. Reports: $out/report.md, findings.sarif, junit.xml" >&2 ;;
  2) echo "gate.sh: pmoassess was called wrongly (exit 2)." >&2 ;;
  3) echo "gate.sh: the data or configuration is invalid (exit 3); the message above names the file, line and column." >&2 ;;
  4) echo "gate.sh: a plugin failed to load (exit 4)." >&2 ;;
  130) echo "gate.sh: cancelled (exit 130)." >&2 ;;
  *) echo "gate.sh: pmoassess exited $status." >&2 ;;
esac
exit "$status"
