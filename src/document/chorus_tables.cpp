#include "document/chorus_tables.hpp"

#include <algorithm>

#include "document/schedule_words.hpp"
#include "document/text.hpp"
#include "source/folded_text.hpp"

namespace convlint::document::chorus {

namespace {

// A row that finishes the header cells above it (« Domaine » over « fonctionnel »): words only, some cells empty in
// it or in the header (« Centre ⇥ Domaine ⇥ ⇥ Centre de » over « financier ⇥ fonctionnel ⇥ Activité ⇥ coût »).
bool continues_header(const Row& row, const std::vector<std::string>& header) {
  bool empty_cell = std::any_of(header.begin(), header.end(), [](const std::string& name) { return name.empty(); });
  for (const Cell& cell : row.cells) {
    const std::string_view text = trim_decorations(cell.text.view());
    if (has_digit(text)) return false;
    empty_cell = empty_cell || text.empty();
  }
  return empty_cell || row.cells.size() == 1;
}

// The rest of a code cut at one of its hyphens (« 0155-CDAR- » over « DARE »): one short word, alone in its line.
std::optional<Span> code_rest(const Text& text) {
  constexpr size_t longest_rest = 16;
  const std::string_view rest = trim_decorations(text.view());
  if (rest.empty() || rest.size() > longest_rest || rest.find(' ') != std::string_view::npos) return std::nullopt;
  return text.source_span(rest);
}

struct CellValue {
  std::string text;  // trimmed; empty for an empty cell
  Span span;
};

// The values of a row of codes under `columns` header cells, as the conversion may have left them: two codes in one
// cell beside an empty one (« 017501020101 DRACNOR014 ⇥ »: the gap between two narrow columns lost) are the two
// cells' values; the last row's code cut at a hyphen goes on in `next` (« 0155-CDAR- » over « DARE »), which is then
// taken.
std::vector<CellValue> values_of(const Row& row, size_t columns, const Block* next, bool& took_next) {
  std::vector<CellValue> values(columns);
  for (size_t c = 0; c < columns && c < row.cells.size(); ++c) {
    const Text& cell = row.cells[c].text;
    const std::string_view written = trim_decorations(cell.view());
    if (!written.empty()) values[c] = {std::string(written), cell.source_span(written)};
  }
  for (size_t c = 0; c + 1 < columns; ++c) {
    const size_t space = values[c].text.find(' ');
    if (!values[c + 1].text.empty() || space == std::string::npos || values[c].text.find(' ', space + 1) != std::string::npos) continue;
    const std::string first = values[c].text.substr(0, space), second = values[c].text.substr(space + 1);
    if (!looks_like_code(first) || !looks_like_code(second)) continue;
    const Span whole = values[c].span;
    values[c + 1] = {second, {whole.end - static_cast<uint32_t>(second.size()), whole.end}};
    values[c] = {first, {whole.begin, whole.begin + static_cast<uint32_t>(first.size())}};
  }
  for (CellValue& value : values) {
    if (!value.text.ends_with('-') || next == nullptr || next->kind == BlockKind::table || took_next) continue;
    if (const auto rest = code_rest(next->text)) {
      value.text += std::string(trim_decorations(next->text.view()));
      value.span.end = rest->end;
      took_next = true;
    }
  }
  return values;
}

}  // namespace

// A row whose cells only finish codes cut in the row above (« 0111-DR21- » over « DD21 »: a cell too narrow for its
// code), at a hyphen or, a few characters, anywhere (« 01780405060 » over « 1 »). The pieces join their codes, and
// true. Nothing changes otherwise.
bool finish_cut_codes(std::vector<CellValue>& values, const Row& below) {
  constexpr size_t longest_cut_end = 4;
  bool finishes = false;
  for (size_t c = 0; c < below.cells.size(); ++c) {
    const std::string_view piece = trim_decorations(below.cells[c].text.view());
    if (piece.empty()) continue;
    if (c >= values.size() || values[c].text.empty() || piece.find(' ') != std::string_view::npos) return false;
    if (!values[c].text.ends_with('-') && (piece.size() > longest_cut_end || values[c].text.find(' ') != std::string::npos)) return false;
    finishes = true;
  }
  if (!finishes) return false;
  for (size_t c = 0; c < below.cells.size() && c < values.size(); ++c) {
    const std::string_view piece = trim_decorations(below.cells[c].text.view());
    if (piece.empty()) continue;
    values[c].text += piece;
    values[c].span.end = below.cells[c].text.source_span(piece).end;
  }
  return true;
}

namespace {

bool is_code(Field field) { return field != Field::none && field != Field::title && field != Field::programme; }

// Header cells that name a field together only (« Centre ⇥ financier »: OCR took the space between two words for a
// column's gap) become one, named as the field.
void join_split_names(std::vector<std::string>& names, std::vector<const Cell*>& cells) {
  for (size_t c = 0; c + 1 < names.size() && c + 1 < cells.size(); ++c) {
    if (is_code(field_of(names[c])) || is_code(field_of(names[c + 1]))) continue;
    const std::string joined = names[c] + " " + names[c + 1];
    if (!is_code(field_of(joined))) continue;
    names[c] = joined;
    names.erase(names.begin() + static_cast<std::ptrdiff_t>(c + 1));
    cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(c + 1));
  }
}

}  // namespace

