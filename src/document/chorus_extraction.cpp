// Chorus imputation blocks: key–value tables (« Domaine fonctionnel : ⇥ 0352-01 ») and key–value lines in prose.
#include "document/facts_extraction.hpp"
#include "document/text_fold.hpp"
#include "source/folded_text.hpp"

#include <algorithm>

namespace convlint::document {

namespace {

enum class Field { none, domaine_fonctionnel, centre_financier, activite, centre_de_cout, code_comptable, axe, programme, title };

// Where `label` ends when the words at `at` are its words, each in the singular or the plural (« centres de coûts »),
// maybe with a point or comma between them; 0 when they are not, or when the last one goes on into a longer word.
size_t label_end(std::string_view folded, size_t at, std::string_view label) {
  size_t in = at;
  for (size_t from = 0; from <= label.size();) {
    const size_t word_end = std::min(label.find(' ', from), label.size());
    const std::string_view word = label.substr(from, word_end - from);
    if (folded.substr(in, word.size()) != word) return 0;
    in += word.size();
    if (in < folded.size() && (folded[in] == 's' || folded[in] == 'x')) ++in;
    if (in < folded.size() && std::isalnum(static_cast<unsigned char>(folded[in]))) return 0;
    if (word_end == label.size()) return in;
    if (in < folded.size() && (folded[in] == '.' || folded[in] == ',')) ++in;  // a speck a scan's OCR read as a point
    if (in >= folded.size() || folded[in] != ' ') return 0;
    ++in;
    from = word_end + 1;
  }
  return 0;
}

Field field_of(std::string_view key) {
  const std::string folded = source::fold(trim_decorations(key));
  auto starts = [&](std::string_view prefix) { return folded.starts_with(prefix); };
  if (starts("domaine") && label_end(folded, 0, "domaine fonctionnel")) return Field::domaine_fonctionnel;
  if (label_end(folded, 0, "centre financier") || label_end(folded, 0, "unite operationnelle") || starts("uo ") || folded == "uo" || starts("uo:"))
    return Field::centre_financier;
  if (starts("activite")) return Field::activite;
  if (label_end(folded, 0, "centre de cout")) return Field::centre_de_cout;
  if (starts("code du comptable") || starts("code comptable") || starts("comptable assignataire")) return Field::code_comptable;
  if (starts("axe")) return Field::axe;
  if (starts("programme") || starts("bop")) return Field::programme;
  if (starts("references chorus") || starts("imputation")) return Field::title;
  return Field::none;
}

std::optional<int> programme_number(std::string_view text) {
  const size_t digit = text.find_first_of("0123456789");
  if (digit == std::string_view::npos) return std::nullopt;
  const size_t end = text.find_first_not_of("0123456789", digit);
  const std::string_view number = text.substr(digit, end == std::string_view::npos ? std::string_view::npos : end - digit);
  if (number.size() < 3 || number.size() > 4) return std::nullopt;
  return std::stoi(std::string(number));
}

// One key–value pair: the key as written and, when there is one, the value beside it.
struct Entry {
  std::string_view key;
  Span key_span;
  std::optional<std::string_view> value;
  Span value_span;
};

class ChorusReader {
 public:
  // Labels are kept when they say whose references follow: a programme, or one of `parties`.
  explicit ChorusReader(const std::vector<Party>& parties) : parties_(parties) {}

  void add(Field field, const Entry& entry, std::string_view label_before) {
    if (field == Field::title || field == Field::programme) {
      if (current_ && has_field()) close();
      if (!current_) open(label_before.empty() ? entry.key : label_before, entry.key_span);
      if (field == Field::programme) current_->programme = programme_number(entry.key);
      return;
    }
    if (current_ && slot(field) != nullptr && slot(field)->has_value()) close();  // the same field again: a new block
    if (!current_) open(label_before, entry.key_span);
    ChorusField value;
    value.label_span = entry.key_span;
    value.value = entry.value ? std::string(trim_decorations(*entry.value)) : std::string();
    value.value_span = entry.value ? entry.value_span : Span{entry.key_span.end, entry.key_span.end};
    current_->span.end = std::max(current_->span.end, std::max(value.value_span.end, entry.key_span.end));
    if (field != Field::axe && value.value.empty()) left_empty_.push_back(field);
    if (field == Field::axe) current_->axes.emplace_back(std::string(trim_decorations(entry.key)), std::move(value));
    else *slot(field) = std::move(value);
  }

