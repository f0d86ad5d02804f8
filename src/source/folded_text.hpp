#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace convlint::source {

// A lowercase, accent-free view of a UTF-8 text for case- and accent-insensitive matching, with the byte offset in
// the original of every folded byte. « É » → "e", « œ » → "oe", ’ → ', « » “ ” → ", no-break spaces → ' '.
class FoldedText {
 public:
  // Line breaks read as spaces fold a whole document the way its paragraphs (document::Text) read.
  enum class LineBreaks { keep, as_spaces };

  FoldedText() = default;
  // Borrows `original`, which must outlive it (see the ownership rule in document/text_fold.hpp); owns its folding.
  explicit FoldedText(std::string_view original, LineBreaks line_breaks = LineBreaks::keep);
  template <typename Temporary>
    requires std::same_as<Temporary, std::string>
  explicit FoldedText(Temporary&&, LineBreaks = LineBreaks::keep) = delete;

  const std::string& str() const { return folded_; }
  std::string_view view() const { return folded_; }

  // Original byte offset of folded byte `at` (at == size() maps to the end of the original).
  uint32_t original_offset(uint32_t at) const;
  // First folded byte that comes from original byte `original` or later.
  uint32_t folded_offset(uint32_t original) const;
  // Original byte range of folded bytes [begin, end).
  std::pair<uint32_t, uint32_t> original_range(uint32_t begin, uint32_t end) const;

  // Where the last lookup of a reader stood, so that lookups of nearby offsets (the words of one paragraph, in
  // order) start there instead of searching all the runs.
  struct Cursor {
    size_t run = static_cast<size_t>(-1);  // none yet
  };
  std::pair<uint32_t, uint32_t> original_range(uint32_t begin, uint32_t end, Cursor& cursor) const;

 private:
  // Where a run of folded bytes that map one to one onto original bytes starts. Only non-ASCII code points break
  // runs, so a French text has a few hundred runs where it has thousands of bytes.
  struct Run {
    uint32_t folded;
    uint32_t original;
  };
  // Records that folded byte `folded` comes from original byte `original`, starting a run if it does not continue
  // the last one.
  void map(uint32_t folded, uint32_t original) {
    if (runs_.empty() || original != runs_.back().original + (folded - runs_.back().folded))
      runs_.push_back({folded, original});
  }

  uint32_t original_offset(uint32_t at, Cursor& cursor) const;

  std::string_view original_;
  std::string folded_;
  std::vector<Run> runs_;
  uint32_t original_size_ = 0;
};

// Folds a string without keeping offsets.
std::string fold(std::string_view original);

}  // namespace convlint::source
