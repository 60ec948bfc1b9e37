#!/usr/bin/env bash
# Run every benchmark (each measures vnterm and its peer in the same run and prints the ratio).
# Peers with their own install (pyvi, textlint + prh) are set up on first use under bench/.peers/.
# Expect 20-30 minutes on 2 cores; run one script alone to measure one area.
set -uo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[ -x bench/.peers/pyvi/bin/python ] || bash bench/peers/pyvi.sh || echo "pyvi peer unavailable: bench_segment reports it as missing"
[ -d bench/.peers/textlint/node_modules ] || bash bench/peers/textlint.sh || echo "textlint peer unavailable"
status=0
for script in matcher lookup segment check score align translate extract audit; do
  printf '\n==== bench/bench_%s.py ====\n' "$script"
  $py "bench/bench_$script.py" || status=1
done
exit $status
