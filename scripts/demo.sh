#!/usr/bin/env bash
# The main job on bundled data: validate the glossary, look a term up, segment Vietnamese source,
# lint the five seed articles, score two translations of one article. Run by `make demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
vnterm=.venv/bin/vnterm
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1. The bundled glossary is valid"
$vnterm glossary validate glossaries/official
$vnterm glossary stats | sed -n 1,2p

step "2. Look a term up (any spelling, either language)"
$vnterm lookup "two-tiered local government"

step "3. Segment Vietnamese source: words, names, titles, legal references"
$vnterm segment corpora/vi/sample.txt | sed -n 1,5p
$vnterm segment --json - <<<'Thứ trưởng Bộ Ngoại giao Ngô Lê Văn làm việc với Phó Chủ tịch UBND tỉnh Quảng Ninh.' |
  .venv/bin/python -c 'import json,sys
for e in json.loads(sys.stdin.read())["entities"]:
    print("  %-9s %-45s -> %s" % (e["type"], e["text"], e["en"]))'

step "4. Lint the five seed articles (what CI runs on published copy)"
$vnterm check corpora/seeds/*.txt --fail-level none

step "5. Score two translations of one article against each other (sentence-aligned)"
$vnterm score corpora/seeds/004_83d8280c87259e33.txt --ref corpora/seeds/003_e346842bea5cd862.txt --align

step "6. Translate with enforced terms"
if [ -n "${VNTERM_MODEL:-}" ]; then
  $vnterm translate corpora/vi/sample.txt --model "$VNTERM_MODEL" --report /dev/stderr
else
  echo "Set VNTERM_MODEL to a converted OPUS-MT vi→en model directory (see docs/translate.md) to run this step."
fi
