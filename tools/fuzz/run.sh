#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 60), seeded from corpus/ and the rule files, with a fixed random seed so
# that a run explores the same inputs first; fails on any crash, leak, timeout or sanitizer report. Usage: tools/fuzz/run.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=${1:?build directory with -DCONVLINT_FUZZ=ON}
seconds=${2:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/document" "$work/inline" "$work/rules" "$work/pdf_layout"
cp "$top"/corpus/*.txt "$top"/corpus/*.md "$work/document/"
# Word versions of the corpus, when the test run made them (PDFs are left out: poppler is not ours to fuzz).
cp "$build"/document-fixtures/*.docx "$work/document/" 2>/dev/null || true
cp "$top"/corpus/*.txt "$work/inline/"
cp "$top"/rules/*.yaml "$work/rules/"
for target in document inline rules pdf_layout; do
  echo "== fuzz_$target for ${seconds}s"
  "$build/tools/fuzz/fuzz_$target" -seed=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 "$work/$target" 2>&1 | tail -n 12
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz_$target failed"; exit 1; }
done
