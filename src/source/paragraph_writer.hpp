#pragma once
// What the Word (DOCX) and OpenDocument (ODT) readers share: a word processor's paragraphs written as the lines of a
// typed convention, footnotes placed after the block that calls them, and a bound on how deep the XML may nest.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "source/extracted_text.hpp"

namespace convlint::source {

class ParagraphWriter {
 public:
  // Whether the XML nested deeper than a document can (an attack on the stack): its text was not all read.
  bool too_deep() const { return too_deep_; }

 protected:
  // Tabs and line breaks inside a table cell or a footnote would cut its line: they become spaces.
  static std::string on_one_line(std::string text) {
    for (char& c : text)
      if (c == '\t' || c == '\n') c = ' ';
    return text;
  }

  // The next paragraph: its lines (a line break inside it starts one), then a blank line; a blank line alone when
  // it is empty.
  void write_paragraph(std::string_view text) {
    ++paragraph_number_;
    if (text.empty()) return out_.add_blank(paragraph_number_);
    for (size_t start = 0; start <= text.size();) {
      const size_t end = std::min(text.find('\n', start), text.size());
      out_.add_line(text.substr(start, end - start), paragraph_number_);
      start = end + 1;
    }
    out_.add_blank(paragraph_number_);
  }

  // The notes called since the last block, each a paragraph of its own.
  void add_pending_notes() {
    for (const std::string& note : pending_notes_) {
      out_.add_blank(paragraph_number_);
      out_.add_line(note, paragraph_number_);
      out_.add_blank(paragraph_number_);
    }
    pending_notes_.clear();
  }

  // Held while an element is read: past max_depth levels, too_deep() is set and the readers stop going down.
  struct Descent {
    explicit Descent(ParagraphWriter& writer) : writer_(writer) {
      if (++writer_.depth_ > max_depth) writer_.too_deep_ = true;
    }
    Descent(const Descent&) = delete;
    Descent& operator=(const Descent&) = delete;
    ~Descent() { --writer_.depth_; }
    ParagraphWriter& writer_;
  };
  bool stopped() const { return too_deep_; }

  ExtractedText out_;
  uint32_t paragraph_number_ = 0;
  std::vector<std::string> pending_notes_;

 private:
  static constexpr int max_depth = 256;
  int depth_ = 0;
  bool too_deep_ = false;
};

}  // namespace convlint::source
