#pragma once
// What the Chorus readers share: the fields and their labels, the codes, and the reader that gathers entries into
// blocks (internal to src/document: chorus_extraction.cpp reads prose and key–value tables, chorus_tables.cpp the
// layouts conversions leave).

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document/document.hpp"
#include "document/facts_extraction.hpp"
#include "document/text_fold.hpp"

namespace convlint::document::chorus {

// A paragraph, or a short line alone that reads as a sub-heading: where labels and codes set apart stand.
inline bool is_prose(const Block& block) { return block.kind == BlockKind::paragraph || block.kind == BlockKind::heading; }

enum class Field { none, domaine_fonctionnel, centre_financier, activite, centre_de_cout, code_comptable, axe, programme, title };

// Where `label` ends when the words at `at` are its words, each in the singular or the plural (« centres de coûts »),
// maybe with a point or comma between them; 0 when they are not, or when the last one goes on into a longer word.
size_t label_end(std::string_view folded, size_t at, std::string_view label);

Field field_of(std::string_view key);

std::optional<int> programme_number(std::string_view text);

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
    // The same field again starts a new block, unless it gives the same code (« imputés sur l'UO 0361-CDGP-DNUM », then
    // « Centre financier : 0361-CDGP-DNUM » in the references that follow): that is the block named twice.
    if (current_ && slot(field) != nullptr && slot(field)->has_value()) {
      if (entry.value && (*slot(field))->value == trim_decorations(*entry.value)) return;
      close();
    }
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
bool looks_like_code(std::string_view word);

// Where a field label stands in folded text.
struct LabelAt {
  size_t begin, end;
  Field field;
};

// The labels of Chorus fields in a folded text, in reading order (each at a word start).
std::vector<LabelAt> labels_in(std::string_view folded);

// The entry of a label and a code found apart (in two blocks, or apart in one), from their folded offsets.
Entry entry_apart(const TextFold& labels_fold, const LabelAt& label, const TextFold& codes_fold, std::pair<size_t, size_t> code);

// The labels of a paragraph made of labels alone (« Centre financier : Domaine fonctionnel : Activité : »), none
// with its code: `pdftotext` without -layout wrote a two-column table column by column.
std::vector<LabelAt> labels_alone(std::string_view folded);

// The codes of a paragraph made of codes alone, each word one, as many as `wanted`.
std::vector<std::pair<size_t, size_t>> codes_alone(std::string_view folded, size_t wanted);

// The one label a block ends with, alone on its last line or after its colon (« Les dépenses sont imputées comme suit :
// Domaine fonctionnel »: a conversion that wrote each cell of a table on its own line); nothing when there is none.
std::optional<LabelAt> last_label_alone(std::string_view folded);

// Whether `text` may open with a field's label or the programme's (« Centre », « Domaine », « Activité », « UO »,
// « Programme »…), judged on its first letters before any folding: most blocks do not.
bool may_open_with_label(std::string_view text);

}  // namespace convlint::document::chorus
