#include "source/folded_text.hpp"

#include "source/byte_blocks.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace convlint::source {

namespace {

char fold_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Folded form of one code point, appended to `out`, worked out with ICU.
void fold_with_icu(UChar32 c, std::string& out) {
  if (c < 0x80) {
    out += fold_ascii(static_cast<char>(c));
    return;
  }
  switch (c) {
    case 0x00A0: case 0x202F: case 0x2007: case 0x2009: out += ' '; return;
    case 0x2019: case 0x2018: case 0x2032: out += '\''; return;
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: out += '"'; return;
    case 0x2013: case 0x2014: case 0x2212: out += '-'; return;
    case 0x0153: case 0x0152: out += "oe"; return;
    case 0x00E6: case 0x00C6: out += "ae"; return;
    case 0x00DF: out += "ss"; return;
    default: break;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  UChar32 base = u_tolower(c);
  if (nfd != nullptr) {
    icu::UnicodeString decomposition;
    if (nfd->getDecomposition(base, decomposition) && decomposition.length() > 0) base = decomposition.char32At(0);
  }
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, base, error);
  if (error) out += '?';
  else out.append(buffer, static_cast<size_t>(length));
}

// The folded forms of U+0000–U+02FF (the Latin letters of French texts), worked out once.
constexpr UChar32 cached_code_points = 0x300;
const std::array<std::string, cached_code_points>& latin_folds() {
  static const std::array<std::string, cached_code_points> folds = [] {
    std::array<std::string, cached_code_points> table;
    for (UChar32 c = 0; c < cached_code_points; ++c) fold_with_icu(c, table[static_cast<size_t>(c)]);
    return table;
  }();
  return folds;
}

void fold_code_point(UChar32 c, std::string& out) {
  if (c < cached_code_points) out += latin_folds()[static_cast<size_t>(c)];
  else fold_with_icu(c, out);
}

// « \' », « \. », « \- »: the backslash a markdown export puts before punctuation it must not read as markup.
bool escapes_punctuation(const uint8_t* data, int32_t i, int32_t length) {
  constexpr std::string_view punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  return data[i] == '\\' && i + 1 < length && punctuation.find(static_cast<char>(data[i + 1])) != std::string_view::npos;
}

// Calls `emit(folded bytes, original offset)` for every code point of `original`, ASCII without decoding.
template <class Emit>
void fold_each(std::string_view original, std::string& folded, Emit&& emit, bool skip_escapes = false) {
  const auto* data = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  for (int32_t i = 0; i < length;) {
    const auto start = static_cast<uint32_t>(i);
    const size_t before = folded.size();
    if (skip_escapes && escapes_punctuation(data, i, length)) {
      ++i;
    } else if (data[i] < 0x80) {
      folded += fold_ascii(static_cast<char>(data[i]));
      ++i;
    } else {
      UChar32 c;
      U8_NEXT(data, i, length, c);
      fold_code_point(c < 0 ? 0xFFFD : c, folded);
    }
    emit(folded.size() - before, start);
  }
}

}  // namespace

// Lowercases the ASCII bytes among 8 at once and writes all 8 (other bytes unchanged); returns how many of them,
// from the first, are ASCII.
size_t fold_ascii_block(const uint8_t* in, char* out) {
  using blocks::high_bits;
  const uint64_t block = blocks::load8(in);
  const uint64_t low = block & ~high_bits;                   // no byte above 0x7F: the sums below never carry
  const uint64_t at_least_a = low + 0x3F3F3F3F3F3F3F3Full;   // high bit set where the byte is >= 'A'
  const uint64_t beyond_z = low + 0x2525252525252525ull;     // high bit set where the byte is > 'Z'
  const uint64_t folded = block | ((at_least_a & ~beyond_z & ~block & high_bits) >> 2);  // + 0x20 on ASCII A–Z
  std::memcpy(out, &folded, 8);
  return blocks::head_before(block & high_bits);
}

