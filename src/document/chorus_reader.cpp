#include "document/chorus_reader.hpp"

#include <algorithm>

#include "document/text.hpp"
#include "source/folded_text.hpp"

namespace convlint::document::chorus {

namespace {

// The labels of the fields as prose and tables write them (folded).
constexpr std::pair<std::string_view, Field> field_labels[] = {
    {"domaine fonctionnel", Field::domaine_fonctionnel}, {"centre financier", Field::centre_financier},
    {"unite operationnelle", Field::centre_financier},   {"activite", Field::activite},
    {"centre de cout", Field::centre_de_cout},           {"code du comptable", Field::code_comptable},
    {"code comptable", Field::code_comptable},           {"uo", Field::centre_financier}};

}  // namespace

size_t label_end(std::string_view folded, size_t at, std::string_view label) {
  size_t in = at;
  for (size_t from = 0; from <= label.size();) {
    const size_t word_end = std::min(label.find(' ', from), label.size());
    const std::string_view word = label.substr(from, word_end - from);
    if (folded.substr(in, word.size()) != word) return 0;
    in += word.size();
    if (in < folded.size() && (folded[in] == 's' || folded[in] == 'x')) ++in;
    else if (folded.substr(in, 3) == "(s)") in += 3;  // « Activité(s) »
    if (in < folded.size() && std::isalnum(static_cast<unsigned char>(folded[in]))) return 0;
    if (word_end == label.size()) return in;
    if (in < folded.size() && (folded[in] == '.' || folded[in] == ',')) ++in;  // a speck a scan's OCR read as a point
    if (in >= folded.size() || folded[in] != ' ') return 0;
    while (in < folded.size() && folded[in] == ' ') ++in;  // the label wrapped onto an indented line
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

bool looks_like_code(std::string_view word) {
  return word.size() >= 2 && std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<LabelAt> labels_in(std::string_view folded) {
  std::vector<LabelAt> found;
  for (size_t at = 0; at < folded.size(); ++at) {  // one pass over word starts, in reading order
    if (at > 0 && std::isalnum(static_cast<unsigned char>(folded[at - 1]))) continue;
    for (const auto& [label, field] : field_labels) {
      if (folded[at] != label.front()) continue;
      if (const size_t end = label_end(folded, at, label)) found.push_back({at, end, field});
    }
  }
  return found;
}

Entry entry_apart(const TextFold& labels_fold, const LabelAt& label, const TextFold& codes_fold, std::pair<size_t, size_t> code) {
  Entry entry;
  entry.key = labels_fold.original(static_cast<uint32_t>(label.begin), static_cast<uint32_t>(label.end));
  entry.key_span = labels_fold.source_span(static_cast<uint32_t>(label.begin), static_cast<uint32_t>(label.end));
  entry.value = codes_fold.original(static_cast<uint32_t>(code.first), static_cast<uint32_t>(code.second));
  entry.value_span = codes_fold.source_span(static_cast<uint32_t>(code.first), static_cast<uint32_t>(code.second));
  return entry;
}

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

bool may_open_with_label(std::string_view text) {
  text = trim_decorations(text);
  std::string head;
  for (size_t at = 0; at < text.size() && head.size() < 4; ++at) head += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
  constexpr size_t compared = 4;
  for (const auto& [label, field] : field_labels) {
    if (head.starts_with(label.substr(0, compared))) return true;
  }
  return head.starts_with("prog") || head.starts_with("bop ");
}

}  // namespace convlint::document::chorus
