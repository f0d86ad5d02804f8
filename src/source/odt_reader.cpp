#include "source/odt_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <vector>

#include <pugixml.hpp>

#include "source/list_numbers.hpp"
#include "source/paragraph_writer.hpp"
#include "source/zip_members.hpp"

namespace convlint::source {

namespace {

const std::string content_part = "content.xml";
const std::string styles_part = "styles.xml";

bool is_named(pugi::xml_node node, const char* name) { return std::strcmp(node.name(), name) == 0; }

// Elements whose content is not the convention's text: deleted changes, comments, the list of changes.
bool is_hidden(pugi::xml_node node) {
  static constexpr const char* hidden[] = {"text:tracked-changes", "office:annotation", "office:annotation-end", "text:sequence-decls",
                                           "text:note-citation", "draw:image", "svg:title", "svg:desc"};
  for (const char* name : hidden)
    if (is_named(node, name)) return true;
  return false;
}

// OpenDocument collapses white space in text as HTML does (text:s, text:tab and text:line-break write it).
void append_collapsed(std::string_view characters, std::string& text) {
  for (const char c : characters) {
    const bool white = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!white) text += c;
    else if (!text.empty() && text.back() != ' ') text += ' ';
  }
}

// Word's name of an OpenDocument numbering format (« 1 », « a », « A », « i », « I »).
std::string_view word_format(std::string_view format) {
  if (format == "a") return "lowerLetter";
  if (format == "A") return "upperLetter";
  if (format == "i") return "lowerRoman";
  if (format == "I") return "upperRoman";
  return format.empty() ? "none" : "decimal";
}

// The list styles of the document (automatic ones in content.xml, named ones in styles.xml), by name: for each level
// (1-based), the bullet, or the numbering's format, prefix and suffix.
class ListStyles {
 public:
  // The chapter numbering of headings (« Article 1 » before each heading of level 1) is the style named by `outline`.
  static constexpr const char* outline = "";

  void add(pugi::xml_node styles_root) {
    for (pugi::xml_node style : styles_root.children("text:list-style")) styles_[style.attribute("style:name").value()] = style;
    if (pugi::xml_node chapters = styles_root.child("text:outline-style")) styles_[outline] = chapters;
  }

  // The label of an item at `level` of a list in `style`, which is its `number`-th at that level. Its parts are cut
  // short: a label is written for every item, and a hostile style could make each one huge.
  std::string label(const std::string& style, int level, int number) const {
    constexpr size_t longest_part = 16;
    const auto part = [&](pugi::xml_node node, const char* attribute) { return std::string(node.attribute(attribute).value()).substr(0, longest_part); };
    const auto found = styles_.find(style);
    if (found == styles_.end()) return {};
    for (pugi::xml_node level_style : found->second.children()) {
      if (level_style.attribute("text:level").as_int(1) != level) continue;
      if (is_named(level_style, "text:list-level-style-bullet")) {
        return bullet_text(part(level_style, "text:bullet-char")) + " ";
      }
      if (is_named(level_style, "text:list-level-style-number") || is_named(level_style, "text:outline-level-style")) {
        const std::string_view format = word_format(level_style.attribute("style:num-format").value());
        if (format == "none") return {};
        constexpr int largest_start = 1000000;
        const int start = std::clamp(level_style.attribute("text:start-value").as_int(1), 0, largest_start);
        return part(level_style, "style:num-prefix") + format_list_number(start + std::clamp(number, 0, largest_start) - 1, format) +
               part(level_style, "style:num-suffix") + " ";
      }
    }
    return {};
  }

 private:
  std::map<std::string, pugi::xml_node> styles_;
};

class OdtText : public ParagraphWriter {
 public:
  explicit OdtText(const ListStyles& lists) : lists_(lists) {}

  ExtractedText read(pugi::xml_node text) {
    blocks(text);
    return std::move(out_);
  }

