#!/usr/bin/env bash
# Runs every fuzz target in turn, SECONDS in all (default 60) shared evenly, with a fixed random seed so that a run
# explores the same inputs first; fails on any crash, leak, timeout (10 s per input) or memory past 2 GiB per input.
# Each target's corpus is tools/fuzz/corpus/TARGET (new inputs that reach new code are kept there), plus seeds made
# here from corpus/, the rule files and the document fixtures of the test run.
# Usage: tools/fuzz/run.sh BUILD_DIR [SECONDS]      (make fuzz FUZZ_SECONDS=3600: an hour)
set -euo pipefail
build=${1:?build directory with -DCONVLINT_FUZZ=ON}
seconds=${2:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
targets=(document inline rules pdf_layout docx archive config)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do mkdir -p "$work/$target" "$top/tools/fuzz/corpus/$target"; done
cp "$top"/corpus/*.txt "$top"/corpus/*.md "$work/document/"
# Word versions of the corpus, when the test run made them (PDFs are left out: poppler is not ours to fuzz).
cp "$build"/document-fixtures/*.docx "$work/document/" 2>/dev/null || true
cp "$top"/corpus/*.txt "$work/inline/"
cp "$top"/rules/*.yaml "$work/rules/"
# The XML parts of those Word documents, as fuzz_docx reads them (document, numbering, footnotes, styles; NUL between).
python3 - "$work/docx" "$build"/document-fixtures/*.docx <<'PYTHON' 2>/dev/null || true
import sys, zipfile, os
out = sys.argv[1]
for path in sys.argv[2:]:
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        parts = [package.read(n) if n in names else b"" for n in
                 ("word/document.xml", "word/numbering.xml", "word/footnotes.xml", "word/styles.xml")]
    with open(os.path.join(out, os.path.basename(path)), "wb") as seed:
        seed.write(b"\0".join(parts))
PYTHON
each=$(( seconds / ${#targets[@]} > 0 ? seconds / ${#targets[@]} : 1 ))
for target in "${targets[@]}"; do
  echo "== fuzz_$target for ${each}s"
  "$build/tools/fuzz/fuzz_$target" -seed=1 -max_total_time="$each" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 "$top/tools/fuzz/corpus/$target" "$work/$target" 2>&1 | tail -n 12
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz_$target failed"; exit 1; }
done
