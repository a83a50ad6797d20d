#!/usr/bin/env bash
# Score the question sets on keyword-only indexes built from scratch:
#   dev:        seeds + ../shared/eval/corpus, questions ../shared/eval/{questions,seeds-questions}.jsonl
#   robustness: seeds + ../shared/eval/corpus + eval/robustness/corpus, eval/robustness/questions.jsonl
# usage: bash scripts/eval-all.sh [OUT_DIR]   (prints one summary per set; JSON results in OUT_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/eval-all}
shared=../shared/eval
rm -rf "$out"; mkdir -p "$out/dev-src" "$out/rob-src"
cp seeds/* "$out/dev-src/"; cp "$shared"/corpus/* "$out/dev-src/"
cp "$out"/dev-src/* "$out/rob-src/"
[ -d eval/robustness/corpus ] && cp eval/robustness/corpus/* "$out/rob-src/"
export LOG_LEVEL=silent HF_HUB_OFFLINE=1
npm run -s index -- --source "$out/dev-src" --out "$out/dev-idx" --keyword-only >/dev/null
npm run -s index -- --source "$out/rob-src" --out "$out/rob-idx" --keyword-only >/dev/null
run() { # name index questions
  npm run -s eval -- --index "$2" --questions "$3" --json > "$out/$1.json" 2>/dev/null || true
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));const s=r.summary??r;console.log(process.argv[2].padEnd(12), JSON.stringify({correct:s.correct,total:s.total,accuracy:s.accuracy,noneAnswered:s.noneAnswered,p95:s.p95Ms??s.p95}))' "$out/$1.json" "$1"
}
run dev "$out/dev-idx" "$shared/questions.jsonl"
run seeds "$out/dev-idx" "$shared/seeds-questions.jsonl"
[ -f eval/robustness/questions.jsonl ] && run robustness "$out/rob-idx" eval/robustness/questions.jsonl
exit 0