 private:
  void blocks(pugi::xml_node container) {
    const Descent descent(*this);
    if (stopped()) return;
    for (pugi::xml_node child : container.children()) {
      if (is_named(child, "text:p")) paragraph(child, {});
      else if (is_named(child, "text:h")) paragraph(child, chapter_label(child));
      else if (is_named(child, "text:list")) list(child, child.attribute("text:style-name").value(), 1);
      else if (is_named(child, "table:table")) table(child);
      else if (!is_hidden(child)) blocks(child);  // sections, indexes' bodies, inserted changes
      add_pending_notes();
    }
  }

  // A heading's number in the chapter numbering: headings of its level counted since the last one above it.
  std::string chapter_label(pugi::xml_node heading) {
    constexpr int deepest = 10;
    const int level = std::clamp(heading.attribute("text:outline-level").as_int(1), 1, deepest);
    if (heading.attribute("text:is-list-header").as_bool()) return {};
    const int number = ++chapter_numbers_[level - 1];
    std::fill(chapter_numbers_.begin() + level, chapter_numbers_.end(), 0);
    return lists_.label(ListStyles::outline, level, number);
  }

  void list(pugi::xml_node node, std::string style, int level) {
    const Descent descent(*this);
    if (stopped()) return;
    if (const char* own = node.attribute("text:style-name").value(); *own) style = own;
    // A list that goes on with the one before it in the same style (a paragraph between two numbered items).
    const bool continues = node.attribute("text:continue-numbering").as_bool() || *node.attribute("text:continue-list").value();
    int& last = last_numbers_[style + "/" + std::to_string(level)];
    int number = continues ? last : 0;
    for (pugi::xml_node item : node.children()) {
      if (!is_named(item, "text:list-item") && !is_named(item, "text:list-header")) continue;
      if (const pugi::xml_attribute start = item.attribute("text:start-value")) number = std::clamp(start.as_int(1), 1, 1000000) - 1;
      const bool counted = is_named(item, "text:list-item");
      number += counted && number < 1000000;
      const std::string item_style = *item.attribute("text:style-override").value() ? item.attribute("text:style-override").value() : style;
      bool first = true;
      for (pugi::xml_node child : item.children()) {
        if (is_named(child, "text:p") || is_named(child, "text:h")) {
          paragraph(child, first && counted ? lists_.label(item_style, level, number) : std::string());
          first = false;
        } else if (is_named(child, "text:list")) {
          list(child, item_style, level + 1);
        }
        add_pending_notes();
      }
    }
    last = number;
  }

  void paragraph(pugi::xml_node node, const std::string& label) {
    std::string text;
    runs(node, text);
    write_paragraph(text.empty() ? text : label + text);
  }

  void table(pugi::xml_node node) {
    rows(node);
    out_.add_blank(paragraph_number_);
  }

  void rows(pugi::xml_node node) {
    const Descent descent(*this);
    if (stopped()) return;
    for (pugi::xml_node child : node.children()) {
      if (is_named(child, "table:table-row")) row(child);
      else if (is_named(child, "table:table-header-rows") || is_named(child, "table:table-rows") || is_named(child, "table:table-row-group"))
        rows(child);
    }
  }

  void row(pugi::xml_node node) {
    constexpr int widest = 1024;  // a larger repeat or span is a hostile value, not a layout
    const uint32_t first_paragraph = paragraph_number_ + 1;
    std::string line;
    int columns = 0;
    for (pugi::xml_node cell : node.children()) {
      const bool covered = is_named(cell, "table:covered-table-cell");
      if (!covered && !is_named(cell, "table:table-cell")) continue;
      const int repeated = std::clamp(cell.attribute("table:number-columns-repeated").as_int(1), 1, widest);
      for (int i = 0; i < repeated && columns < widest; ++i, ++columns) {
        if (columns > 0) line += '\t';
        if (!covered && i == 0) line += cell_text(cell);
      }
    }
    while (!line.empty() && line.back() == '\t') line.pop_back();  // the empty columns a table repeats to its edge
    out_.add_line(line, first_paragraph);
  }