bool read_field_columns(const Table& table, const Block* next, bool& took_next, ChorusReader& reader, std::string_view label) {
  constexpr size_t header_rows = 2;  // the header, maybe under a title row
  const auto rows = table.content_rows();
  for (size_t h = 0; h < rows.size() && h < header_rows; ++h) {
    const auto& header = rows[h]->cells;
    if (header.size() < 2 || has_digit(header.front().text.view())) continue;
    std::vector<std::string> names;
    for (const Cell& cell : header) names.emplace_back(trim_decorations(cell.text.view()));
    size_t first_values = h + 1;
    for (; first_values < rows.size() && continues_header(*rows[first_values], names); ++first_values) {
      const auto& cells = rows[first_values]->cells;
      for (size_t c = 0; c < cells.size() && c < names.size(); ++c)
        names[c] = std::string(trim_decorations(names[c] + " " + std::string(trim_decorations(cells[c].text.view()))));
    }
    std::vector<const Cell*> header_cells;
    for (const Cell& cell : header) header_cells.push_back(&cell);
    join_split_names(names, header_cells);
    std::vector<Field> fields;
    for (const std::string& name : names) fields.push_back(field_of(name));
    const auto codes = std::count_if(fields.begin(), fields.end(), is_code);
    // A schedule that names the UO of each row (« BOP | UO | AE | CP »): one code column is enough, and the other
    // fields may follow in prose below the table, in the same block.
    const bool schedule = std::any_of(names.begin(), names.end(), [](const std::string& name) { return is_ae(source::fold(name)); }) &&
                          std::any_of(names.begin(), names.end(), [](const std::string& name) { return is_cp(source::fold(name)); });
    if (codes < (schedule ? 1 : 2)) continue;
    for (size_t r = first_values; r < rows.size(); ++r) {
      std::optional<int> programme;
      std::vector<CellValue> values = values_of(*rows[r], fields.size(), r + 1 == rows.size() ? next : nullptr, took_next);
      if (r + 1 < rows.size() && finish_cut_codes(values, *rows[r + 1])) ++r;
      bool has_code = false;
      for (size_t c = 0; c < fields.size(); ++c) has_code = has_code || (is_code(fields[c]) && !values[c].text.empty());
      if (schedule && !has_code) continue;  // a total
      for (size_t c = 0; c < fields.size(); ++c) {
        if (fields[c] == Field::programme) programme = programme_number(values[c].text);
        if (fields[c] == Field::none || fields[c] == Field::title || fields[c] == Field::programme) continue;
        Entry entry{header_cells[c]->text.view(), header_cells[c]->text.span(), std::nullopt, {}};
        if (!values[c].text.empty()) {
          entry.value = values[c].text;
          entry.value_span = values[c].span;
        }
        reader.add(fields[c], entry, label);
      }
      if (programme) reader.set_programme(*programme);
      if (!schedule) reader.close();
    }
    return true;
  }
  return false;
}

bool read_stacked_pairs(const Block& labels_block, const Block* codes_block, const Document& document, ChorusReader& reader,
                        std::string_view label) {
  constexpr size_t longest_labels = 160;  // bytes: the four labels and their colons
  const std::string_view labels_text = labels_block.text.view();
  if (codes_block == nullptr || codes_block->kind != BlockKind::paragraph || labels_text.size() > longest_labels ||
      labels_text.find(':') == std::string_view::npos || has_digit(labels_text) || !has_digit(codes_block->text.view()))
    return false;
  const TextFold labels_fold(labels_block.text, document.folded);
  const std::vector<LabelAt> labels = labels_alone(labels_fold.view());
  if (labels.empty()) return false;
  const TextFold codes_fold(codes_block->text, document.folded);
  const auto codes = codes_alone(codes_fold.view(), labels.size());
  if (codes.empty()) return false;
  for (size_t i = 0; i < labels.size(); ++i) reader.add(labels[i].field, entry_apart(labels_fold, labels[i], codes_fold, codes[i]), label);
  reader.close();
  return true;
}

