#include "source/text_edit.hpp"

#include <unicode/ucnv.h>

#include <algorithm>

namespace convlint::source {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// The ICU name of an encoding that is not ASCII-compatible UTF-8.
const char* codepage(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
    case Encoding::windows1252: return "windows-1252";
    case Encoding::utf8:
    case Encoding::utf8_bom: return nullptr;
  }
  return nullptr;
}

bool convert(std::string_view in, const char* from, const char* to, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const auto length = static_cast<int32_t>(in.size());
  const int32_t needed = ucnv_convert(to, from, nullptr, 0, in.data(), length, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return false;
  status = U_ZERO_ERROR;
  out.assign(static_cast<size_t>(needed), '\0');
  ucnv_convert(to, from, out.data(), needed, in.data(), length, &status);
  return U_SUCCESS(status);
}

// Where each line of a text starts and how it ends (CRLF, CR or LF, as the original file has them).
struct Lines {
  explicit Lines(std::string_view text, size_t first) {
    starts.push_back(first);
    for (size_t at = first; at < text.size(); ++at) {
      if (text[at] != '\n' && text[at] != '\r') continue;
      const size_t length = text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n' ? 2 : 1;
      breaks.push_back(text.substr(at, length));
      at += length - 1;
      starts.push_back(at + 1);
    }
    ends.reserve(starts.size());
    for (size_t line = 0; line < starts.size(); ++line)
      ends.push_back(line < breaks.size() ? starts[line + 1] - breaks[line].size() : text.size());
  }

  // The byte at `position`; npos when the file has no such place.
  size_t offset(std::string_view text, Position position) const {
    if (position.line == 0 || position.line > starts.size()) return std::string_view::npos;
    size_t at = starts[position.line - 1];
    const size_t end = ends[position.line - 1];
    for (uint32_t column = 1; column < position.column; ++column) {
      if (at >= end) return std::string_view::npos;
      ++at;
      while (at < end && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
  }

  std::vector<size_t> starts, ends;
  std::vector<std::string_view> breaks;
};

struct Change {
  size_t begin, end;
  std::string text;
};

}  // namespace

EditedText edit_text(std::string_view bytes, Encoding encoding, std::vector<TextEdit> edits) {
  EditedText result;
  const char* foreign = codepage(encoding);
  std::string text;
  if (foreign == nullptr) text.assign(bytes);
  else if (!convert(bytes, foreign, "UTF-8", text)) return {std::string(bytes), 0, std::string(foreign) + " ?"};
  const Lines lines(text, text.starts_with(byte_order_mark) ? byte_order_mark.size() : 0);
  std::vector<Change> changes;
  for (const TextEdit& edit : edits) {
    if (edit.own_paragraph) {
      const uint32_t line = edit.begin.line;
      if (line == 0 || line > lines.starts.size()) continue;
      const std::string_view line_break = line <= lines.breaks.size() ? lines.breaks[line - 1]
                                          : lines.breaks.empty()       ? std::string_view("\n")
                                                                       : lines.breaks.front();
      const bool blank_after = line < lines.starts.size() && lines.ends[line] == lines.starts[line];
      std::string inserted(line_break);
      if (blank_after) inserted += line_break;
      changes.push_back({lines.ends[line - 1], lines.ends[line - 1], inserted + edit.replacement});
      continue;
    }
    const size_t begin = lines.offset(text, edit.begin), end = lines.offset(text, edit.end);
    if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) continue;
    changes.push_back({begin, end, edit.replacement});
  }
  std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.begin < b.begin; });
  std::vector<Change> kept;
  for (Change& change : changes) {
    if (!kept.empty() && change.begin < kept.back().end) continue;
    kept.push_back(std::move(change));
  }
  for (auto change = kept.rbegin(); change != kept.rend(); ++change) text.replace(change->begin, change->end - change->begin, change->text);
  result.applied = kept.size();
  if (foreign == nullptr) {
    result.bytes = std::move(text);
    return result;
  }
  // What the file's encoding cannot hold would come back as a substitute: such edits are not made at all.
  std::string back;
  if (!convert(text, "UTF-8", foreign, result.bytes) || !convert(result.bytes, foreign, "UTF-8", back) || back != text)
    return {std::string(bytes), 0, foreign};
  return result;
}

}  // namespace convlint::source
