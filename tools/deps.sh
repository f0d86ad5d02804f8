#!/usr/bin/env bash
# Installs the Debian packages convlint needs to build and test. Idempotent: does nothing when all are present.
# python3 runs tools/gen-corpus and the format tests (jsonschema validates SARIF, csv parses CSV, python-docx opens the
# reviewed Word documents); chromium opens the HTML report in a test and prints the PDF fixtures; pandoc makes the DOCX
# fixtures, qpdf a locked PDF;
# LibreOffice (libreoffice-writer-nogui) makes the word-processor DOCX and PDF fixtures, pdftotext (poppler-utils)
# their -layout text; LibreOffice Calc (libreoffice-calc-nogui) reads back the Excel workbooks in a test; pdftoppm
# (poppler-utils) renders the scanned fixtures. Tesseract with its French model reads scanned PDFs and images, its
# orientation model (osd) turns upright the pages scanned sideways.
# valgrind counts instructions in the scaling test.
# Usage: tools/deps.sh [build]   — `build` installs only what building the binary needs (make demo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  tao-pegtl-dev libfmt-dev librange-v3-dev libicu-dev
  libgtest-dev libgmock-dev
  libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libre2-dev libarchive-dev
  libpugixml-dev libpoppler-cpp-dev libmimalloc-dev libxlsxwriter-dev
  libtesseract-dev libleptonica-dev tesseract-ocr-fra tesseract-ocr-osd
)
if [ "${1:-}" != build ]; then
  packages+=(
    python3 python3-jsonschema python3-yaml python3-docx chromium
    clang-14 libclang-rt-14-dev
    pandoc qpdf libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils valgrind
  )
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "convlint: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
