#include "source/decode.hpp"

#include "source/byte_blocks.hpp"
#include "source/utf8_sequences.hpp"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

namespace convlint::source {

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "utf-8";
    case Encoding::utf8_bom: return "utf-8-bom";
    case Encoding::utf16le: return "utf-16le";
    case Encoding::utf16be: return "utf-16be";
    case Encoding::windows1252: return "windows-1252";
  }
  return "?";
}

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// Converts `bytes` from `codepage` straight to UTF-8; what the codepage cannot map becomes U+FFFD or U+001A, as
// ICU substitutes by default.
Expected<std::string, InputError> from_codepage(std::string_view bytes, const char* codepage) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(codepage, &status), &ucnv_close);
  // A byte of these codepages never gives more than 3 bytes of UTF-8 (a UTF-16 pair of bytes neither).
  std::string utf8(3 * bytes.size() + 1, '\0');
  const int32_t length =
      ucnv_toAlgorithmic(UCNV_UTF8, converter.get(), utf8.data(), static_cast<int32_t>(utf8.size()), bytes.data(),
                         static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status))  // only when ICU lacks the converter: the bound above leaves room for any input
    return InputError{InputErrorKind::undecodable, std::string(codepage) + ": " + u_errorName(status)};
  utf8.resize(static_cast<size_t>(length));
  return utf8;
}

// UTF-16 without BOM shows as NUL bytes at every other position of mostly-ASCII text.
std::optional<Encoding> guess_utf16_without_bom(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.size() % 2 != 0 || bytes.find('\0') == std::string_view::npos) return std::nullopt;
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < bytes.size(); i += 2) {
    even_nul += bytes[i] == '\0';
    odd_nul += bytes[i + 1] == '\0';
  }
  const size_t pairs = bytes.size() / 2;
  if (odd_nul * 10 >= pairs * 9 && even_nul * 10 < pairs) return Encoding::utf16le;
  if (even_nul * 10 >= pairs * 9 && odd_nul * 10 < pairs) return Encoding::utf16be;
  return std::nullopt;
}

using blocks::load8;

// How many of the 8 bytes at `bytes` come before a control character (below 0x20).
size_t head_without_control(const char* bytes) { return blocks::head_before(blocks::bytes_below(load8(bytes), 0x20)); }

// How many of the 8 bytes at `bytes` are ASCII, from the first.
size_t ascii_head(const char* bytes) { return blocks::head_before(load8(bytes) & blocks::high_bits); }

bool looks_binary(std::string_view bytes) {
  if (bytes.find('\0') != std::string_view::npos) return true;
  size_t controls = 0;
  for (size_t i = 0; i < bytes.size();) {
    if (i + 8 <= bytes.size()) {
      if (const size_t plain = head_without_control(bytes.data() + i)) {
        i += plain;
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(bytes[i++]);
    controls += byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != 0x1B;
  }
  return controls * 100 > bytes.size();
}

// Code points that have no NFC change and never combine: ASCII, the Latin letters U+0080–U+02FF, the punctuation
// U+2002–U+20BF (quotes, dashes, narrow no-break space, €).
bool is_plainly_nfc(UChar32 c) { return c < 0x300 || (c >= 0x2002 && c <= 0x20BF); }

struct Utf8Scan {
  size_t invalid = 0;
  size_t multibyte = 0;
  bool plainly_nfc = true;  // every code point is
};

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    if (data[i] < 0x80) {
      i += i + 8 <= length ? static_cast<int32_t>(ascii_head(bytes.data() + i)) : 1;
      continue;
    }
    if (data[i] >= 0xC2 && data[i] <= 0xDF && i + 1 < length && (data[i + 1] & 0xC0) == 0x80) {  // « é », « à »…
      scan.plainly_nfc = scan.plainly_nfc && data[i] <= 0xCB;
      i += 2;
      ++scan.multibyte;
      continue;
    }
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) ++scan.invalid;
    else ++scan.multibyte;
    scan.plainly_nfc = scan.plainly_nfc && c >= 0 && is_plainly_nfc(c);
  }
  return scan;
}

// Keeps valid UTF-8 and turns each invalid sequence into U+FFFD.
std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for_each_utf8_sequence(
      bytes, [&](std::string_view sequence) { out += sequence; }, [&](std::string_view) { out += replacement_character; });
  return out;
}

struct Decoded {
  std::string utf8;
  Encoding encoding;
  bool plainly_nfc;  // needs no normalisation
};

// Text converted or repaired into UTF-8, checked in one pass like UTF-8 that came valid.
Expected<Decoded, InputError> converted(Expected<std::string, InputError> utf8, Encoding encoding) {
  if (!utf8) return utf8.error();
  const bool plainly_nfc = scan_utf8(*utf8).plainly_nfc;
  return Decoded{std::move(*utf8), encoding, plainly_nfc};
}

