#include "report/overview.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "document/facts.hpp"
#include "source/folded_text.hpp"

namespace convlint::report {

namespace {

// Groups « La DINUM » and « la  DINUM » together: folded, spaces collapsed.
std::string party_key(std::string_view name) {
  std::string key;
  for (const char c : source::fold(name)) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += c;
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// The programme a Chorus code starts with: « 0361-02 » (domaine fonctionnel), « 0361-CDGP-DNUM » (centre financier).
std::optional<int> leading_programme(const std::string& code) {
  size_t digits = 0;
  while (digits < code.size() && digits < 5 && std::isdigit(static_cast<unsigned char>(code[digits]))) ++digits;
  if (digits < 3 || digits > 4 || digits >= code.size() || code[digits] != '-') return std::nullopt;
  return std::atoi(code.substr(0, digits).c_str());
}

// The programme a schedule's credits belong to: its own line's, else the document's only Chorus programme (written
// as such, or read from the codes).
std::string programme_of(const lint::ExtractedSchedule& schedule, const lint::Extracted& facts) {
  if (schedule.programme) return std::to_string(*schedule.programme);
  std::set<int> named;
  for (const lint::ExtractedChorus& block : facts.chorus) {
    if (block.programme) {
      named.insert(*block.programme);
      continue;
    }
    for (const auto* field : {&block.domaine_fonctionnel, &block.centre_financier}) {
      if (const auto programme = leading_programme(field->value_or(""))) {
        named.insert(*programme);
        break;
      }
    }
  }
  return named.size() == 1 ? std::to_string(*named.begin()) : std::string();
}

}  // namespace

void Overview::add(const FileResult& result) {
  if (result.error) return;
  ++conventions_;
  std::set<std::pair<std::string, rules::Severity>> rules_seen;
  for (const rules::Finding& finding : result.findings) {
    RuleTally& tally = rules_[{finding.rule, finding.severity}];
    tally.rule = finding.rule;
    tally.severity = finding.severity;
    ++tally.findings;
    if (rules_seen.insert({finding.rule, finding.severity}).second) ++tally.conventions;
  }
  if (!result.extracted) return;
  const lint::Extracted& facts = *result.extracted;

  std::string delegataire;
  std::set<std::string> parties_seen;
  for (const lint::ExtractedParty& party : facts.parties) {
    const std::string role = party.role.value_or("");
    const bool delegant = role == "délégant";
    if ((!delegant && role != "délégataire") || party.name.empty()) continue;
    const std::string key = party_key(party.name);
    if (!delegant && delegataire.empty()) delegataire = key;
    if (!parties_seen.insert(role + key).second) continue;
    Tally& tally = (delegant ? delegants_ : delegataires_)[key];
    if (tally.label.empty()) tally.label = party.name;
    ++tally.conventions;
    tally.findings += result.findings.size();
  }

  const std::string date = facts.signature_date.value_or("");
  const int year = date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0;
  Tally& year_tally = years_[year];
  year_tally.label = year ? std::to_string(year) : "";
  ++year_tally.conventions;
  year_tally.findings += result.findings.size();

  std::set<std::pair<std::string, int>> credits_seen;
  for (const lint::ExtractedSchedule& schedule : facts.schedules) {
    if (schedule.summary) continue;
    const std::string programme = programme_of(schedule, facts);
    for (const lint::ExtractedRow& row : schedule.rows) {
      CreditTally& credit = credits_[{programme, row.year}];
      credit.programme = programme;
      credit.year = row.year;
      credit.ae = document::add_cents(credit.ae, row.ae.value_or(0));
      credit.cp = document::add_cents(credit.cp, row.cp.value_or(0));
      if (credits_seen.insert({programme, row.year}).second) ++credit.conventions;
      if (delegataire.empty()) continue;
      Tally& by_party = delegataires_[delegataire];
      by_party.ae = document::add_cents(by_party.ae, row.ae.value_or(0));
      by_party.cp = document::add_cents(by_party.cp, row.cp.value_or(0));
    }
  }
}

std::vector<RuleTally> Overview::rules() const {
  std::vector<RuleTally> out;
  for (const auto& [key, tally] : rules_) out.push_back(tally);
  std::stable_sort(out.begin(), out.end(), [](const RuleTally& a, const RuleTally& b) { return a.findings > b.findings; });
  return out;
}

std::vector<Tally> Overview::by_count(const std::map<std::string, Tally>& tallies) {
  std::vector<Tally> out;
  for (const auto& [key, tally] : tallies) out.push_back(tally);
  std::stable_sort(out.begin(), out.end(), [](const Tally& a, const Tally& b) { return a.conventions > b.conventions; });
  return out;
}

std::vector<Tally> Overview::years() const {
  std::vector<Tally> out;
  for (const auto& [year, tally] : years_) out.push_back(tally);
  return out;
}

std::vector<CreditTally> Overview::credits() const {
  std::vector<CreditTally> out;
  for (const auto& [key, credit] : credits_) out.push_back(credit);
  return out;
}

std::vector<Tally> Overview::credits_by_delegataire() const {
  std::vector<Tally> out;
  for (const auto& [key, tally] : delegataires_)
    if (tally.ae != 0 || tally.cp != 0) out.push_back(tally);
  std::stable_sort(out.begin(), out.end(), [](const Tally& a, const Tally& b) { return a.ae > b.ae; });
  return out;
}

}  // namespace convlint::report
