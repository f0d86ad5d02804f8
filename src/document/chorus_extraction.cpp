// Chorus imputation blocks: key–value tables (« Domaine fonctionnel : ⇥ 0352-01 ») and key–value lines in prose.
#include <algorithm>

#include "document/chorus_reader.hpp"
#include "document/chorus_tables.hpp"
#include "document/facts_extraction.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

using namespace chorus;

// The field a table row gives and how many cells its label takes: one, or two when a conversion cut the label at a
// tab stop (« Domaine ⇥ fonctionnel ⇥ 0181-10 », a scan's table).
std::pair<Field, size_t> row_field(const Row& row) {
  const Field field = field_of(row.cells[0].text.view());
  if (field != Field::none || row.cells.size() < 3 || has_digit(row.cells[1].text.view())) return {field, 1};
  return {field_of(row.cells[0].text.str() + " " + row.cells[1].text.str()), 2};
}

// The entry of a row whose label takes `label_cells` cells: its value is the next cell, or a later one holding a code
// when the cells between are empty (a label cut off its value by a column the other rows have).
Entry table_entry(const Row& row, size_t label_cells) {
  const Span key{row.cells[0].text.span().begin, row.cells[label_cells - 1].text.span().end};
  Entry entry{row.cells[0].text.view(), key, std::nullopt, {}};
  // A cell with no letter or digit holds no value: empty, or the colon of a label a tab stop set apart (OCR).
  auto holds_nothing = [](const Cell& cell) {
    const std::string_view text = cell.text.view();
    return std::none_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; });
  };
  size_t value = label_cells;
  for (size_t c = label_cells; c < row.cells.size() && holds_nothing(row.cells[c]); ++c) {
    if (c + 1 < row.cells.size() && looks_like_code(row.cells[c + 1].text.view())) value = c + 1;
  }
  if (value < row.cells.size() && !holds_nothing(row.cells[value])) {
    entry.value = row.cells[value].text.view();
    entry.value_span = row.cells[value].text.span();
  }
  return entry;
}

// « Domaine fonctionnel : 0352-01 » written as a line of prose.
Entry prose_entry(const Text& text, size_t colon) {
  const std::string_view view = text.view();
  const std::string_view value = trim_decorations(view.substr(colon + 1));
  const auto value_begin = static_cast<uint32_t>(value.data() - view.data());
  return {view.substr(0, colon), text.source_span(0, static_cast<uint32_t>(colon)), value,
          text.source_span(value_begin, value_begin + static_cast<uint32_t>(value.size()))};
}

// Chorus fields written in prose: « Activité : 036102010101 Centre de coût : DGPCULT075 » (a PDF's lines),
// « Centre financier : 0204-CDGS-DGS1 - Domaine fonctionnel : 0204-12 », « imputées sur le centre financier
// 0181-DR35-DD29, domaine fonctionnel 0181-14, activité 018114010201 ». A paragraph that starts with a label gives
// all its fields; a sentence that names labels on the way gives them only when two or more of them have a code
// (« le centre financier mentionné à l'article 1 » is no field).
bool opens_a_line(const Document& document, Span span) {
  if (document.source == nullptr) return false;
  const std::string_view source = document.source->text;
  size_t at = span.begin;
  while (at > 0 && (source[at - 1] == ' ' || source[at - 1] == '\t' || source[at - 1] == '\f')) --at;
  return at == 0 || source[at - 1] == '\n';
}

