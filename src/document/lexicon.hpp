#pragma once
// A lexicon of concepts: for each concept (termination, notice, accountant, publication…) the words and phrasings
// drafters use for it, found in folded text (lowercase, accent-free). The words live in rules/lexicon.yaml.
//
// A term is words separated by spaces. A word ending in '*' matches every word that starts with it (« resili* »:
// résiliation, résilier, résiliée); the word « ~ » stands for up to five words of any kind (« ne ~ depass* »: « ne
// pourra en aucun cas dépasser »). Words are runs of letters, digits and hyphens; an apostrophe ends the word before
// it (« l'avenant » is « l' » then « avenant »).

#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ui_text.hpp"

namespace convlint::document {

using ConceptId = uint16_t;

// One occurrence of a term, as folded byte offsets into the scanned text.
struct ConceptHit {
  ConceptId concept_id = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Concepts the document reader itself relies on. A lexicon creates them first, in this order, so that their ids are
// these constants; rules/lexicon.yaml gives their words.
enum class Core : ConceptId {
  abbreviation,    // words: « art », « cf »: a period after them ends no sentence
  termination,     // ending the convention early: « résilier », « mettre fin », « dénoncer »
  notice_word,     // « préavis »: a duration it introduces is a notice
  notice,          // « délai », « moyennant », « avant »: a duration after a termination is its notice
  term_length,     // « pour une durée de »: a duration it introduces is the convention's length, not a notice
  term_title,      // an article title about the term: « Durée », « Entrée en vigueur »
  effective_date,  // « prend effet », « entre en vigueur »
  end_date,        // « prend fin », « jusqu'au »
  range_to,        // « au » between the start of a period and its end date
  settlement,      // « jusqu'au règlement total des opérations »
  this_text,       // « de la présente convention »: the article referred to is this text's own
  other_text,      // « du décret », « de la convention du … », « susvisé »: an article of another text
  credits,         // « crédits », « montant », « enveloppe »
  allocation,      // « mis à disposition », « alloués », « délégués »
  year_lead,       // words: « exercice », « année », « en » just before a budget year
  this_document,   // « la présente convention », « la délégation »
  amendment,       // « avenant »
  copy,            // « copie », « exemplaire »
  complement,      // words: « de », « à »: a text named after them is a noun's complement, not what the sentence is about
  determiner,      // words: « la », « cette », « éventuel »: between a preposition and its noun
  conjunction,     // words: « et », « ou »: between two items of a list
  possessive,      // words: « ses », « son »: « la convention et ses avenants » names one text with its own
  compound_first,  // words: « sous », « co », « ci »: a word cut after them at a line's end keeps its hyphen
  compound_second, // words: « après », « dessus », « cadre »: the same, after the hyphen
  delegation,      // « délégation de gestion », « délégant », « décret n° 2004-1085 »: the text delegates management
  contents,        // words: « sommaire », « table des matières »: the heading of a table of contents
  parties_opening, // words: « entre », « entre les soussignés »: how a sentence that introduces the parties ends
  unit_thousands,  // words: « milliers d'euros », « k€ »: a table's bare figures count thousands of euros
  unit_millions,   // words: « millions d'euros », « M€ »: millions
  cited_text,      // words: « le décret », « la loi »: how a visa listed under « Vu : » opens
  credit_management,  // « autorisations d'engagement », « ordonnancement »: the délégataire manages credits
  count
};
constexpr std::string_view core_concept_names[] = {
    "abbreviation", "termination", "notice_word", "notice",   "term_length", "term_title", "effective_date", "end_date",
    "range_to",     "settlement",  "this_text",   "other_text", "credits",   "allocation", "year_lead",  "this_document",
    "amendment",    "copy",        "complement",  "determiner", "conjunction",
    "possessive",   "compound_first", "compound_second", "delegation", "contents", "parties_opening", "unit_thousands", "unit_millions", "cited_text",
    "credit_management"};
static_assert(std::size(core_concept_names) == static_cast<size_t>(Core::count));
constexpr ConceptId id(Core concept_id) { return static_cast<ConceptId>(concept_id); }

class Lexicon {
 public:
  Lexicon();

