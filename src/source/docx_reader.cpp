#include "source/docx_reader.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <vector>

#include <pugixml.hpp>

#include "source/docx_numbering.hpp"
#include "source/paragraph_writer.hpp"
#include "source/zip_members.hpp"

namespace convlint::source {

namespace {

const std::string document_part = "word/document.xml";
const std::string footnotes_part = "word/footnotes.xml";
const std::string endnotes_part = "word/endnotes.xml";
const std::string numbering_part = "word/numbering.xml";
const std::string styles_part = "word/styles.xml";

bool is_named(pugi::xml_node node, const char* name) { return std::strcmp(node.name(), name) == 0; }

}  // namespace

bool is_hidden_from_reader(pugi::xml_node node) {
  static constexpr const char* hidden[] = {"w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:sectPr", "w:delText",
                                           "w:instrText", "w:del", "w:moveFrom", "mc:Fallback"};
  for (const char* name : hidden)
    if (is_named(node, name)) return true;
  return is_named(node.child("w:rPr").child("w:vanish"), "w:vanish");
}

namespace {

class DocxText : public ParagraphWriter {
 public:
  DocxText(DocxNumbering& numbering, const pugi::xml_document& footnotes, const pugi::xml_document& endnotes)
      : numbering_(numbering), footnotes_(notes(footnotes, "w:footnotes", "w:footnote")),
        endnotes_(notes(endnotes, "w:endnotes", "w:endnote")) {}

  ExtractedText read(pugi::xml_node body) {
    blocks(body);
    return std::move(out_);
  }

  // Keeps the element of each paragraph numbered, in order, in `paragraphs`.
  void record_paragraphs(std::vector<pugi::xml_node>* paragraphs) { paragraphs_ = paragraphs; }

 private:
  void blocks(pugi::xml_node container) {
    const Descent descent(*this);
    if (stopped()) return;
    for (pugi::xml_node child : container.children()) {
      if (is_named(child, "w:p")) paragraph(child);
      else if (is_named(child, "w:tbl")) table(child);
      else if (!is_hidden_from_reader(child)) blocks(child);  // content controls, custom XML, inserted revisions
      if (is_named(child, "w:p") || is_named(child, "w:tbl")) add_pending_notes();
    }
  }

  void paragraph(pugi::xml_node node) {
    if (paragraphs_ != nullptr) paragraphs_->push_back(node);
    write_paragraph(numbering_.next_label(node) + inline_text(node));
  }

  void table(pugi::xml_node node) {
    for (pugi::xml_node row : node.children("w:tr")) {
      const uint32_t first_paragraph = paragraph_number_ + 1;
      std::string line;
      bool first_cell = true;
      for (pugi::xml_node cell : row.children("w:tc")) {
        // Word tables have 63 columns at most; a larger span is a hostile value, not a layout.
        constexpr int widest = 63;
        const int span = std::clamp(cell.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1), 1, widest);
        for (int i = 0; i < span; ++i) {
          if (!first_cell) line += '\t';
          first_cell = false;
          if (i == 0) line += cell_text(cell);
        }
      }
      out_.add_line(line, first_paragraph);
    }
    out_.add_blank(paragraph_number_);
  }

  // A cell's paragraphs (and any table nested in it) on one line, separated by spaces.
  std::string cell_text(pugi::xml_node cell) {
    std::string text;
    collect_cell(cell, text);
    return on_one_line(std::move(text));
  }

  void collect_cell(pugi::xml_node node, std::string& text) {
    const Descent descent(*this);
    if (stopped()) return;
    for (pugi::xml_node child : node.children()) {
      if (is_named(child, "w:p")) {
        ++paragraph_number_;
        if (paragraphs_ != nullptr) paragraphs_->push_back(child);
        const std::string part = numbering_.next_label(child) + inline_text(child);
        if (!text.empty() && !part.empty()) text += ' ';
        text += part;
      } else if (!is_hidden_from_reader(child)) {
        collect_cell(child, text);
      }
    }
  }

  std::string inline_text(pugi::xml_node node) {
    std::string text;
    runs(node, text);
    return text;
  }

  void runs(pugi::xml_node node, std::string& text) {
    const Descent descent(*this);
    if (stopped()) return;
    for (pugi::xml_node child : node.children()) {
      if (is_hidden_from_reader(child)) continue;
      if (is_named(child, "w:t")) text += child.child_value();
      else if (is_named(child, "w:tab")) text += '\t';
      else if (is_named(child, "w:br") || is_named(child, "w:cr")) text += line_break(child);
      else if (is_named(child, "w:noBreakHyphen")) text += '-';
      else if (is_named(child, "w:footnoteReference")) text += call_note(footnotes_, child.attribute("w:id").value());
      else if (is_named(child, "w:endnoteReference")) text += call_note(endnotes_, child.attribute("w:id").value());
      else if (is_named(child, "w:footnoteRef") || is_named(child, "w:endnoteRef")) text += note_mark_;
      else if (is_named(child, "w:p")) {  // a paragraph of a text box inside this one
        if (!text.empty()) text += ' ';
        runs(child, text);
      } else runs(child, text);
    }
  }

