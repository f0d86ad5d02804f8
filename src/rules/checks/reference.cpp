// legal/reference: a cited text's date matches its number (register), and a YYYY-NNNN number carries its year.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>

#include <fmt/format.h>

#include "rules/checks/checks.hpp"
#include "rules/text_distance.hpp"

namespace convlint::rules::checks {

namespace {

using document::LegalKind;
using document::LegalRef;

std::string kind_word(LegalKind kind) {
  switch (kind) {
    case LegalKind::decret: return "décret";
    case LegalKind::ordonnance: return "ordonnance";
    case LegalKind::loi: return "loi";
    case LegalKind::loi_organique: return "loi organique";
    case LegalKind::arrete: return "arrêté";
    case LegalKind::circulaire: return "circulaire";
  }
  return "texte";
}

bool same_family(LegalKind a, LegalKind b) {
  const auto family = [](LegalKind kind) { return kind == LegalKind::loi_organique ? LegalKind::loi : kind; };
  return family(a) == family(b);
}

bool same_day(const document::Date& date, const KnownText& text) {
  return date.year == text.year && date.month == text.month && date.day == text.day;
}

// True when OCR may take one digit for the other, their shapes being alike (« 40 » read « 49 », « 000 » read
// « 008 »): closed bowls, single strokes. « 2014 » for « 2004 » is no such confusion: that is the drafter's.
bool look_alike(char a, char b) {
  static constexpr std::string_view groups[] = {"035689", "147", "49"};
  return std::any_of(std::begin(groups), std::end(groups), [&](std::string_view group) {
    return group.find(a) != std::string_view::npos && group.find(b) != std::string_view::npos;
  });
}

// True when `read` is `printed` as OCR may give it back: a digit more or less, or one digit for a look-alike.
bool ocr_misreading(std::string_view read, std::string_view printed) {
  if (read.size() != printed.size()) return edit_distance(read, printed, 1) <= 1;
  size_t differences = 0;
  for (size_t i = 0; i < read.size(); ++i)
    if (read[i] != printed[i] && (++differences > 1 || !look_alike(read[i], printed[i]))) return false;
  return true;
}

std::string french_date(const document::Date& date) {
  static constexpr const char* months[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                           "août", "septembre", "octobre", "novembre", "décembre"};
  if (date.month < 1 || date.month > 12) return date.iso();
  return (date.day == 1 ? std::string("1er") : std::to_string(date.day)) + " " + months[date.month - 1] + " " + std::to_string(date.year);
}

// The register's date in the place of a wrong one, written as the text writes dates: « 14 octobre 2004 », or
// « 14/10/2004 » with the text's separator.
std::optional<Fix> date_fix(const CheckContext& context, const document::Date& wrong, const KnownText& text) {
  const std::string_view source = context.view.source().text;
  if (wrong.span.size() == 0 || wrong.span.end > source.size()) return std::nullopt;
  const std::string_view written = source.substr(wrong.span.begin, wrong.span.size());
  const bool in_figures = std::none_of(written.begin(), written.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
  const size_t separator = written.find_first_not_of("0123456789");
  if (in_figures && separator != std::string_view::npos) {
    const char with = written[separator];
    return replacing(source, wrong.span, fmt::format("{:02}{}{:02}{}{}", text.day, with, text.month, with, text.year));
  }
  return replacing(source, wrong.span, french_date(document::Date{text.year, text.month, text.day, true, {}}));
}

class ReferenceCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    for (const LegalRef& ref : context.document().facts.legal_refs) check_one(context, ref, reporter);
  }

 private:
  static void check_one(const CheckContext& context, const LegalRef& ref, Reporter& reporter) {
    const Args names = {{"kind", kind_word(ref.kind)}, {"number", ref.number}};
    for (const KnownText& text : context.catalog.texts) {
      if (!same_family(text.kind, ref.kind) || text.number != ref.number) continue;
      if (ref.date && ref.date->valid && !same_day(*ref.date, text)) {
        Args args = names;
        args.emplace_back("expected", text.title);
        reporter.report("wrong_date", ref.span, args, text.title, date_fix(context, *ref.date, text));
      }
      return;
    }
    if (ref.date && ref.date->valid) {
      for (const KnownText& text : context.catalog.texts) {
        if (!same_family(text.kind, ref.kind) || !same_day(*ref.date, text) || ref.number.empty()) continue;
        // A scan's OCR adds or drops a digit, or reads one for a look-alike (« 2022-4608 » for « 2022-408 »).
        if (context.view.read_by_ocr(ref.span) && ocr_misreading(ref.number, text.number)) return;
        Args args = names;
        args.emplace_back("date", french_date(*ref.date));
        args.emplace_back("expected", text.title);
        std::optional<Fix> fix;
        if (ref.number_span.size() > 0) fix = replacing(context.view.source().text, ref.number_span, text.number);
        reporter.report("wrong_number", ref.span, args, text.title, fix);
        return;
      }
    }
    const bool year_number = ref.number.size() > 5 && ref.number[4] == '-';
    if (year_number && ref.date && ref.date->valid && std::stoi(ref.number.substr(0, 4)) != ref.date->year &&
        ref.kind != LegalKind::arrete && ref.kind != LegalKind::circulaire) {
      Args args = names;
      args.emplace_back("year", std::to_string(ref.date->year));
      reporter.report("year_mismatch", ref.span, args);
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_reference(const RuleSpec&, const Catalog&) { return std::make_unique<ReferenceCheck>(); }

}  // namespace convlint::rules::checks