Expected<Decoded, InputError> to_utf8(std::string_view bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) return converted(repair_utf8(bytes.substr(3)), Encoding::utf8_bom);
  if (starts_with(bytes, "\xFF\xFE")) return converted(from_codepage(bytes.substr(2), "UTF-16LE"), Encoding::utf16le);
  if (starts_with(bytes, "\xFE\xFF")) return converted(from_codepage(bytes.substr(2), "UTF-16BE"), Encoding::utf16be);
  if (auto utf16 = guess_utf16_without_bom(bytes)) {
    const char* codepage = *utf16 == Encoding::utf16le ? "UTF-16LE" : "UTF-16BE";
    return converted(from_codepage(bytes, codepage), *utf16);
  }
  if (looks_binary(bytes)) return InputError{InputErrorKind::binary, {}};
  const Utf8Scan scan = scan_utf8(bytes);
  if (scan.invalid == 0) return Decoded{std::string(bytes), Encoding::utf8, scan.plainly_nfc};
  if (scan.multibyte > scan.invalid) return converted(repair_utf8(bytes), Encoding::utf8);
  return converted(from_codepage(bytes, "windows-1252"), Encoding::windows1252);
}

// Where lines end: the next CR or LF from a position on, each found by memchr and kept until passed.
class LineEnds {
 public:
  explicit LineEnds(std::string_view text)
      : text_(text), next_lf_(std::min(text.find('\n'), text.size())), next_cr_(std::min(text.find('\r'), text.size())) {}

  size_t after(size_t begin) {
    if (next_lf_ < begin) next_lf_ = std::min(text_.find('\n', begin), text_.size());
    if (next_cr_ < begin) next_cr_ = std::min(text_.find('\r', begin), text_.size());
    return std::min(next_lf_, next_cr_);
  }

 private:
  std::string_view text_;
  size_t next_lf_, next_cr_;
};

// Appends the NFC form of `line` and records, for each normalised code point, its original column.
void append_normalised_line(const icu::Normalizer2& nfc, std::string_view line, uint32_t line_index,
                            SourceText& out) {
  std::vector<uint32_t> columns;
  const auto* data = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  uint32_t column = 0;
  icu::UnicodeString segment;
  uint32_t segment_column = 0;
  uint32_t segment_length = 0;
  auto flush = [&] {
    if (segment.isEmpty()) return;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalised = nfc.normalize(segment, status);
    if (U_FAILURE(status)) normalised = segment;
    const int32_t produced = normalised.countChar32();
    for (int32_t k = 0; k < produced; ++k)
      columns.push_back(segment_column + std::min<uint32_t>(static_cast<uint32_t>(k), segment_length - 1));
    normalised.toUTF8String(out.text);
    segment.remove();
    segment_length = 0;
  };
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (nfc.hasBoundaryBefore(c)) {
      flush();
      segment_column = column;
    }
    segment.append(c);
    ++segment_length;
    ++column;
  }
  flush();
  out.lines.remap_line(line_index, std::move(columns));
}

void normalise(std::string_view utf8, bool plainly_nfc, SourceText& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  out.text.reserve(utf8.size());
  LineEnds line_ends(utf8);
  size_t begin = 0;
  uint32_t line_index = 0;
  while (true) {
    const size_t end = line_ends.after(begin);
    const std::string_view line = utf8.substr(begin, end - begin);
    out.lines.add_line(static_cast<uint32_t>(out.text.size()));
    UErrorCode check = U_ZERO_ERROR;
    if (nfc == nullptr || plainly_nfc || nfc->isNormalizedUTF8(line, check)) out.text.append(line);
    else append_normalised_line(*nfc, line, line_index, out);
    if (end == utf8.size()) break;
    out.text += '\n';
    begin = end + 1;
    if (utf8[end] == '\r' && begin < utf8.size() && utf8[begin] == '\n') ++begin;
    ++line_index;
  }
}

}  // namespace

Expected<SourceText, InputError> decode(std::string path, std::string_view bytes, uint64_t max_size) {
  if (bytes.size() > max_size)
    return InputError{InputErrorKind::too_large, std::to_string(bytes.size()) + " > " + std::to_string(max_size)};
  if (bytes.empty()) return InputError{InputErrorKind::empty, {}};
  auto decoded = to_utf8(bytes);
  if (!decoded) return decoded.error();
  if (decoded->utf8.find('\0') != std::string::npos) return InputError{InputErrorKind::binary, {}};
  if (starts_with(decoded->utf8, "\xEF\xBB\xBF")) decoded->utf8.erase(0, 3);

  SourceText source;
  source.path = std::move(path);
  source.encoding = decoded->encoding;
  normalise(decoded->utf8, decoded->plainly_nfc, source);
  for (size_t at = source.text.find(replacement_character); at != std::string::npos;
       at = source.text.find(replacement_character, at + 1))
    source.replaced_bytes.push_back(static_cast<uint32_t>(at));
  return source;
}

}  // namespace convlint::source