size_t read_alternating_pairs(const std::vector<Block>& blocks, size_t first, const Document& document, ChorusReader& reader,
                              std::string_view label) {
  constexpr size_t fewest_pairs = 2;
  std::vector<std::pair<Field, Entry>> entries;
  size_t at = first;
  // A code is one short word with a figure; a label a few words, at the end of its block.
  constexpr size_t longest_code = 24, longest_label = 40;
  auto may_pair = [&](const Block& key_block, const Block& code) {
    const std::string_view value = trim_decorations(code.text.view());
    if (value.size() > longest_code || !has_digit(value) || value.find(' ') != std::string_view::npos) return false;
    std::string_view key = trim_decorations(key_block.text.view());
    while (!key.empty() && key.back() == ':') key = trim_decorations(key.substr(0, key.size() - 1));
    const size_t colon = key.rfind(':');
    return (colon == std::string_view::npos ? key.size() : key.size() - colon) <= longest_label;
  };
  for (; at + 1 < blocks.size() && is_prose(blocks[at]) && is_prose(blocks[at + 1]) && may_pair(blocks[at], blocks[at + 1]); at += 2) {
    const TextFold labels_fold(blocks[at].text, document.folded);
    const auto found = last_label_alone(labels_fold.view());
    if (!found || (at > first && found->begin != labels_fold.view().find_first_not_of(' '))) break;
    const TextFold codes_fold(blocks[at + 1].text, document.folded);
    const auto codes = codes_alone(codes_fold.view(), 1);
    if (codes.empty()) break;
    entries.emplace_back(found->field, entry_apart(labels_fold, *found, codes_fold, codes[0]));
  }
  if (entries.size() < fewest_pairs) return 0;
  for (const auto& [field, entry] : entries) reader.add(field, entry, label);
  reader.close();
  return at - first;
}

size_t read_label_blocks_then_code_blocks(const std::vector<Block>& blocks, size_t first, const Document& document,
                                          ChorusReader& reader, std::string_view label) {
  constexpr size_t fewest = 2, longest_block = 40;
  // The first label may end the sentence that announces the table (« … les références suivantes : Centre financier »).
  auto readable = [&](size_t at) {
    return at < blocks.size() && is_prose(blocks[at]) && (at == first || blocks[at].text.view().size() <= longest_block);
  };
  // Cheap tests first: the block ends with a word, and a short block without figures follows.
  if (!readable(first) || !readable(first + 1) || has_digit(blocks[first + 1].text.view())) return 0;
  const std::string_view first_text = trim_decorations(blocks[first].text.view());
  if (first_text.empty() || !(std::isalpha(static_cast<unsigned char>(first_text.back())) || static_cast<unsigned char>(first_text.back()) >= 0x80))
    return 0;
  std::vector<std::pair<size_t, LabelAt>> labels;  // block, label in its folded text
  size_t at = first;
  for (; readable(at) && !has_digit(blocks[at].text.view()); ++at) {
    const TextFold fold(blocks[at].text, document.folded);
    const auto found = last_label_alone(fold.view());
    if (!found || (at > first && found->begin != fold.view().find_first_not_of(' '))) break;
    labels.emplace_back(at, *found);
  }
  if (labels.size() < fewest) return 0;
  std::vector<std::pair<size_t, std::pair<size_t, size_t>>> codes;  // block, code in its folded text
  for (; readable(at) && codes.size() < labels.size(); ++at) {
    const auto code = codes_alone(TextFold(blocks[at].text, document.folded).view(), 1);
    if (code.empty()) return 0;
    codes.emplace_back(at, code[0]);
  }
  if (codes.size() != labels.size()) return 0;
  for (size_t i = 0; i < labels.size(); ++i) {
    const TextFold label_fold(blocks[labels[i].first].text, document.folded), code_fold(blocks[codes[i].first].text, document.folded);
    reader.add(labels[i].second.field, entry_apart(label_fold, labels[i].second, code_fold, codes[i].second), label);
  }
  return at - first;  // the block stays open: the table's other cells may follow as labels with their codes
}