  // « Domaine fonctionnel : » and « Activité : » left empty, their codes below on lines of their own (`pdftotext`
  // read a table typed with tab stops one column after the other): the next field left empty takes `code`.
  bool fill_left_empty(std::string_view code, Span span) {
    if (!current_ || left_empty_.empty()) return false;
    std::optional<ChorusField>* field = slot(left_empty_.front());
    left_empty_.erase(left_empty_.begin());
    if (field == nullptr || !field->has_value()) return false;
    (*field)->value = std::string(code);
    (*field)->value_span = span;
    current_->span.end = std::max(current_->span.end, span.end);
    return true;
  }
  bool has_left_empty() const { return current_ && !left_empty_.empty(); }

  void set_programme(int programme) {
    if (current_) current_->programme = programme;
  }

  void close() {
    if (current_ && has_field()) blocks_.push_back(std::move(*current_));
    current_.reset();
    left_empty_.clear();
  }

  void set_article(int article) { article_ = article; }
  std::vector<ChorusBlock> take() {
    close();
    return std::move(blocks_);
  }

 private:
  void open(std::string_view label, Span span) {
    current_ = ChorusBlock{};
    label = trim_decorations(label);
    while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.remove_suffix(1);
    // « Références Chorus : » says nothing of whose they are; « Références Chorus de la DGGN », « Pour la DGALN » do.
    if (field_of(label) != Field::title || names_an_owner(label, parties_)) current_->label = std::string(label);
    current_->span = span;
    current_->article = article_;
  }

  bool has_field() const {
    return current_->domaine_fonctionnel || current_->centre_financier || current_->activite ||
           current_->centre_de_cout || current_->code_comptable;
  }

  std::optional<ChorusField>* slot(Field field) {
    switch (field) {
      case Field::domaine_fonctionnel: return &current_->domaine_fonctionnel;
      case Field::centre_financier: return &current_->centre_financier;
      case Field::activite: return &current_->activite;
      case Field::centre_de_cout: return &current_->centre_de_cout;
      case Field::code_comptable: return &current_->code_comptable;
      default: return nullptr;
    }
  }

