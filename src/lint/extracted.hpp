#pragma once
// What `convlint extract` tabulates of a document, typed: the writers give it its JSON, CSV or Excel form.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace convlint::document {
struct Document;
}
namespace convlint::rules {
class RoleBook;
}

namespace convlint::lint {

struct ExtractedParty {
  std::string name;
  std::optional<std::string> role;  // « délégant », « délégataire », else the party's first role word
  std::optional<std::string> representative;
};

struct ExtractedText {
  std::string kind;  // « décret », « loi »…
  std::string number;
  std::optional<std::string> date;  // ISO
};

struct ExtractedRow {
  int year = 0;
  std::optional<int64_t> ae, cp;  // cents
};

struct ExtractedSchedule {
  std::string label;
  std::optional<int> programme;
  bool summary = false;
  std::vector<ExtractedRow> rows;
  int64_t total_ae = 0, total_cp = 0;
};

struct ExtractedChorus {
  std::string label;
  std::optional<int> programme;
  std::optional<std::string> domaine_fonctionnel, centre_financier, activite, centre_de_cout;
};

struct Extracted {
  std::string kind;  // convention, avenant, other
  std::optional<std::string> title;
  std::vector<ExtractedParty> parties;
  std::optional<std::string> signature_place;  // absent without a signature block
  std::optional<std::string> signature_date, effective_date, end_date;  // ISO
  std::vector<ExtractedText> legal_texts;
  std::optional<ExtractedSchedule> schedule;  // every schedule's credits by year (its label and programme unused)
  std::vector<ExtractedSchedule> schedules;
  std::vector<ExtractedChorus> chorus;
  std::optional<int> preavis_months;
};

// The facts of one document: title, parties, signature, term, legal texts, schedule (cents), Chorus, préavis.
// `roles` tells which role each party's role words stand for (« partenaire-déléataire » is a délégataire).
Extracted extract_facts(const document::Document& document, const rules::RoleBook& roles);

}  // namespace convlint::lint
