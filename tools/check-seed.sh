#!/usr/bin/env bash
# Extracts an article (default: the shared seed article) and checks that issue 3's required facts are there.
# Usage: tools/check-seed.sh [ARTICLE]   (run from the repository root; exit 1 when a fact is missing)
set -euo pipefail
article="${1:-../shared/seeds/000_865ebd4def421461.txt}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project src/KGraph.Cli -- extract "$article" --out "$out" >/dev/null
yaml="$(ls "$out"/*.yaml)"
missing=0
check() {
  if grep -Eq "$2" "$yaml"; then echo "ok       $1"; else echo "MISSING  $1"; missing=1; fi
}
check "xAI DEVELOPED Grok-1"                 "id: xai\.developed\.grok-1"
check "Musk FOUNDED or OWNS xAI"             "id: elon-musk\.(founded|owns)\.xai"
check "Musk SUED OpenAI"                     "id: elon-musk\.sued\.openai"
check "Musk SUED Sam Altman"                 "id: elon-musk\.sued\.sam-altman"
check "Sam Altman LEADS OpenAI (CEO)"        "id: sam-altman\.leads\.openai"
check "Sutskever WORKS_AT OpenAI"            "id: ilya-sutskever\.works_at\.openai"
check "Musk RECRUITED Sutskever"             "id: elon-musk\.recruited\.ilya-sutskever"
check "Musk INVESTED_IN OpenAI"              "id: elon-musk\.invested_in\.openai"
check "  amount 44 million USD"              "amount: 44000000, currency: USD"
check "Musk LEFT OpenAI"                     "id: elon-musk\.left\.openai"
check "Amodei FOUNDED Claude or Anthropic"   "id: dario-amodei\.founded\.(claude|anthropic)"
check "Amodei LEFT OpenAI"                   "id: dario-amodei\.left\.openai"
check "Grok-1 parameters 314000000000"       "parameters: 314000000000"
exit $missing