// Labels one after the other, then as many codes (« Centre financier Centre de coûts Activité 0155-CDAR-DARE
// DARDARE075 015512CT0026 »: a table one cell per line, joined into a paragraph): each label takes the code of its rank.
std::vector<std::pair<size_t, std::pair<size_t, size_t>>> labels_then_codes(std::string_view folded, const std::vector<LabelAt>& labels) {
  constexpr size_t fewest = 2;
  auto only_spaces_or_colons = [&](size_t from, size_t to) { return folded.substr(from, to - from).find_first_not_of(" :") == std::string_view::npos; };
  for (size_t first = 0; first + fewest <= labels.size();) {
    size_t last = first;
    while (last + 1 < labels.size() && only_spaces_or_colons(labels[last].end, labels[last + 1].begin)) ++last;
    const size_t count = last - first + 1;
    if (count >= fewest) {
      std::vector<std::pair<size_t, std::pair<size_t, size_t>>> pairs;
      size_t at = labels[last].end;
      for (size_t i = 0; i < count; ++i) {
        at = folded.find_first_not_of(" :", at);
        if (at == std::string_view::npos) break;
        const size_t end = std::min(folded.find(' ', at), folded.size());
        if (!looks_like_code(folded.substr(at, end - at))) break;
        pairs.push_back({first + i, {at, end}});
        at = end;
      }
      const size_t after = folded.find_first_not_of(' ', std::min(at, folded.size()));
      const bool nothing_more = after == std::string_view::npos || !looks_like_code(folded.substr(after, folded.find(' ', after) - after));
      if (pairs.size() == count && nothing_more) return pairs;
    }
    first = last + 1;
  }
  return {};
}

std::vector<std::pair<Field, Entry>> prose_entries(const Text& text, const Document& document) {
  const TextFold folded(text, document.folded);
  const std::string_view view = folded.view();
  const std::vector<LabelAt> labels = labels_in(view);
  std::vector<std::pair<Field, Entry>> entries;
  if (labels.empty()) return entries;
  if (const auto pairs = labels_then_codes(view, labels); !pairs.empty()) {
    for (const auto& [label, code] : pairs) entries.emplace_back(labels[label].field, entry_apart(folded, labels[label], folded, code));
    return entries;
  }
  const size_t lead = view.find_first_not_of(" *_-");
  const bool starts_with_label = labels.front().begin == lead;
  size_t with_code = 0;
  for (size_t i = 0; i < labels.size(); ++i) {
    const size_t region_end = i + 1 < labels.size() ? labels[i + 1].begin : view.size();
    size_t at = labels[i].end;
    bool colon = false;
    for (; at < region_end && (view[at] == ' ' || view[at] == ':' || view[at] == '('); ++at) {
      if (view[at] == ':') colon = true;
    }
    size_t end = at;
    while (end < region_end && view[end] != ' ' && view[end] != ',' && view[end] != ';' && view[end] != ')') ++end;
    while (end > at && (view[end - 1] == '.' || view[end - 1] == '-')) --end;
    const std::string_view word = view.substr(at, end - at);
    const bool code = looks_like_code(word);
    if (!code && !(colon && word.find_first_not_of(" -") == std::string_view::npos)) continue;
    with_code += code;
    Entry entry;
    entry.key = folded.original(static_cast<uint32_t>(labels[i].begin), static_cast<uint32_t>(labels[i].end));
    entry.key_span = folded.source_span(static_cast<uint32_t>(labels[i].begin), static_cast<uint32_t>(labels[i].end));
    if (code) {
      entry.value = folded.original(static_cast<uint32_t>(at), static_cast<uint32_t>(end));
      entry.value_span = folded.source_span(static_cast<uint32_t>(at), static_cast<uint32_t>(end));
    }
    entries.push_back({labels[i].field, entry});
  }
  // A label that opens a line of its own (« Centre financier : 0354-DR59-DR59 » below « Imputation : ») is a field
  // whatever the paragraph around it.
  if (!starts_with_label && with_code < 2)
    std::erase_if(entries, [&](const auto& entry) { return !opens_a_line(document, entry.second.key_span); });
  return entries;
}

