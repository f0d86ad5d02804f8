#include "report/docx_review.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <sstream>

#include "base/ui_text.hpp"
#include "report/location.hpp"
#include "source/docx_reader.hpp"
#include "source/zip_members.hpp"

namespace convlint::report {

namespace {

const std::string document_part = "word/document.xml";
const std::string relations_part = "word/_rels/document.xml.rels";
const std::string content_types_part = "[Content_Types].xml";
constexpr const char* comments_relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr const char* comments_content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
constexpr const char* main_namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* author = "convlint";
constexpr unsigned xml_options = pugi::parse_default | pugi::parse_declaration | pugi::parse_pi | pugi::parse_comments |
                                 pugi::parse_doctype | pugi::parse_ws_pcdata;

constexpr int max_depth = 256;

bool is_named(pugi::xml_node node, const char* name) { return std::strcmp(node.name(), name) == 0; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A byte of the visible text and the element it comes from: a w:t and the byte's offset in its text, or an element
// that stands for one character (a tab, a break, a non-breaking hyphen); null for the space the reader puts between
// paragraphs.
struct Place {
  pugi::xml_node node;
  size_t offset = 0;
};

// The text the reader sees in some paragraphs, byte by byte, with each byte's place.
struct VisibleText {
  std::string bytes;
  std::vector<Place> places;

  void add(char byte, Place place) {
    bytes += byte;
    places.push_back(place);
  }

  // As deep as the reader goes (it refuses a document nested deeper).
  void read(pugi::xml_node node, int depth = 0) {
    if (depth > max_depth) return;
    for (pugi::xml_node child : node.children()) {
      if (source::is_hidden_from_reader(child)) continue;
      if (is_named(child, "w:t")) {
        const std::string_view text = child.child_value();
        for (size_t i = 0; i < text.size(); ++i) add(text[i], {child, i});
      } else if (is_named(child, "w:tab")) {
        add('\t', {child, 0});
      } else if (is_named(child, "w:br") || is_named(child, "w:cr")) {
        add('\n', {child, 0});
      } else if (is_named(child, "w:noBreakHyphen")) {
        add('-', {child, 0});
      } else if (is_named(child, "w:p")) {  // a text box's paragraph inside this one
        add(' ', {});
        read(child, depth + 1);
      } else {
        read(child, depth + 1);
      }
    }
  }
};

// `text` without its spaces, and for each byte left its index in `text`.
std::pair<std::string, std::vector<size_t>> without_spaces(std::string_view text) {
  std::pair<std::string, std::vector<size_t>> squeezed;
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_space(text[i])) continue;
    squeezed.first += text[i];
    squeezed.second.push_back(i);
  }
  return squeezed;
}

// The first and the last byte of a finding's words in the document.
struct Range {
  Place first, last;
};

// Where the words at `span` of the linted text are among `visible`: the same occurrence of the same words (spaces,
// tabs and breaks aside, as the reader may write them otherwise); nothing when they are not there.
std::optional<Range> locate(const source::SourceText& source, Span span, const VisibleText& visible) {
  const std::string_view text = source.text;
  if (span.size() == 0 || span.end > text.size()) return std::nullopt;
  const std::string needle = without_spaces(text.substr(span.begin, span.size())).first;
  if (needle.empty()) return std::nullopt;
  const uint32_t line_start = source.lines.line_start(source.lines.line_index(span.begin));
  const size_t before = without_spaces(text.substr(line_start, span.begin - line_start)).first.size();
  const std::string line = without_spaces(text.substr(line_start, span.end - line_start)).first;
  size_t occurrence = 0;
  for (size_t at = line.find(needle); at != std::string::npos && at < before; at = line.find(needle, at + 1)) ++occurrence;
  const auto [hay, origin] = without_spaces(visible.bytes);
  size_t found = std::string::npos;
  for (size_t at = hay.find(needle), seen = 0; at != std::string::npos; at = hay.find(needle, at + 1), ++seen) {
    found = at;
    if (seen == occurrence) break;
  }
  if (found == std::string::npos) return std::nullopt;
  return Range{visible.places[origin[found]], visible.places[origin[found + needle.size() - 1]]};
}

// The run that starts exactly at byte `offset` of `child` (a w:t; for another element, 0 is before it and 1 after
// it), made by cutting the run that holds it in two; null when `child` is not in a run.
pugi::xml_node run_starting_at(pugi::xml_node child, size_t offset) {
  pugi::xml_node run = child.parent();
  if (!is_named(run, "w:r")) return {};
  const bool text = is_named(child, "w:t");
  const size_t length = text ? std::strlen(child.child_value()) : 1;
  pugi::xml_node first_content = run.first_child();
  while (first_content && is_named(first_content, "w:rPr")) first_content = first_content.next_sibling();
  if (offset == 0 && first_content == child) return run;
  pugi::xml_node second = run.parent().insert_child_after(pugi::node_element, run);
  second.set_name("w:r");
  if (pugi::xml_node properties = run.child("w:rPr")) second.append_copy(properties);
  pugi::xml_node moved = offset == 0 ? child : child.next_sibling();
  if (text && offset > 0 && offset < length) {
    const std::string whole = child.child_value();
    pugi::xml_node tail = second.append_child("w:t");
    tail.append_attribute("xml:space") = "preserve";
    tail.text().set(whole.substr(offset).c_str());
    child.text().set(whole.substr(0, offset).c_str());
    if (!child.attribute("xml:space")) child.append_attribute("xml:space") = "preserve";
  }
  while (moved) {
    const pugi::xml_node next = moved.next_sibling();
    second.append_move(moved);
    moved = next;
  }
  return second;
}

// The runs of a range cut out: its first run, and the run just after its last one.
struct Runs {
  pugi::xml_node first, after;
};

std::optional<Runs> cut(const Range& range) {
  if (!range.first.node || !range.last.node) return std::nullopt;
  // The end first: cutting there leaves every place before it where it was.
  const pugi::xml_node after = run_starting_at(range.last.node, range.last.offset + 1);
  if (!after) return std::nullopt;
  const pugi::xml_node first = run_starting_at(range.first.node, range.first.offset);
  if (!first) return std::nullopt;
  return Runs{first, after};
}

pugi::xml_node with_id(pugi::xml_node node, int id) {
  node.append_attribute("w:id") = id;
  return node;
}

pugi::xml_node revision(pugi::xml_node node, int id, const std::string& date) {
  with_id(node, id);
  node.append_attribute("w:author") = author;
  node.append_attribute("w:date") = date.c_str();
  return node;
}

// The reference run of comment `id`, after the element of the paragraph that holds `end`.
void add_reference(pugi::xml_node end, int id) {
  pugi::xml_node holder = end;
  while (holder.parent() && holder.parent().parent() && !is_named(holder.parent(), "w:p")) holder = holder.parent();
  pugi::xml_node run = holder.parent().insert_child_after("w:r", holder);
  with_id(run.append_child("w:commentReference"), id);
}

void mark_runs(const Runs& runs, int id) {
  with_id(runs.first.parent().insert_child_before("w:commentRangeStart", runs.first), id);
  add_reference(with_id(runs.after.parent().insert_child_before("w:commentRangeEnd", runs.after), id), id);
}

void mark_paragraph(pugi::xml_node paragraph, int id) {
  const pugi::xml_node properties = paragraph.child("w:pPr");
  with_id(properties ? paragraph.insert_child_after("w:commentRangeStart", properties) : paragraph.prepend_child("w:commentRangeStart"), id);
  add_reference(with_id(paragraph.append_child("w:commentRangeEnd"), id), id);
}

void rename_texts_deleted(pugi::xml_node node, int depth = 0) {
  if (depth > max_depth) return;
  for (pugi::xml_node child : node.children()) {
    if (is_named(child, "w:t")) child.set_name("w:delText");
    else rename_texts_deleted(child, depth + 1);
  }
}

pugi::xml_node text_run(pugi::xml_node parent, pugi::xml_node properties, const std::string& text) {
  pugi::xml_node run = parent.append_child("w:r");
  if (properties) run.append_copy(properties);
  pugi::xml_node words = run.append_child("w:t");
  words.append_attribute("xml:space") = "preserve";
  words.text().set(text.c_str());
  return run;
}

// The runs from `runs.first` up to `runs.after` deleted and `replacement` inserted after them, as tracked changes;
// false when the range does not lie in one element (a hyperlink's words and the words after it).
bool replace_tracked(const Runs& runs, const std::string& replacement, int& next_id, const std::string& date) {
  pugi::xml_node parent = runs.first.parent();
  if (parent != runs.after.parent()) return false;
  pugi::xml_node deleted = revision(parent.insert_child_before("w:del", runs.first), next_id++, date);
  for (pugi::xml_node moved = runs.first; moved && moved != runs.after;) {
    const pugi::xml_node next = moved.next_sibling();
    deleted.append_move(moved);
    moved = next;
  }
  rename_texts_deleted(deleted);
  pugi::xml_node inserted = revision(parent.insert_child_after("w:ins", deleted), next_id++, date);
  text_run(inserted, runs.first.child("w:rPr"), replacement);
  return true;
}

// `text` as a paragraph of its own after `paragraph`, with its properties and its first run's, as a tracked insertion.
void insert_paragraph_tracked(pugi::xml_node paragraph, const std::string& text, int& next_id, const std::string& date) {
  pugi::xml_node added = paragraph.parent().insert_child_after("w:p", paragraph);
  pugi::xml_node properties = added.append_child("w:pPr");
  for (pugi::xml_node property : paragraph.child("w:pPr").children()) {
    if (!is_named(property, "w:rPr") && !is_named(property, "w:sectPr") && !is_named(property, "w:pPrChange")) properties.append_copy(property);
  }
  revision(properties.append_child("w:rPr").append_child("w:ins"), next_id++, date);
  pugi::xml_node first_run = paragraph.find_child([](pugi::xml_node child) { return is_named(child, "w:r"); });
  text_run(revision(added.append_child("w:ins"), next_id++, date), first_run.child("w:rPr"), text);
}

// The largest w:id of a part, so that the comments and revisions added take ids of their own.
int largest_id(pugi::xml_node node) {
  struct Largest : pugi::xml_tree_walker {
    int largest = 0;
    bool for_each(pugi::xml_node& element) override {
      if (const pugi::xml_attribute id = element.attribute("w:id")) largest = std::max(largest, id.as_int());
      return true;
    }
  } walker;
  node.traverse(walker);  // pugixml walks without recursion, whatever the depth
  return walker.largest;
}

std::string xml_of(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

class Review {
 public:
  Review(const FileResult& result, Language language, const std::string& date) : result_(result), language_(language), date_(date) {}

  // Marks and revisions added to word/document.xml, comments to the comments part.
  void annotate(pugi::xml_node body, pugi::xml_node comments, int first_id) {
    next_id_ = first_id;
    paragraphs_ = source::docx_paragraphs(body);
    if (paragraphs_.empty()) return;
    for (const rules::Finding& finding : result_.findings) {
      const int id = next_id_++;
      const auto [first, last] = paragraphs_of(finding.span);
      const auto range = locate(*result_.source, finding.span, visible(first, last));
      const auto runs = range ? cut(*range) : std::nullopt;
      if (runs) mark_runs(*runs, id);
      else mark_paragraph(paragraphs_[first], id);
      add_comment(comments, id, finding);
    }
    // Fixes from the last: the words of an earlier one are still those that were linted when it is made.
    std::vector<const rules::Fix*> fixes;
    for (const rules::Finding& finding : result_.findings)
      if (finding.fix) fixes.push_back(&*finding.fix);
    std::stable_sort(fixes.begin(), fixes.end(), [](const rules::Fix* a, const rules::Fix* b) { return a->span.begin > b->span.begin; });
    for (const rules::Fix* fix : fixes) changes_ += make(*fix) ? 1 : 0;
  }

  size_t comments() const { return result_.findings.size(); }
  size_t changes() const { return changes_; }

 private:
  // The paragraphs the line of `at` was read from (0-based, first and last): one, or a table row's cells.
  std::pair<size_t, size_t> paragraphs_of(Span span) const {
    const source::SourceText& source = *result_.source;
    const uint32_t line = source.lines.line_index(span.begin) + 1;
    const uint32_t number = std::clamp<uint32_t>(source.origin(line), 1, static_cast<uint32_t>(paragraphs_.size()));
    uint32_t last = number;
    // The blank line after a table keeps the number of the table's last paragraph: the next paragraph is that of the
    // next line with words.
    for (uint32_t next = line + 1; next <= source.lines.line_count(); ++next) {
      const uint32_t start = source.lines.line_start(next - 1);
      const bool blank = start >= source.text.size() || source.text[start] == '\n';
      if (!blank && source.origin(next) > number) {
        last = std::clamp<uint32_t>(source.origin(next) - 1, number, static_cast<uint32_t>(paragraphs_.size()));
        break;
      }
    }
    return {number - 1, last - 1};
  }

  VisibleText visible(size_t first, size_t last) const {
    VisibleText text;
    for (size_t i = first; i <= last; ++i) {
      if (i > first) text.add('\t', {});
      text.read(paragraphs_[i]);
    }
    return text;
  }

  bool make(const rules::Fix& fix) {
    const auto [first, last] = paragraphs_of(fix.span);
    if (fix.own_paragraph) {
      insert_paragraph_tracked(paragraphs_[first], fix.replacement, next_id_, date_);
      return true;
    }
    const auto range = locate(*result_.source, fix.span, visible(first, last));
    const auto runs = range ? cut(*range) : std::nullopt;
    return runs && replace_tracked(*runs, fix.replacement, next_id_, date_);
  }

  void add_comment(pugi::xml_node comments, int id, const rules::Finding& finding) const {
    pugi::xml_node comment = revision(comments.append_child("w:comment"), id, date_);
    comment.append_attribute("w:initials") = "CL";
    auto paragraph = [&](const std::string& text) { text_run(comment.append_child("w:p"), {}, text); };
    paragraph("[" + finding.rule + "] " + std::string(severity_word(finding.severity, language_)) + " : " + finding.message);
    if (!finding.basis.empty()) paragraph(std::string(ui_text(language_, "words.basis")) + finding.basis);
    if (finding.suggestion) paragraph(std::string(ui_text(language_, "docx_review.suggestion")) + *finding.suggestion);
    if (finding.fix)
      paragraph(std::string(ui_text(language_, "docx_review.safe_fix_offered_as_a")) +
                describe_fix(*result_.source, *finding.fix, language_));
  }

  const FileResult& result_;
  Language language_;
  const std::string& date_;
  std::vector<pugi::xml_node> paragraphs_;
  int next_id_ = 0;
  size_t changes_ = 0;
};

// The comments part named by the document's relationships, added to them (and to the content types) when there is
// none.
std::string comments_part_of(pugi::xml_document& relations, pugi::xml_document& content_types, bool& changed_relations, bool& changed_types) {
  pugi::xml_node root = relations.child("Relationships");
  for (pugi::xml_node relation : root.children("Relationship")) {
    if (std::string_view(relation.attribute("Type").value()) != comments_relation) continue;
    const std::string target = relation.attribute("Target").value();
    return target.starts_with("/") ? target.substr(1) : "word/" + target;
  }
  std::string id = "rIdConvlintComments";
  pugi::xml_node relation = root.append_child("Relationship");
  relation.append_attribute("Id") = id.c_str();
  relation.append_attribute("Type") = comments_relation;
  relation.append_attribute("Target") = "comments.xml";
  changed_relations = true;
  pugi::xml_node types = content_types.child("Types");
  const bool declared = types.find_child([](pugi::xml_node type) {
    return is_named(type, "Override") && std::string_view(type.attribute("PartName").value()) == "/word/comments.xml";
  });
  if (!declared) {
    pugi::xml_node type = types.append_child("Override");
    type.append_attribute("PartName") = "/word/comments.xml";
    type.append_attribute("ContentType") = comments_content_type;
    changed_types = true;
  }
  return "word/comments.xml";
}

ReviewedDocx review(std::string_view docx, const FileResult& result, Language language, const std::string& date, uint64_t max_size) {
  auto read = source::read_all_zip_members(docx, 8 * max_size);
  if (!read) return {{}, 0, 0, read.error()};
  std::vector<std::pair<std::string, std::string>>& members = *read;
  auto member = [&](const std::string& name) -> std::string* {
    for (auto& [member_name, content] : members)
      if (member_name == name) return &content;
    return nullptr;
  };
  const std::string* document_xml = member(document_part);
  if (document_xml == nullptr) return {{}, 0, 0, document_part + " ?"};
  pugi::xml_document document, relations, content_types, comments;
  auto parse = [](pugi::xml_document& xml, const std::string* content) {
    return content != nullptr && xml.load_buffer(content->data(), content->size(), xml_options);
  };
  if (!parse(document, document_xml)) return {{}, 0, 0, document_part + " : XML"};
  if (!parse(content_types, member(content_types_part))) return {{}, 0, 0, content_types_part + " ?"};
  bool changed_relations = false, changed_types = false;
  if (member(relations_part) == nullptr) {
    relations.append_child("Relationships").append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/relationships";
    members.emplace_back(relations_part, std::string());
    changed_relations = true;
  } else if (!parse(relations, member(relations_part))) {
    return {{}, 0, 0, relations_part + " : XML"};
  }
  const std::string comments_part = comments_part_of(relations, content_types, changed_relations, changed_types);
  const std::string* comments_xml = member(comments_part);
  if (comments_xml != nullptr && !parse(comments, comments_xml)) return {{}, 0, 0, comments_part + " : XML"};
  if (comments_xml == nullptr) {
    pugi::xml_node declaration = comments.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    declaration.append_attribute("standalone") = "yes";
    comments.append_child("w:comments").append_attribute("xmlns:w") = main_namespace;
  }
  const pugi::xml_node body = document.child("w:document").child("w:body");
  if (!body || !comments.child("w:comments")) return {{}, 0, 0, document_part + " : w:body ?"};

  Review reviewer(result, language, date);
  reviewer.annotate(body, comments.child("w:comments"), std::max(largest_id(document), largest_id(comments)) + 1);
  *member(document_part) = xml_of(document);
  if (changed_relations) *member(relations_part) = xml_of(relations);
  if (changed_types) *member(content_types_part) = xml_of(content_types);
  if (std::string* existing = member(comments_part)) *existing = xml_of(comments);
  else members.emplace_back(comments_part, xml_of(comments));
  std::string bytes = source::write_zip_members(members);
  if (bytes.empty()) return {{}, 0, 0, "ZIP"};
  return {std::move(bytes), reviewer.comments(), reviewer.changes(), {}};
}

}  // namespace

ReviewedDocx review_docx(std::string_view docx, const FileResult& result, Language language, const std::string& date, uint64_t max_size) {
  if (!result.source) return {{}, 0, 0, "?"};
  if (result.findings.empty()) return {std::string(docx), 0, 0, {}};  // nothing to say: the document as it came
  try {
    return review(docx, result, language, date, max_size);
  } catch (const std::exception& problem) {
    return {{}, 0, 0, problem.what()};
  }
}

}  // namespace convlint::report