  static std::string line_break(pugi::xml_node node) {
    const std::string type = node.attribute("w:type").value();
    return type.empty() || type == "textWrapping" ? "\n" : "";
  }

  using Notes = std::map<std::string, pugi::xml_node>;

  // The notes of a part, by id; Word's separators between the text and the notes are not notes.
  static Notes notes(const pugi::xml_document& part, const char* root, const char* element) {
    Notes found;
    for (pugi::xml_node note : part.child(root).children(element)) {
      const std::string type = note.attribute("w:type").value();
      if (type.empty() || type == "normal") found[note.attribute("w:id").value()] = note;
    }
    return found;
  }

  // Footnotes and endnotes are numbered in one sequence of calls (¹ ² ³…) and placed after the paragraph or table
  // that calls them.
  std::string call_note(const Notes& notes, const std::string& id) {
    const auto note = notes.find(id);
    if (note == notes.end()) return {};
    // A note is written once: called again (or from inside itself), it gives its mark and no new copy of its text.
    const auto [called, first_call] = note_marks_.try_emplace(&notes == &footnotes_ ? "f" + id : "e" + id);
    if (!first_call) return called->second;
    const std::string mark = superscript_digits(std::to_string(++note_count_));
    called->second = mark;
    std::string saved_mark = std::move(note_mark_);
    note_mark_ = mark;
    std::string text;
    for (pugi::xml_node paragraph : note->second.children("w:p")) {
      const std::string part = inline_text(paragraph);
      if (!text.empty() && !part.empty()) text += ' ';
      text += part;
    }
    note_mark_ = std::move(saved_mark);
    if (!text.starts_with(mark)) text = mark + " " + text;
    pending_notes_.push_back(on_one_line(std::move(text)));
    return mark;
  }

  DocxNumbering& numbering_;
  Notes footnotes_, endnotes_;
  int note_count_ = 0;
  std::map<std::string, std::string> note_marks_;  // "f" or "e" and the note's id → its mark
  std::string note_mark_;
  std::vector<pugi::xml_node>* paragraphs_ = nullptr;
};

bool parse_part(const std::map<std::string, std::string>& parts, const std::string& name, pugi::xml_document& xml) {
  const auto found = parts.find(name);
  if (found == parts.end()) return true;  // optional parts may be absent
  return xml.load_buffer(found->second.data(), found->second.size(), pugi::parse_default | pugi::parse_ws_pcdata);
}

}  // namespace

Expected<ExtractedText, InputError> read_docx(std::string_view bytes, uint64_t max_size) {
  auto parts = read_zip_members(bytes, {document_part, footnotes_part, endnotes_part, numbering_part, styles_part},
                                8 * max_size);
  if (!parts) return InputError{InputErrorKind::bad_docx, parts.error()};
  if (!parts->count(document_part)) return InputError{InputErrorKind::bad_docx, document_part + " ?"};
  // Each '<' may open an element, and pugixml spends some sixty bytes on each node: past one element per four bytes
  // of the largest text accepted, the XML is not parsed (memory would outgrow the document many times over).
  uint64_t markup = 0;
  for (const auto& [name, xml] : *parts) markup += static_cast<uint64_t>(std::count(xml.begin(), xml.end(), '<'));
  if (markup > max_size / 4) return InputError{InputErrorKind::bad_docx, "XML " + std::to_string(markup) + " > " + std::to_string(max_size / 4)};
  pugi::xml_document document, footnotes, endnotes, numbering, styles;
  for (const auto& [name, xml] : {std::pair{&document_part, &document}, {&footnotes_part, &footnotes}, {&endnotes_part, &endnotes},
                                  {&numbering_part, &numbering}, {&styles_part, &styles}})
    if (!parse_part(*parts, *name, *xml)) return InputError{InputErrorKind::bad_docx, *name + " : XML"};
  const pugi::xml_node body = document.child("w:document").child("w:body");
  if (!body) return InputError{InputErrorKind::bad_docx, document_part + " : w:body ?"};
  DocxNumbering numbering_rules(numbering, styles);
  DocxText reader(numbering_rules, footnotes, endnotes);
  ExtractedText text = reader.read(body);
  if (reader.too_deep()) return InputError{InputErrorKind::bad_docx, "XML > 256"};
  return text;
}

std::vector<pugi::xml_node> docx_paragraphs(pugi::xml_node body) {
  const pugi::xml_document none;
  DocxNumbering numbering(none, none);
  DocxText reader(numbering, none, none);
  std::vector<pugi::xml_node> paragraphs;
  reader.record_paragraphs(&paragraphs);
  reader.read(body);
  return paragraphs;
}

}  // namespace convlint::source
