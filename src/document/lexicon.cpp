#include "document/lexicon.hpp"

#include <algorithm>

#include "base/ui_text.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

constexpr char next_word = ' ';
constexpr char rest_of_word = '*';
constexpr char any_words = '~';
constexpr int gap_words = 5;

using Error = LocalizedText;

// The words of a folded term, or an error.
std::optional<Error> split_term(std::string_view folded, std::vector<std::string>& words) {
  for (size_t at = 0; at < folded.size();) {
    while (at < folded.size() && folded[at] == ' ') ++at;
    const size_t end = std::min(folded.find(' ', at), folded.size());
    if (end > at) words.emplace_back(folded.substr(at, end - at));
    at = end;
  }
  if (words.empty()) return ui_localized("lexicon.empty_term");
  if (words.front() == "~" || words.back() == "~")
    return ui_localized("lexicon.tilde_at_an_end");
  for (const std::string& word : words) {
    if (word == "~") continue;
    for (size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      const bool star = c == rest_of_word && i + 1 == word.size() && i > 0;
      if (!is_word_byte(c) && c != '\'' && !star)
        return ui_localized("lexicon.character_in_a_word", {{"character", std::string(1, c)}});
    }
  }
  return std::nullopt;
}

}  // namespace

Lexicon::Lexicon() {
  nodes_.emplace_back();
  flags_.push_back(0);
  letters_.resize(row_width, 0);
  for (std::string_view name : core_concept_names) intern(name);
}

ConceptId Lexicon::intern(std::string_view name) {
  if (const auto found = find(name)) return *found;
  concepts_.push_back({std::string(name), {}, {}, {}});
  return static_cast<ConceptId>(concepts_.size() - 1);
}

std::optional<ConceptId> Lexicon::find(std::string_view name) const {
  for (size_t i = 0; i < concepts_.size(); ++i) {
    if (concepts_[i].name == name) return static_cast<ConceptId>(i);
  }
  return std::nullopt;
}

void Lexicon::add_word(std::string_view name, std::string_view word) {
  std::vector<std::string>& words = concepts_[intern(name)].words;
  std::string folded = source::fold(word);
  const auto at = std::lower_bound(words.begin(), words.end(), folded);
  if (at == words.end() || *at != folded) words.insert(at, std::move(folded));
}

bool Lexicon::has_word(ConceptId id, std::string_view folded_word) const {
  const std::vector<std::string>& words = concepts_[id].words;
  return std::binary_search(words.begin(), words.end(), folded_word);
}

void Lexicon::set_antecedents(std::string_view name, const std::vector<std::string>& antecedents) {
  const ConceptId id = intern(name);
  std::vector<ConceptId> ids;
  for (const std::string& antecedent : antecedents) ids.push_back(intern(antecedent));
  concepts_[id].antecedents = std::move(ids);
}

uint8_t Lexicon::slot(char c) {
  static constexpr auto table = [] {
    std::array<uint8_t, 256> slots_of{};
    slots_of.fill(other_byte);
    for (int letter = 'a'; letter <= 'z'; ++letter) slots_of[static_cast<size_t>(letter)] = static_cast<uint8_t>(letter - 'a');
    for (int digit = '0'; digit <= '9'; ++digit) slots_of[static_cast<size_t>(digit)] = static_cast<uint8_t>(26 + digit - '0');
    slots_of['-'] = 36;
    slots_of['\''] = 37;
    return slots_of;
  }();
  return table[static_cast<unsigned char>(c)];
}

uint32_t Lexicon::child(uint32_t node, char label) const {
  const Node& from = nodes_[node];
  switch (label) {
    case next_word: return from.next_word;
    case rest_of_word: return from.rest_of_word;
    case any_words: return from.any_words;
    default: return letter(node, label);
  }
}

uint32_t Lexicon::add_child(uint32_t node, char label) {
  if (const uint32_t existing = child(node, label)) return existing;
  const auto created = static_cast<uint32_t>(nodes_.size());
  nodes_.emplace_back();
  flags_.push_back(label == '\'' ? after_apostrophe : 0);
  letters_.resize(letters_.size() + row_width, 0);
  Node& from = nodes_[node];
  switch (label) {
    case next_word: from.next_word = created; flags_[node] |= at_word_end; break;
    case rest_of_word: from.rest_of_word = created; flags_[node] |= branches; break;
    case any_words: from.any_words = created; flags_[node] |= branches; break;
    default: letters_[node * row_width + slot(label)] = created; break;
  }
  return created;
}