  std::string cell_text(pugi::xml_node cell) {
    std::string text;
    for (pugi::xml_node child : cell.children()) {
      if (!is_named(child, "text:p") && !is_named(child, "text:h") && !is_named(child, "text:list")) continue;
      ++paragraph_number_;
      std::string part;
      runs(child, part);
      if (!text.empty() && !part.empty()) text += ' ';
      text += part;
    }
    return on_one_line(std::move(text));
  }

  void runs(pugi::xml_node node, std::string& text) {
    const Descent descent(*this);
    if (stopped()) return;
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata) append_collapsed(child.value(), text);
      else if (is_hidden(child) || is_named(child, "text:deletion")) continue;
      else if (is_named(child, "text:tab")) text += '\t';
      else if (is_named(child, "text:line-break")) text += '\n';
      else if (is_named(child, "text:s")) text.append(static_cast<size_t>(std::clamp(child.attribute("text:c").as_int(1), 1, 64)), ' ');
      else if (is_named(child, "text:note")) text += call_note(child);
      else if (is_named(child, "text:p") || is_named(child, "text:h")) {  // a paragraph of a text box inside this one
        if (!text.empty()) text += ' ';
        runs(child, text);
      } else runs(child, text);
    }
  }

  // Footnotes and endnotes are numbered in one sequence of calls (¹ ² ³…), their text placed after the block that
  // calls them.
  std::string call_note(pugi::xml_node note) {
    const std::string mark = superscript_digits(std::to_string(++note_count_));
    std::string text;
    for (pugi::xml_node paragraph : note.child("text:note-body").children()) {
      std::string part;
      runs(paragraph, part);
      if (!text.empty() && !part.empty()) text += ' ';
      text += part;
    }
    const size_t first = text.find_first_not_of(' ');
    pending_notes_.push_back(on_one_line(mark + " " + (first == std::string::npos ? std::string() : text.substr(first))));
    return mark;
  }

  const ListStyles& lists_;
  int note_count_ = 0;
  std::map<std::string, int> last_numbers_;  // the last number given at each level of each list style
  std::array<int, 10> chapter_numbers_{};     // the headings counted at each level
};

}  // namespace

Expected<ExtractedText, InputError> read_odt(std::string_view bytes, uint64_t max_size) {
  auto parts = read_zip_members(bytes, {content_part, styles_part}, 8 * max_size);
  if (!parts) return InputError{InputErrorKind::bad_odt, parts.error()};
  if (!parts->count(content_part)) return InputError{InputErrorKind::bad_odt, content_part + " ?"};
  // As for a DOCX: past one element per four bytes of the largest text accepted, the XML is not parsed.
  uint64_t markup = 0;
  for (const auto& [name, xml] : *parts) markup += static_cast<uint64_t>(std::count(xml.begin(), xml.end(), '<'));
  if (markup > max_size / 4) return InputError{InputErrorKind::bad_odt, "XML " + std::to_string(markup) + " > " + std::to_string(max_size / 4)};
  pugi::xml_document content, styles;
  for (const auto& [name, xml] : {std::pair{&content_part, &content}, {&styles_part, &styles}}) {
    const auto found = parts->find(*name);
    if (found != parts->end() && !xml->load_buffer(found->second.data(), found->second.size(), pugi::parse_default | pugi::parse_ws_pcdata))
      return InputError{InputErrorKind::bad_odt, *name + " : XML"};
  }
  const pugi::xml_node root = content.child("office:document-content");
  const pugi::xml_node text = root.child("office:body").child("office:text");
  if (!text) return InputError{InputErrorKind::bad_odt, content_part + " : office:text ?"};
  ListStyles lists;
  lists.add(styles.child("office:document-styles").child("office:styles"));
  lists.add(styles.child("office:document-styles").child("office:automatic-styles"));
  lists.add(root.child("office:automatic-styles"));
  OdtText reader(lists);
  ExtractedText read = reader.read(text);
  if (reader.too_deep()) return InputError{InputErrorKind::bad_odt, "XML > 256"};
  return read;
}

}  // namespace convlint::source
