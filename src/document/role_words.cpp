// Role-like words in the body: délégant, délégataire, délégué, co-délégataire, partenaire-…, misspellings included.
#include <algorithm>

#include "document/facts_extraction.hpp"
#include "document/text_fold.hpp"
#include "source/find_word.hpp"

namespace convlint::document {

namespace {

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

// Folded words that start like a role but are ordinary words.
bool is_ordinary(std::string_view word) {
  return word.starts_with("delegation") || word.starts_with("deleguer") || word == "partenaires" ||
         word == "partenaire" || word == "partenariat" || word.starts_with("partenariats");
}

bool is_role_like(std::string_view word) {
  // « sous-délégation », « co-délégation »: an ordinary word behind its prefix.
  for (const std::string_view prefix : {"sous-", "co-", "co"}) {
    if (word.starts_with(prefix) && is_ordinary(word.substr(prefix.size()))) return false;
  }
  if (is_ordinary(word)) return false;
  return word.starts_with("deleg") || word.starts_with("co-deleg") || word.starts_with("codeleg") ||
         word.starts_with("partenaire-") || word.starts_with("sous-deleg");
}

struct Word {
  size_t begin, end;
};

// The word holding byte `at`: its run of word bytes, without leading or trailing hyphens.
Word word_at(std::string_view view, size_t at) {
  size_t begin = at, end = at;
  while (begin > 0 && is_word_byte(view[begin - 1])) --begin;
  while (end < view.size() && is_word_byte(view[end])) ++end;
  while (begin < end && view[begin] == '-') ++begin;
  while (end > begin && view[end - 1] == '-') --end;
  return {begin, end};
}

// The word before the one starting at `begin` (« le » in « le délégataire »), empty at the start of the text.
std::string_view word_before(std::string_view view, size_t begin) {
  size_t at = begin;
  while (at > 0) {
    while (at > 0 && !is_word_byte(view[at - 1])) --at;
    if (at == 0) break;
    const Word word = word_at(view, at - 1);
    if (word.end > word.begin) return view.substr(word.begin, word.end - word.begin);
    at = word.begin;
    while (at > 0 && is_word_byte(view[at - 1])) --at;
  }
  return {};
}

// The word after the one ending at `end` (« régional » in « délégué régional »), empty at the end of the text.
std::string_view word_after(std::string_view view, size_t end) {
  size_t at = end;
  while (at < view.size() && !is_word_byte(view[at])) ++at;
  const Word word = word_at(view, std::min(at, view.size()));
  return at < view.size() ? view.substr(word.begin, word.end - word.begin) : std::string_view();
}

class Scanner {
 public:
  explicit Scanner(const Document& document) : document_(document) {}

  void scan(const Text& text) {
    const TextFold folded(text, document_.folded);
    const std::string_view view = folded.view();
    size_t last_end = 0;
    // « délég… » by its « g », « partenaire-… » by its hyphen: rarer than their first letters.
    auto next_leg = [&](size_t from) { return source::find_by_letter(view, "leg", 2, from); };
    auto next_partner = [&](size_t from) { return source::find_by_letter(view, "partenaire-", 10, from); };
    size_t leg = next_leg(0), partner = next_partner(0);
    while (leg != std::string_view::npos || partner != std::string_view::npos) {
      const size_t at = std::min(leg, partner);
      if (at == leg) leg = next_leg(at + 1);
      else partner = next_partner(at + 1);
      if (at < last_end) continue;
      const Word word = word_at(view, at);
      last_end = std::max(word.end, at + 1);
      const std::string_view folded_word = view.substr(word.begin, word.end - word.begin);
      if (!is_role_like(folded_word)) continue;
      const auto begin = static_cast<uint32_t>(word.begin), finish = static_cast<uint32_t>(word.end);
      words.push_back({std::string(folded.original(begin, finish)), std::string(folded_word),
                       std::string(word_before(view, word.begin)),
                       folded_word.starts_with("delegue") ? std::string(word_after(view, word.end)) : std::string(),
                       folded.source_span(begin, finish)});
    }
  }

  void scan_blocks(const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
      if (block.kind != BlockKind::table) {
        scan(block.text);
        continue;
      }
      for (const Row& row : block.table.rows) {
        for (const Cell& cell : row.cells) scan(cell.text);
      }
    }
  }

  std::vector<RoleWord> words;

 private:
  const Document& document_;
};

}  // namespace

std::vector<RoleWord> extract_role_words(const Document& document) {
  Scanner scanner(document);
  scanner.scan_blocks(document.preamble);
  for (const Article& article : document.articles) {
    scanner.scan(article.title);
    scanner.scan_blocks(article.blocks);
  }
  if (document.signature) {
    for (const Text& signatory : document.signature->signatories) scanner.scan(signatory);
  }
  for (const Annex& annex : document.annexes) scanner.scan_blocks(annex.blocks);
  return std::move(scanner.words);
}

}  // namespace convlint::document