std::optional<LocalizedText> Lexicon::add(std::string_view name, std::string_view term) {
  std::string folded = source::fold(term);
  std::replace(folded.begin(), folded.end(), '\t', ' ');
  std::vector<std::string> words;
  if (auto error = split_term(folded, words)) return error;
  const ConceptId id = intern(name);
  uint32_t node = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    // After an apostrophe the next word follows at once: « l'objet » and « l' objet » are one path.
    if (i > 0 && words[i - 1].back() != '\'') node = add_child(node, next_word);
    if (words[i] == "~") {
      node = add_child(node, any_words);
      continue;
    }
    for (const char c : words[i]) node = add_child(node, c);
  }
  flags_[node] |= at_word_end;
  std::vector<ConceptId>& ends = nodes_[node].ends;
  if (std::find(ends.begin(), ends.end(), id) == ends.end()) ends.push_back(id);
  concepts_[id].terms.emplace_back(term);
  return std::nullopt;
}

void Lexicon::scan(std::string_view folded, std::vector<ConceptHit>& out) const {
  const auto size = static_cast<uint32_t>(folded.size());
  auto word_ends = [&](uint32_t at) { return at >= size || !is_word_byte(folded[at]) || folded[at - 1] == '\''; };
  for (uint32_t at = 0; at < size;) {
    if (!is_word_byte(folded[at])) {
      ++at;
      continue;
    }
    // Most words start no term, and most walks end inside the first word: follow letters here, and walk with
    // states only from a node where a term may end (at the end of a word) or branch.
    uint32_t node = letter(0, folded[at]);
    uint32_t after = at + 1;
    while (node != 0) {
      if (const uint8_t flags = flags_[node]) [[unlikely]] {
        if ((flags & branches) || ((flags & at_word_end) && word_ends(after))) {
          walk(folded, at, node, after, out);
          break;
        }
        if (flags & after_apostrophe) {
          while (after < size && folded[after] == ' ') ++after;
        }
      }
      if (after >= size) break;
      node = letter(node, folded[after++]);
    }
    for (++at; at < size && is_word_byte(folded[at]);) ++at;
  }
}

void Lexicon::walk(std::string_view text, uint32_t start, uint32_t reached, uint32_t after, std::vector<ConceptHit>& out) const {
  struct State {
    uint32_t node;
    uint32_t at;
    bool boundary;  // `at` is where a word of the text ends (or a gap was skipped)
  };
  const auto size = static_cast<uint32_t>(text.size());
  auto skip_spaces = [&](uint32_t at) {
    while (at < size && text[at] == ' ') ++at;
    return at;
  };
  auto word_ends = [&](uint32_t at) { return at >= size || !is_word_byte(text[at]) || text[at - 1] == '\''; };
  constexpr size_t capacity = 32;
  State stack[capacity];
  size_t depth = 0;
  auto push = [&](uint32_t node, uint32_t at, bool boundary) {
    if (node != 0 && depth < capacity) stack[depth++] = {node, at, boundary};
  };
  const size_t first_hit = out.size();
  stack[depth++] = {reached, after, word_ends(after)};
  while (depth > 0) {
    State state = stack[--depth];
    // Letters lead from node to node in this loop; a state is kept only where the walk may branch.
    while (true) {
      const Node& node = nodes_[state.node];
      if (flags_[state.node] & (at_word_end | branches)) {
        if (state.boundary) {
          for (const ConceptId id : node.ends) {
            const bool seen = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first_hit), out.end(),
                                          [&](const ConceptHit& hit) { return hit.concept_id == id && hit.end == state.at; });
            if (!seen) out.push_back({id, start, state.at});
          }
          if (node.next_word != 0) {
            uint32_t next = skip_spaces(state.at);
            // « au-delà, un avenant »: words skipped by a gap may start after a comma.
            if (nodes_[node.next_word].any_words != 0) {
              while (next < size && (text[next] == ',' || text[next] == ' ')) ++next;
            }
            if (next < size && is_word_byte(text[next])) push(node.next_word, next, false);
          }
        }
        if (node.rest_of_word != 0 && state.at > start) {
          uint32_t at = state.at;
          while (at < size && is_word_byte(text[at])) ++at;
          push(node.rest_of_word, at, true);
        }
        if (node.any_words != 0 && !state.boundary) {
          // Up to five words of any kind, across spaces, commas and apostrophes, never across the end of a clause.
          uint32_t at = state.at;
          for (int skipped = 0; skipped <= gap_words; ++skipped) {
            push(node.any_words, at, true);
            while (at < size && (is_word_byte(text[at]) || text[at] == '\'')) ++at;
            while (at < size && (text[at] == ' ' || text[at] == ',')) ++at;
            if (at >= size || !is_word_byte(text[at])) break;
          }
        }
      }
      if (state.at >= size) break;
      const char c = text[state.at];
      const uint32_t next = letter(state.node, c);
      if (next == 0) break;
      state.node = next;
      state.at = c == '\'' ? skip_spaces(state.at + 1) : state.at + 1;
      state.boundary = c == '\'' || word_ends(state.at);
    }
  }
}

}  // namespace convlint::document