  // Adds `term` to concept `name`, created on first use. Returns an error message (French, English) when the term
  // holds no word or a character a word cannot hold.
  std::optional<LocalizedText> add(std::string_view name, std::string_view term);
  // Adds a single folded word to concept `name`: such words are not looked for in the text; readers ask whether a
  // word they hold is one of them (the prepositions before a complement, the abbreviations before a period).
  void add_word(std::string_view name, std::string_view word);
  bool has_word(ConceptId id, std::string_view folded_word) const;
  // Makes concept `name` a pronoun: it stands for the nearest earlier mention of one of `antecedents`.
  void set_antecedents(std::string_view name, const std::vector<std::string>& antecedents);
  // The concept called `name`, created (without terms) when it does not exist yet.
  ConceptId intern(std::string_view name);

  std::optional<ConceptId> find(std::string_view name) const;
  const std::string& name(ConceptId id) const { return concepts_[id].name; }
  const std::vector<std::string>& terms(ConceptId id) const { return concepts_[id].terms; }
  const std::vector<std::string>& words(ConceptId id) const { return concepts_[id].words; }
  const std::vector<ConceptId>& antecedents(ConceptId id) const { return concepts_[id].antecedents; }
  size_t size() const { return concepts_.size(); }

  // Appends every occurrence of a term in `folded` to `out`, by start offset (several concepts may start together).
  void scan(std::string_view folded, std::vector<ConceptHit>& out) const;

 private:
  struct Concept {
    std::string name;
    std::vector<std::string> terms;  // as given, for `explain`
    std::vector<std::string> words;  // folded, sorted
    std::vector<ConceptId> antecedents;
  };
  // A trie over the folded characters of terms: an edge per word character, in a dense row per node (a walk takes
  // one lookup per byte), and three special ones: the next word, the rest of a word ('*'), a gap of words ('~').
  struct Node {
    uint32_t next_word = 0, rest_of_word = 0, any_words = 0;  // 0: no such edge
    std::vector<ConceptId> ends;  // concepts whose term ends here
  };
  // What a walk must look at in a node before it follows the next letter (flags_, by node).
  enum Flag : uint8_t {
    at_word_end = 1,      // a term ends here or goes on with the next word: matters where a word of the text ends
    branches = 2,         // the rest of a word or a gap of words may follow
    after_apostrophe = 4  // reached by an apostrophe: spaces after it are skipped
  };
  // Letters, digits, the hyphen and the apostrophe as indexes of a row; any other byte reads the last, empty, slot.
  static constexpr size_t row_width = 40;
  static constexpr uint8_t other_byte = 38;
  static uint8_t slot(char c);
  uint32_t letter(uint32_t node, char c) const { return letters_[node * row_width + slot(c)]; }
  uint32_t child(uint32_t node, char label) const;
  uint32_t add_child(uint32_t node, char label);
  // Walks the terms that start at `start` from node `reached`, at text offset `after`, where the letter-by-letter
  // part of the walk (see scan()) stopped.
  void walk(std::string_view text, uint32_t start, uint32_t reached, uint32_t after, std::vector<ConceptHit>& out) const;

  std::vector<Concept> concepts_;
  std::vector<Node> nodes_;
  std::vector<uint8_t> flags_;
  std::vector<uint32_t> letters_;  // row_width children by node (0: none; no edge leads back to the root)
};

// True for the bytes a word of folded text is made of: a–z, 0–9 and the hyphen.
inline bool is_word_byte(char c) {
  static constexpr auto table = [] {
    std::array<bool, 256> bytes{};
    for (int letter = 'a'; letter <= 'z'; ++letter) bytes[static_cast<size_t>(letter)] = true;
    for (int digit = '0'; digit <= '9'; ++digit) bytes[static_cast<size_t>(digit)] = true;
    bytes['-'] = true;
    return bytes;
  }();
  return table[static_cast<unsigned char>(c)];
}

}  // namespace convlint::document