size_t read_flattened_field_columns(const std::vector<Block>& blocks, size_t first, const Document& document, ChorusReader& reader,
                                    std::string_view label) {
  constexpr size_t longest_header = 160, most_rows = 12;
  const Block& header = blocks[first];
  if (!is_prose(header) || header.text.view().size() > longest_header || has_digit(header.text.view()) ||
      first + 1 >= blocks.size() || !has_digit(blocks[first + 1].text.view()) || !may_open_with_label(header.text.view()))
    return 0;
  const TextFold header_fold(header.text, document.folded);
  std::string_view fields = header_fold.view();
  size_t offset = 0;
  const bool programme_column = fields.starts_with("programme ") || fields.starts_with("bop ");
  if (programme_column) offset = fields.find(' ') + 1;
  const std::vector<LabelAt> labels = labels_alone(fields.substr(offset));
  if (labels.empty()) return 0;
  const size_t columns = labels.size() + (programme_column ? 1 : 0);
  size_t at = first + 1;
  for (; at < blocks.size() && at - first <= most_rows && is_prose(blocks[at]); ++at) {
    const TextFold row(blocks[at].text, document.folded);
    const auto codes = codes_alone(row.view(), columns);
    if (codes.empty()) break;
    const size_t skip = programme_column ? 1 : 0;
    for (size_t i = 0; i < labels.size(); ++i) {
      const LabelAt shifted{labels[i].begin + offset, labels[i].end + offset, labels[i].field};
      reader.add(labels[i].field, entry_apart(header_fold, shifted, row, codes[i + skip]), label);
    }
    if (programme_column) {
      const auto [begin, end] = codes.front();
      if (const auto number = programme_number(row.view().substr(begin, end - begin))) reader.set_programme(*number);
    }
    reader.close();
  }
  return at == first + 1 ? 0 : at - first;
}

size_t read_columns_of_codes(const std::vector<Block>& blocks, size_t first, const Document& document, ChorusReader& reader,
                             std::string_view label) {
  constexpr size_t fewest_rows = 2, fewest_columns = 2, longest_column = 200;
  struct Column {
    size_t block;
    LabelAt label;
    std::vector<std::pair<size_t, size_t>> codes;
  };
  const std::string_view opening = blocks[first].text.view();
  if (opening.size() > longest_column || !has_digit(opening) || !may_open_with_label(opening)) return 0;
  std::vector<Column> columns;
  std::vector<int> programmes;
  size_t rows = 0;
  size_t at = first;
  for (; at < blocks.size() && is_prose(blocks[at]); ++at) {
    const std::string_view text = blocks[at].text.view();
    if (text.size() > longest_column || !has_digit(text)) break;
    const TextFold fold(blocks[at].text, document.folded);
    const std::string_view view = fold.view();
    if (at == first && (view.starts_with("programme ") || view.starts_with("bop "))) {
      const size_t space = view.find(' ');
      const auto numbers = codes_alone(view.substr(space + 1), static_cast<size_t>(std::count(view.begin() + static_cast<std::ptrdiff_t>(space) + 1, view.end(), ' ')) + 1);
      for (const auto& [begin, end] : numbers) {
        if (const auto number = programme_number(view.substr(space + 1 + begin, end - begin))) programmes.push_back(*number);
      }
      if (programmes.size() < fewest_rows || programmes.size() != numbers.size()) return 0;
      rows = programmes.size();
      continue;
    }
    const std::vector<LabelAt> found = labels_in(view);
    if (found.size() != 1 || found[0].begin != view.find_first_not_of(' ')) break;
    const std::string_view rest = view.substr(found[0].end);
    const size_t words = static_cast<size_t>(std::count(rest.begin(), rest.end(), ' '));  // rest starts with its space
    if (rows == 0) rows = words;
    auto codes = codes_alone(rest, rows);
    if (rows < fewest_rows || codes.empty()) break;
    for (auto& [begin, end] : codes) begin += found[0].end, end += found[0].end;
    columns.push_back({at, found[0], std::move(codes)});
  }
  if (columns.size() < fewest_columns) return 0;
  for (size_t row = 0; row < rows; ++row) {
    for (const Column& column : columns) {
      const TextFold fold(blocks[column.block].text, document.folded);
      reader.add(column.label.field, entry_apart(fold, column.label, fold, column.codes[row]), label);
    }
    if (!programmes.empty()) reader.set_programme(programmes[row]);
    reader.close();
  }
  return at - first;
}

}  // namespace convlint::document::chorus
