#!/usr/bin/env bash
# Install the pyvi word segmenter (a peer for bench/bench_segment.py) into bench/.peers/pyvi,
# a virtual environment of its own (pyvi pulls scikit-learn; about 330 MB). Re-running is a no-op.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
venv="$here/.peers/pyvi"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import pyvi" 2>/dev/null; then
  echo "pyvi already installed in $venv"
  exit 0
fi
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet pyvi
"$venv/bin/python" -c "from pyvi import ViTokenizer; print(ViTokenizer.tokenize('Thứ trưởng Bộ Ngoại giao Ngô Lê Văn'))"
echo "pyvi installed in $venv"
