#pragma once
// Typed facts extracted once from the document; rules read these, never raw text.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/span.hpp"
#include "document/lexicon.hpp"

namespace convlint::document {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  bool valid = false;  // a real calendar date (31/02/2024 is kept, with valid = false)
  Span span;
  std::string iso() const;  // "2024-12-31"
  friend bool operator<(const Date& a, const Date& b) {
    return a.year != b.year ? a.year < b.year : a.month != b.month ? a.month < b.month : a.day < b.day;
  }
};

enum class LegalKind { decret, ordonnance, loi, loi_organique, arrete, circulaire };
std::string_view legal_kind_name(LegalKind kind);

// A cited legal text: « décret n° 2004-1085 du 14 octobre 2004 modifié ».
struct LegalRef {
  LegalKind kind = LegalKind::decret;
  std::string number;         // "2004-1085", "5608/SG"; empty when the text has no number
  std::optional<Date> date;
  bool amended = false;       // « modifié »
  Span span;                  // from the kind word to the end of the date
  Span number_span;
};

// « l'article 5 », « à l'annexe 2 », « l'article 2 du décret n° 2004-1085 ».
struct ArticleRef {
  enum class Target { article, annex };
  Target target = Target::article;
  int number = -1;
  bool internal = true;       // false when it points into another text (« … du décret … »)
  std::string subject;        // what the reference says is there (« l'UO mentionnée à l'article 1 » → "uo")
  Span span;
};

struct Amount {
  // What the prose around it says the amount is: the whole envelope (« budget estimé de … », « cofinancement de
  // … »), a part taken out of it (« … seront déduits »), or what is left (« les … restants »).
  enum class Role { plain, envelope, deduction, remainder };
  int64_t cents = 0;
  Span span;
  Role role = Role::plain;
};

// A year the prose gives for making the credits available: « met à disposition en 2023 les montants suivants ».
struct YearMention {
  int year = 0;
  Span span;
};

// « trois mois », « 90 jours », « six semaines », « un an ».
struct Duration {
  enum class Unit { day, week, month, year };
  int count = 0;
  Unit unit = Unit::month;
  bool notice = false;           // the notice of an early termination
  bool named_notice = false;     // called a « préavis » (or « délai de prévenance »)
  Span span;
  // The whole number of months it is: years count twelve; days and weeks count when they make whole months of
  // thirty days give or take two (« 90 jours », « 13 semaines » are three months). Nothing otherwise.
  std::optional<int> months() const;
};

struct ScheduleCell {
  std::string text;
  Span span;
  std::vector<Amount> amounts;  // every amount the cell gives, in order
  bool empty() const { return amounts.empty() && text.find_first_not_of(" \t") == std::string::npos; }
  // The amount the cell commits: the largest one it names (« 279 000 € initialement, pouvant atteindre 300 000 € »).
  int64_t value() const;
};

// a + b for amounts in cents, held at the largest value instead of overflowing (hostile input can sum huge cells).
int64_t add_cents(int64_t a, int64_t b);

struct ScheduleRow {
  int year = 0;
  Span year_span;
  ScheduleCell ae;
  ScheduleCell cp;
};

// An AE/CP table, by year. A convention with several délégants or programmes has one per party or programme, each
// introduced by a line that names it (« Pour le ministère de l'Intérieur (programme 216) : »).
struct Schedule {
  std::vector<ScheduleRow> rows;
  Span span;
  int article = -1;               // index in Document::articles, -1 elsewhere
  std::string label;              // the line introducing the table, when it names whose credits they are
  std::optional<int> programme;   // « programme 216 » in that line
  bool summary = false;           // a recapitulation: each year sums the schedules before it
  int64_t total_ae() const;
  int64_t total_cp() const;
};

struct ChorusField {
  std::string value;  // empty when the field is there but left blank
  Span label_span;
  Span value_span;
};

// One block of Chorus imputation references (« Références Chorus : », « Pour la DGALN »…).
struct ChorusBlock {
  std::string label;                     // "Pour la DGALN", "Programme 214", or empty
  std::optional<int> programme;          // « Programme 214 » written in the block
  std::optional<ChorusField> domaine_fonctionnel;
  std::optional<ChorusField> centre_financier;
  std::optional<ChorusField> activite;
  std::optional<ChorusField> centre_de_cout;
  std::optional<ChorusField> code_comptable;
  std::vector<std::pair<std::string, ChorusField>> axes;
  Span span;
  int article = -1;
};

// A Chorus code named in prose: « l'UO 0352-CFSE-CFIN », « programme 352 », « BOP 352 ».
struct CodeMention {
  enum class Kind { centre_financier, programme };
  Kind kind = Kind::centre_financier;
  std::string value;
  Span span;
};

// When the convention takes effect and ends.
struct Term {
  std::optional<Span> start_clause;  // « prend effet à sa date de signature »
  std::optional<Date> start;
  std::optional<Date> end;            // written, or worked out from a length (« pour une durée de deux ans »)
  std::optional<Span> length;         // « pour une durée de deux ans », « pour l'année 2025 »: the term is set by its length
  bool until_settlement = false;     // « jusqu'au règlement total des opérations »
};

// A role-like word used in the body: « délégant », « partenaire-déléataire »…
struct RoleWord {
  std::string word;      // as written
  std::string folded;    // lowercase, accents removed: "partenaire-deleataire"
  std::string previous;  // the folded word before it (« le », « par », « crédits »…), to tell a noun from an adjective
  std::string next;      // the folded word after it (« régional » in « le délégué régional », a title)
  Span span;
};

// A word or phrasing of a lexicon concept, where the text uses it.
struct Mention {
  ConceptId concept_id = 0;
  Span span;
};

// A sentence of the préambule, an article or an annex, or a heading, and the concepts it mentions. Clauses are
// recognised in sentences; headings only say where a clause is expected.
struct Sentence {
  enum class Part { preamble, article, annex };
  Span span;
  uint32_t first_mention = 0;  // the sentence's mentions are Facts::mentions[first_mention, end_mention)
  uint32_t end_mention = 0;
  Part part = Part::article;
  int article = -1;            // index in Document::articles (or annexes), -1 in the préambule
  uint32_t paragraph = 0;      // sentences of one paragraph share it; a list shares it with the line introducing it
  int32_t lead = -1;           // a list item: the sentence that introduces the list (« … s'engage à : »)
  bool heading = false;        // an article title or a sub-heading
  uint64_t concepts = 0;       // concept_bit() of every concept mentioned: a quick test before reading the mentions
};

struct Facts {
  std::vector<Sentence> sentences;  // in reading order
  std::vector<Mention> mentions;    // by sentence, then by place
  std::vector<LegalRef> legal_refs;
  std::vector<ArticleRef> article_refs;
  std::vector<Amount> amounts;
  std::vector<YearMention> credit_years;
  std::vector<Date> dates;
  std::vector<Duration> durations;
  std::vector<Schedule> schedules;  // in reading order, recapitulations included (marked `summary`)
  std::vector<ChorusBlock> chorus;
  std::vector<CodeMention> codes;
  Term term;
  std::vector<RoleWord> role_words;

  // The credits of every schedule that is not a recapitulation, year by year (rows of one year added together).
  std::vector<ScheduleRow> credits_by_year() const;
  int64_t total_ae() const;
  int64_t total_cp() const;
};

}  // namespace convlint::document
