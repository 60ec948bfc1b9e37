#!/usr/bin/env bash
# Install the textlint + textlint-rule-prh peer into bench/.peers/textlint (git-ignored).
# Usage: bash bench/peers/textlint.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/.peers/textlint"
mkdir -p "$dest"
cd "$dest"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund textlint@15 textlint-rule-prh@6
echo "textlint installed in $dest: $(./node_modules/.bin/textlint --version)"
