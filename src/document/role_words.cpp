// Role-like words in the body: délégant, délégataire, délégué, co-délégataire, partenaire-…, misspellings included.
#include "document/facts_extraction.hpp"
#include "source/folded_text.hpp"

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
  if (is_ordinary(word)) return false;
  return word.starts_with("deleg") || word.starts_with("co-deleg") || word.starts_with("codeleg") ||
         word.starts_with("partenaire-") || word.starts_with("sous-deleg");
}

// A quick look at the bytes: could the text hold a role word at all (« délég », « DELEG », « partenaire »)?
bool may_hold_role_word(std::string_view text) {
  for (std::string_view stem : {"l\xC3\xA9g", "L\xC3\x89G", "leg", "LEG", "artenaire", "ARTENAIRE"}) {
    if (text.find(stem) != std::string_view::npos) return true;
  }
  return false;
}

void scan(const Text& text, std::vector<RoleWord>& out) {
  if (!may_hold_role_word(text.view())) return;
  const source::FoldedText folded(text.view());
  const std::string_view view = folded.view();
  std::string_view previous;
  size_t i = 0;
  while (i < view.size()) {
    if (!is_word_byte(view[i]) || view[i] == '-') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < view.size() && is_word_byte(view[end])) ++end;
    std::string_view word = view.substr(i, end - i);
    while (word.ends_with("-")) word.remove_suffix(1);
    if (is_role_like(word)) {
      const auto [begin, finish] = folded.original_range(static_cast<uint32_t>(i), static_cast<uint32_t>(i + word.size()));
      out.push_back({std::string(text.view().substr(begin, finish - begin)), std::string(word), std::string(previous),
                     text.source_span(begin, finish)});
    }
    const size_t apostrophe = word.rfind('\'');
    previous = apostrophe == std::string_view::npos ? word : word.substr(apostrophe + 1);
    i = end;
  }
}

void scan_blocks(const std::vector<Block>& blocks, std::vector<RoleWord>& out) {
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::table) {
      scan(block.text, out);
      continue;
    }
    for (const Row& row : block.table.rows) {
      for (const Cell& cell : row.cells) scan(cell.text, out);
    }
  }
}

}  // namespace

std::vector<RoleWord> extract_role_words(const Document& document) {
  std::vector<RoleWord> words;
  scan_blocks(document.preamble, words);
  for (const Article& article : document.articles) {
    scan(article.title, words);
    scan_blocks(article.blocks, words);
  }
  if (document.signature) {
    for (const Text& signatory : document.signature->signatories) scan(signatory, words);
  }
  for (const Annex& annex : document.annexes) scan_blocks(annex.blocks, words);
  return words;
}

}  // namespace convlint::document