  std::optional<ChorusBlock> current_;
  std::vector<Field> left_empty_;  // the current block's fields given without a value, in reading order
  std::vector<ChorusBlock> blocks_;
  int article_ = -1;
  const std::vector<Party>& parties_;
};

// A Chorus code: a word with a digit (« 0352-01 », « SGSIFAB075 »).
bool looks_like_code(std::string_view word) {
  return word.size() >= 2 && std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

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

// Where a field label stands in folded text.
struct LabelAt {
  size_t begin, end;
  Field field;
};

// The labels of Chorus fields in a folded text, in reading order (each at a word start).
std::vector<LabelAt> labels_in(std::string_view folded) {
  static constexpr std::pair<std::string_view, Field> labels[] = {
      {"domaine fonctionnel", Field::domaine_fonctionnel}, {"centre financier", Field::centre_financier},
      {"unite operationnelle", Field::centre_financier},   {"activite", Field::activite},
      {"centre de cout", Field::centre_de_cout},           {"code du comptable", Field::code_comptable},
      {"code comptable", Field::code_comptable},           {"uo", Field::centre_financier}};
  std::vector<LabelAt> found;
  for (size_t at = 0; at < folded.size(); ++at) {  // one pass over word starts, in reading order
    if (at > 0 && std::isalnum(static_cast<unsigned char>(folded[at - 1]))) continue;
    for (const auto& [label, field] : labels) {
      if (folded[at] != label.front()) continue;
      if (const size_t end = label_end(folded, at, label)) found.push_back({at, end, field});
    }
  }
  return found;
}

// The entry of a label and a code found apart (in two blocks, or apart in one), from their folded offsets.
Entry entry_apart(const TextFold& labels_fold, const LabelAt& label, const TextFold& codes_fold, std::pair<size_t, size_t> code) {
  Entry entry;
  entry.key = labels_fold.original(static_cast<uint32_t>(label.begin), static_cast<uint32_t>(label.end));
  entry.key_span = labels_fold.source_span(static_cast<uint32_t>(label.begin), static_cast<uint32_t>(label.end));
  entry.value = codes_fold.original(static_cast<uint32_t>(code.first), static_cast<uint32_t>(code.second));
  entry.value_span = codes_fold.source_span(static_cast<uint32_t>(code.first), static_cast<uint32_t>(code.second));
  return entry;
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

// A row that finishes the header cells above it (« Domaine » over « fonctionnel »): words only, some cells empty.
bool continues_header(const Row& row) {
  bool empty_cell = false;
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

// A table whose header names the fields (« Programme | Centre financier | Domaine fonctionnel | Activité »): one
// block of codes per row below it. Header cells may wrap onto a second row, and the last row's code onto the block
// after the table (`next`, taken when used). False when no row names two fields.
bool read_field_columns(const Table& table, const Block* next, bool& took_next, ChorusReader& reader, std::string_view label) {
  constexpr size_t header_rows = 2;  // the header, maybe under a title row
  const auto rows = table.content_rows();
  for (size_t h = 0; h < rows.size() && h < header_rows; ++h) {
    const auto& header = rows[h]->cells;
    if (header.size() < 2 || has_digit(header.front().text.view())) continue;
    std::vector<std::string> names;
    for (const Cell& cell : header) names.emplace_back(trim_decorations(cell.text.view()));
    size_t first_values = h + 1;
    for (; first_values < rows.size() && continues_header(*rows[first_values]); ++first_values) {
      const auto& cells = rows[first_values]->cells;
      for (size_t c = 0; c < cells.size() && c < names.size(); ++c) names[c] += " " + std::string(trim_decorations(cells[c].text.view()));
    }
    std::vector<Field> fields;
    for (const std::string& name : names) fields.push_back(field_of(name));
    const auto codes = std::count_if(fields.begin(), fields.end(), [](Field field) {
      return field != Field::none && field != Field::title && field != Field::programme;
    });
    if (codes < 2) continue;
    for (size_t r = first_values; r < rows.size(); ++r) {
      std::optional<int> programme;
      const std::vector<CellValue> values = values_of(*rows[r], fields.size(), r + 1 == rows.size() ? next : nullptr, took_next);
      for (size_t c = 0; c < fields.size(); ++c) {
        if (fields[c] == Field::programme) programme = programme_number(values[c].text);
        if (fields[c] == Field::none || fields[c] == Field::title || fields[c] == Field::programme) continue;
        Entry entry{header[c].text.view(), header[c].text.span(), std::nullopt, {}};
        if (!values[c].text.empty()) {
          entry.value = values[c].text;
          entry.value_span = values[c].span;
        }
        reader.add(fields[c], entry, label);
      }
      if (programme) reader.set_programme(*programme);
      reader.close();
    }
    return true;
  }
  return false;
}

// The labels of a paragraph made of labels alone (« Centre financier : Domaine fonctionnel : Activité : »), none
// with its code: `pdftotext` without -layout wrote a two-column table column by column.
std::vector<LabelAt> labels_alone(std::string_view folded) {
  std::vector<LabelAt> labels = labels_in(folded);
  size_t at = 0;
  for (const LabelAt& label : labels) {
    if (folded.substr(at, label.begin - at).find_first_not_of(" :") != std::string_view::npos) return {};
    at = label.end;
  }
  if (labels.size() < 2 || folded.substr(at).find_first_not_of(" :") != std::string_view::npos) return {};
  return labels;
}

// The codes of a paragraph made of codes alone, each word one, as many as `wanted`.
std::vector<std::pair<size_t, size_t>> codes_alone(std::string_view folded, size_t wanted) {
  std::vector<std::pair<size_t, size_t>> codes;
  for (size_t at = folded.find_first_not_of(' '); at < folded.size(); at = folded.find_first_not_of(' ', at)) {
    const size_t end = std::min(folded.find(' ', at), folded.size());
    if (!looks_like_code(folded.substr(at, end - at))) return {};
    codes.emplace_back(at, end);
    at = end;
  }
  return codes.size() == wanted ? codes : std::vector<std::pair<size_t, size_t>>();
}

// A paragraph of labels alone followed by one of as many codes: each label takes the code of its rank.
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

// The one label a block ends with, alone on its last line or after its colon (« Les dépenses sont imputées comme suit :
// Domaine fonctionnel »: a conversion that wrote each cell of a table on its own line); nothing when there is none.
std::optional<LabelAt> last_label_alone(std::string_view folded) {
  const size_t last = folded.find_last_not_of(" :");
  if (last == std::string_view::npos) return std::nullopt;
  const size_t colon = folded.rfind(':', last);
  const size_t from = colon == std::string_view::npos ? 0 : colon + 1;
  const std::vector<LabelAt> labels = labels_in(folded.substr(from));
  if (labels.size() != 1 || folded.substr(from, labels[0].begin).find_first_not_of(' ') != std::string_view::npos ||
      folded.substr(from + labels[0].end).find_first_not_of(" :") != std::string_view::npos)
    return std::nullopt;
  if (from > 0 && folded.substr(from).find_first_not_of(' ') != labels[0].begin) return std::nullopt;
  return LabelAt{from + labels[0].begin, from + labels[0].end, labels[0].field};
}

// Labels and codes each in a block of their own, one after the other (« Domaine fonctionnel », « 0105-03 », « Centre
// financier », « 0105-CDNU-DNUM »…): two pairs at least. Returns the blocks read.
size_t read_alternating_pairs(const std::vector<Block>& blocks, size_t first, const Document& document, ChorusReader& reader,
                              std::string_view label) {
  constexpr size_t fewest_pairs = 2;
  auto readable = [](const Block& block) { return block.kind == BlockKind::paragraph || block.kind == BlockKind::heading; };
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
  for (; at + 1 < blocks.size() && readable(blocks[at]) && readable(blocks[at + 1]) && may_pair(blocks[at], blocks[at + 1]); at += 2) {
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

// Labels each alone in a block, then as many codes each alone in a block (« Centre financier », « Centre de coûts »,
// « 0155-CDAR-DARE », « DARDARE075 »: `pdftotext` wrote a table's header row and its value row one cell after the
// other): each label takes the code of its rank. Returns the blocks read.
size_t read_label_blocks_then_code_blocks(const std::vector<Block>& blocks, size_t first, const Document& document,
                                          ChorusReader& reader, std::string_view label) {
  constexpr size_t fewest = 2, longest_block = 40;
  // The first label may end the sentence that announces the table (« … les références suivantes : Centre financier »).
  auto readable = [&](size_t at) {
    return at < blocks.size() && (blocks[at].kind == BlockKind::paragraph || blocks[at].kind == BlockKind::heading) &&
           (at == first || blocks[at].text.view().size() <= longest_block);
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

// Whether `text` may open with a field's label or the programme's (« Centre », « Domaine », « Activité », « UO »,
// « Programme »…), judged on its first letters before any folding: most blocks do not.
bool may_open_with_label(std::string_view text) {
  text = trim_decorations(text);
  std::string head;
  for (size_t at = 0; at < text.size() && head.size() < 4; ++at) head += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
  for (std::string_view start : {"cent", "doma", "acti", "uo ", "uo:", "prog", "bop ", "unit", "code"}) {
    if (head.starts_with(start)) return true;
  }
  return false;
}

// A table with field columns whose cells were flattened to single spaces (`pandoc -t plain`): a paragraph of labels
// (« Programme Centre financier Domaine fonctionnel Centre de coûts »), then paragraphs of as many codes, one per
// row (« 214 0214-RBRE-R035 0214-08 RECRENS035 »), each a block of codes. Returns the blocks read.
size_t read_flattened_field_columns(const std::vector<Block>& blocks, size_t first, const Document& document, ChorusReader& reader,
                                    std::string_view label) {
  constexpr size_t longest_header = 160, most_rows = 12;
  // Short lines alone read as sub-headings.
  auto readable = [&](size_t at) { return blocks[at].kind == BlockKind::paragraph || blocks[at].kind == BlockKind::heading; };
  const Block& header = blocks[first];
  if (!readable(first) || header.text.view().size() > longest_header || has_digit(header.text.view()) ||
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
  for (; at < blocks.size() && at - first <= most_rows && readable(at); ++at) {
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

// A table with field columns and several rows that `pdftotext` without -layout wrote column by column: each column
// a paragraph, its label then one code per row (« Centre financier 0214-RBRE-R035 0141-RBRE-R035 »), maybe after a
// programme column (« Programme 214 141 »). Each row is a block of codes. Returns the blocks read.
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
  for (; at < blocks.size() && (blocks[at].kind == BlockKind::paragraph || blocks[at].kind == BlockKind::heading); ++at) {
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

// A paragraph of codes alone gives them to the fields left empty above it, in order.
bool fill_with_codes_alone(const Block& block, const Document& document, ChorusReader& reader) {
  constexpr size_t most_codes = 6;
  // A code alone on its line reads as a sub-heading.
  if ((block.kind != BlockKind::paragraph && block.kind != BlockKind::heading) || !has_digit(block.text.view())) return false;
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

void read_blocks(const std::vector<Block>& blocks, const Document& document, ChorusReader& reader) {
  std::string_view label;  // a short heading just above (« Pour la DGALN »)
  for (size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    if (block.kind != BlockKind::table && read_stacked_pairs(block, b + 1 < blocks.size() ? &blocks[b + 1] : nullptr, document, reader, label)) {
      ++b;
      label = {};
      continue;
    }
    if (const size_t read = read_columns_of_codes(blocks, b, document, reader, label); read > 0) {
      b += read - 1;
      label = {};
      continue;
    }
    if (const size_t read = read_flattened_field_columns(blocks, b, document, reader, label); read > 0) {
      b += read - 1;
      label = {};
      continue;
    }
    if (const size_t read = read_label_blocks_then_code_blocks(blocks, b, document, reader, label); read > 0) {
      b += read - 1;
      label = {};
      continue;
    }
    if (const size_t read = read_alternating_pairs(blocks, b, document, reader, label); read > 0) {
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