FoldedText::FoldedText(std::string_view original, LineBreaks line_breaks) : original_(original), original_size_(static_cast<uint32_t>(original.size())) {
  // Written in place: folding keeps ASCII byte for byte, and rarely changes the length of anything else.
  folded_.resize(original.size());
  size_t out = 0;
  const auto& cached = latin_folds();
  std::string scratch;
  const auto* data = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  // A markdown export's backslashes (rare) are left out, each code point mapped on its own.
  if (original.find('\\') != std::string_view::npos) {
    folded_.clear();
    fold_each(original, folded_, [&](size_t bytes, uint32_t from) {
      for (size_t byte = folded_.size() - bytes; byte < folded_.size(); ++byte) map(static_cast<uint32_t>(byte), from);
    }, true);
    if (line_breaks == LineBreaks::as_spaces) std::replace(folded_.begin(), folded_.end(), '\n', ' ');
    return;
  }
  for (int32_t i = 0; i < length;) {
    if (data[i] < 0x80) {
      map(static_cast<uint32_t>(out), static_cast<uint32_t>(i));
      // All 8 bytes of a block are written; those past its ASCII head are written again after the loop.
      for (size_t ascii = 8; ascii == 8 && i + 8 <= length && out + 8 <= folded_.size();) {
        ascii = fold_ascii_block(data + i, folded_.data() + out);
        out += ascii;
        i += static_cast<int32_t>(ascii);
      }
      while (i < length && data[i] < 0x80) folded_[out++] = fold_ascii(static_cast<char>(data[i++]));
      continue;
    }
    const auto start = static_cast<uint32_t>(i);
    UChar32 c;
    U8_NEXT(data, i, length, c);
    const std::string* fold = &scratch;
    if (c >= 0 && c < cached_code_points) {
      fold = &cached[static_cast<size_t>(c)];
    } else {
      scratch.clear();
      fold_with_icu(c < 0 ? 0xFFFD : c, scratch);
    }
    if (out + fold->size() > folded_.size()) folded_.resize(2 * folded_.size() + fold->size());
    for (const char byte : *fold) {
      map(static_cast<uint32_t>(out), start);
      folded_[out++] = byte;
    }
  }
  folded_.resize(out);
  if (line_breaks == LineBreaks::as_spaces) {
    for (char* at = folded_.data(); (at = static_cast<char*>(std::memchr(at, '\n', folded_.data() + out - at)));) *at = ' ';
  }
}

uint32_t FoldedText::original_offset(uint32_t at) const {
  if (at >= folded_.size()) return original_size_;
  const auto after = std::upper_bound(runs_.begin(), runs_.end(), at,
                                      [](uint32_t folded, const Run& r) { return folded < r.folded; });
  const auto run = after - 1;
  return run->original + (at - run->folded);
}

std::pair<uint32_t, uint32_t> FoldedText::original_range(uint32_t begin, uint32_t end) const {
  if (end <= begin) return {original_offset(begin), original_offset(begin)};
  if (end > folded_.size()) return {original_offset(begin), original_size_};
  // The range ends after the whole code point its last folded byte comes from.
  uint32_t last = original_offset(end - 1) + 1;
  while (last < original_size_ && (static_cast<unsigned char>(original_[last]) & 0xC0) == 0x80) ++last;
  return {original_offset(begin), last};
}

uint32_t FoldedText::original_offset(uint32_t at, Cursor& cursor) const {
  if (at >= folded_.size() || runs_.empty()) return original_size_;
  size_t run = cursor.run;
  constexpr size_t nearby = 4;  // runs a lookup steps over before it searches them all
  for (size_t step = 0; run < runs_.size() && step < nearby && run + 1 < runs_.size() && runs_[run + 1].folded <= at; ++step) ++run;
  const bool holds = run < runs_.size() && runs_[run].folded <= at && (run + 1 == runs_.size() || runs_[run + 1].folded > at);
  if (!holds) {
    run = static_cast<size_t>(std::upper_bound(runs_.begin(), runs_.end(), at, [](uint32_t folded, const Run& r) { return folded < r.folded; }) -
                              runs_.begin() - 1);
  }
  cursor.run = run;
  return runs_[run].original + (at - runs_[run].folded);
}

std::pair<uint32_t, uint32_t> FoldedText::original_range(uint32_t begin, uint32_t end, Cursor& cursor) const {
  if (end <= begin || end > folded_.size()) return original_range(begin, end);
  // The cursor only steps forward: `begin` first.
  const uint32_t first = original_offset(begin, cursor);
  uint32_t last = original_offset(end - 1, cursor) + 1;
  while (last < original_size_ && (static_cast<unsigned char>(original_[last]) & 0xC0) == 0x80) ++last;
  return {first, last};
}

uint32_t FoldedText::folded_offset(uint32_t original) const {
  // The first run starting at `original` or later; the run before it may hold `original` itself.
  const auto next = std::lower_bound(runs_.begin(), runs_.end(), original,
                                     [](const Run& r, uint32_t o) { return r.original < o; });
  const uint32_t next_start = next == runs_.end() ? static_cast<uint32_t>(folded_.size()) : next->folded;
  if (next == runs_.begin()) return next_start;
  const Run& before = *(next - 1);
  return std::min(before.folded + (original - before.original), next_start);
}

std::string fold(std::string_view original) {
  std::string folded;
  folded.reserve(original.size());
  fold_each(original, folded, [](size_t, uint32_t) {});
  return folded;
}

}  // namespace convlint::source