// A paragraph of codes alone gives them to the fields left empty above it, in order.
bool fill_with_codes_alone(const Block& block, const Document& document, ChorusReader& reader) {
  constexpr size_t most_codes = 6;
  // A code alone on its line reads as a sub-heading.
  if (!is_prose(block) || !has_digit(block.text.view())) return false;
  const TextFold fold(block.text, document.folded);
  const size_t words = static_cast<size_t>(std::count(fold.view().begin(), fold.view().end(), ' ')) + 1;
  const auto codes = words <= most_codes ? codes_alone(fold.view(), words) : std::vector<std::pair<size_t, size_t>>();
  if (codes.empty()) return false;
  for (const auto& [begin, end] : codes) {
    const auto from = static_cast<uint32_t>(begin), to = static_cast<uint32_t>(end);
    if (!reader.fill_left_empty(fold.original(from, to), fold.source_span(from, to))) return false;
  }
  return true;
}

// The readers of labels and codes a conversion set apart in several blocks, in the order they are tried.
using LayoutReader = size_t (*)(const std::vector<Block>&, size_t, const Document&, ChorusReader&, std::string_view);
constexpr LayoutReader layout_readers[] = {read_columns_of_codes, read_flattened_field_columns, read_label_blocks_then_code_blocks,
                                           read_alternating_pairs};

void read_blocks(const std::vector<Block>& blocks, const Document& document, ChorusReader& reader) {
  std::string_view label;  // a short heading just above (« Pour la DGALN »)
  for (size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    if (block.kind != BlockKind::table && read_stacked_pairs(block, b + 1 < blocks.size() ? &blocks[b + 1] : nullptr, document, reader, label)) {
      ++b;
      label = {};
      continue;
    }
    size_t read = 0;
    for (const LayoutReader layout : layout_readers) {
      if ((read = layout(blocks, b, document, reader, label)) > 0) break;
    }
    if (read > 0) {
      b += read - 1;
      label = {};
      continue;
    }
    if (block.kind == BlockKind::table) {
      bool took_next = false;
      if (read_field_columns(block.table, b + 1 < blocks.size() ? &blocks[b + 1] : nullptr, took_next, reader, label)) {
        b += took_next ? 1 : 0;
        label = {};
        continue;
      }
      for (const Row* row : block.table.content_rows()) {
        if (row->cells.empty()) continue;
        const auto [field, label_cells] = row_field(*row);
        if (field != Field::none) reader.add(field, table_entry(*row, label_cells), label);
      }
      label = {};  // the block may go on below the table (« Centre de coût : » with its cell lost, as in a PDF)
      continue;
    }
    const std::string_view text = block.text.view();
    const size_t colon = text.find(':');
    const Field field = colon == std::string_view::npos || colon > 40 ? Field::none : field_of(text.substr(0, colon));
    // Fields in prose come with their codes; a line without a figure holds at most one label, read below.
    const auto entries = has_digit(text) ? prose_entries(block.text, document) : std::vector<std::pair<Field, Entry>>();
    if (!entries.empty()) {
      for (const auto& [found, entry] : entries) reader.add(found, entry, label);
      continue;
    }
    if (field != Field::none && field != Field::title && text.size() < 120) {
      reader.add(field, prose_entry(block.text, colon), label);
      continue;
    }
    if (reader.has_left_empty() && fill_with_codes_alone(block, document, reader)) continue;
    reader.close();
    // A heading, or a line that announces whose references follow (« Références Chorus de la DGGN : »).
    const bool announces = field == Field::title && trim_decorations(text.substr(colon + 1)).empty();
    label = block.kind == BlockKind::heading ? text : announces ? text.substr(0, colon) : std::string_view();
  }
  reader.close();
}

}  // namespace

std::vector<ChorusBlock> extract_chorus(const Document& document) {
  ChorusReader reader(document.parties);
  for (size_t a = 0; a < document.articles.size(); ++a) {
    reader.set_article(static_cast<int>(a));
    read_blocks(document.articles[a].blocks, document, reader);
  }
  reader.set_article(-1);
  for (const Annex& annex : document.annexes) read_blocks(annex.blocks, document, reader);
  return reader.take();
}

}  // namespace convlint::document
