#include "document/parties.hpp"

#include <algorithm>
#include <array>

#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

constexpr std::array<std::string_view, 4> articles = {"le ", "la ", "les ", "l'"};
// « ciapres »: `pdftotext` joins « ci-⏎après » without its hyphen; « ci-⏎après » and « ci- après »: cut at the hyphen.
constexpr std::array<std::string_view, 9> role_triggers = {"ci-apres", "ciapres", "ci-\napres", "ci- apres", "ci-dessous",
                                                           "denomme", "designe", "appele", "sous le terme"};
constexpr std::array<std::string_view, 8> name_ends = {", represent", ", ci-apres", ", ciapres", ", sis ", ", sise ",
                                                       ", situe", ", dont le siege", ", d'une part"};

// Removes « D'une part, » / « d'autre part, » at the start of a party's first line.
std::string_view strip_part_marker(std::string_view line) {
  const std::string folded = source::fold(line.substr(0, 24));
  for (std::string_view marker : {"d'une part", "d'autre part"}) {
    if (!folded.starts_with(marker)) continue;
    const size_t cut = source::FoldedText(line).original_offset(static_cast<uint32_t>(marker.size()));
    line.remove_prefix(cut);
    while (!line.empty() && (line.front() == ',' || line.front() == ' ' || line.front() == ':')) line.remove_prefix(1);
    return line;
  }
  return line;
}

std::string_view strip_trailing_punctuation(std::string_view text) {
  text = trim_decorations(text);
  while (!text.empty() && (text.back() == ',' || text.back() == ';' || text.back() == '.')) {
    text.remove_suffix(1);
    text = trim_decorations(text);
  }
  return text;
}

// The part of `text` after `start` that ends at the first of `ends` (or the end of its line, the next lines
// included while a line ends without punctuation: a conversion wrapped it).
std::string_view clause_after(const source::FoldedText& folded, std::string_view text, size_t start,
                              std::initializer_list<std::string_view> ends, bool may_wrap = false) {
  const std::string_view view = folded.view();
  size_t stop = view.find('\n', start);
  // A line that ends in a comma runs on when the next one starts in lowercase and not with an ending (« ci-après
  // dénommé »): a wrapped paragraph cuts « représenté par Olivier Brun, / secrétaire général adjoint, ci-après … ».
  auto next_line_ends = [&](size_t line_end) {
    const std::string_view next = view.substr(line_end + 1);
    const size_t lead = std::min(next.find_first_not_of(' '), next.size());
    if (lead == next.size()) return true;
    const std::string_view original = text.substr(folded.original_range(static_cast<uint32_t>(line_end + 1 + lead),
                                                                        static_cast<uint32_t>(line_end + 2 + lead)).first);
    const auto first = static_cast<unsigned char>(original.front());
    const bool lowercase = (first >= 'a' && first <= 'z') ||
                           (first == 0xC3 && original.size() > 1 && static_cast<unsigned char>(original[1]) >= 0xA0);
    return !lowercase ||
           std::any_of(ends.begin(), ends.end(), [&](std::string_view end) { return next.substr(lead).starts_with(end.substr(2)); });
  };
  // « représenté par M. » over « Laurent Vasseur, … »: a civility or an initial (one or two letters and a period) at a
  // line's end ends no clause.
  auto abbreviation_before = [&](size_t period) {
    size_t word = period;
    while (word > start && std::isalpha(static_cast<unsigned char>(view[word - 1]))) --word;
    return period - word >= 1 && period - word <= 2 && (word == start || view[word - 1] == ' ');
  };
  while (may_wrap && stop != std::string_view::npos && stop > start) {
    const size_t last = view.find_last_not_of(" ", stop - 1);
    if (last == std::string_view::npos || last < start) break;
    if (std::string_view(";.:").find(view[last]) != std::string_view::npos && !(view[last] == '.' && abbreviation_before(last))) break;
    if (view[last] == ',' && next_line_ends(stop)) break;
    stop = view.find('\n', stop + 1);
  }
  if (stop == std::string_view::npos) stop = view.size();
  for (std::string_view end : ends) stop = std::min(stop, folded.view().find(end, start));
  const auto [begin, finish] = folded.original_range(static_cast<uint32_t>(start), static_cast<uint32_t>(stop));
  return text.substr(begin, finish - begin);
}

// Where the word « par » after « représenté » (at `at`) starts, the two words on one line or two.
size_t par_after(std::string_view view, size_t at) {
  constexpr int words_between = 2;  // « représenté ici par », « représentée conjointement par »
  auto is_gap = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  auto is_letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  size_t by = at;
  for (int word = 0; word <= words_between; ++word) {
    while (by < view.size() && is_letter(view[by])) ++by;  // « représentée(s) », then a word between
    const size_t word_end = by;
    while (by < view.size() && is_gap(view[by])) ++by;  // a line break and the next line's indent count as a space
    if (by == word_end) return std::string_view::npos;
    if (view.substr(by).starts_with("par") && by + 3 < view.size() && is_gap(view[by + 3])) return by;
  }
  return std::string_view::npos;
}

// The role name without its article: « le délégant » → « délégant », « l'UO » → « UO ».
std::string_view strip_article(std::string_view name) {
  std::string folded = source::fold(name.substr(0, 4));
  std::replace(folded.begin(), folded.end(), '\n', ' ');  // « le » and its noun wrapped over two lines
  for (std::string_view article : articles) {
    if (folded.starts_with(article)) {
      const size_t cut = source::FoldedText(name).original_offset(static_cast<uint32_t>(article.size()));
      return name.substr(cut);
    }
  }
  return name;
}

// Where the clause that gives a party its role starts after `from` (original offset): « , ci-après dénommée … »,
// « , et désignée ci-après comme … », « , agissant en qualité de … »; the text's end when there is none.
size_t role_clause_start(const source::FoldedText& folded, size_t from) {
  const std::string_view view = folded.view();
  size_t trigger = view.size();
  for (std::string_view word : role_triggers) trigger = std::min(trigger, view.find(word, from));
  trigger = std::min(trigger, view.find("agissant en qualite", from));
  if (trigger == view.size()) return folded.original_offset(static_cast<uint32_t>(view.size()));
  auto back_over_blanks = [&](size_t at) {
    while (at > from && (view[at - 1] == ' ' || view[at - 1] == '\n')) --at;
    return at;
  };
  size_t cut = back_over_blanks(trigger);
  if (view.substr(from, cut - from).ends_with(" et")) cut = back_over_blanks(cut - 3);
  if (cut > from && view[cut - 1] == ',') --cut;
  return folded.original_offset(static_cast<uint32_t>(cut));
}

}  // namespace

// Where the first role word of a folded text stands (« délégant », « délégataire », « co-délégataires »…), as a
// whole word.
std::optional<std::pair<size_t, size_t>> find_role_word(std::string_view folded) {
  static constexpr std::string_view role_words[] = {"delegant", "delegante", "delegants", "delegantes", "delegataire", "delegataires",
                                                    "co-delegataire", "co-delegataires", "codelegataire", "codelegataires",
                                                    "partenaire-delegataire", "partenaire delegataire"};
  auto word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; };
  for (size_t at = 0; at < folded.size(); ++at) {
    if (at > 0 && word_byte(folded[at - 1])) continue;
    for (const std::string_view word : role_words) {
      if (folded.substr(at, word.size()) == word && (at + word.size() == folded.size() || !word_byte(folded[at + word.size()])))
        return std::pair{at, at + word.size()};
    }
  }
  return std::nullopt;
}

// A role named without quotes: « agissant en qualité de délégant », « en tant que délégataire », « ci-après
// dénommée le délégataire », « ci-après « la DINUM », délégataire »: the first role word of the party's text.
std::optional<Role> bare_role_word(const Text& text, const source::FoldedText& folded) {
  const auto found = find_role_word(folded.view());
  if (!found) return std::nullopt;
  const auto [from, to] = folded.original_range(static_cast<uint32_t>(found->first), static_cast<uint32_t>(found->second));
  const std::string_view name = text.view().substr(from, to - from);
  return Role{std::string(name), text.source_span(name)};
}

size_t role_label_end(std::string_view line) {
  // Most lines are no label: they are told apart by a role word in their first bytes before anything is folded.
  constexpr size_t longest_label = 40;  // bytes: « LES CO-DÉLÉGATAIRES : » and room around
  const size_t lead = std::min(line.find_first_not_of(" \t"), line.size());
  const std::string_view head = line.substr(lead, longest_label + 1);
  std::string lowered(head);
  for (char& c : lowered) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  if (lowered.find("gant") == std::string::npos && lowered.find("gataire") == std::string::npos && lowered.find("artenaire") == std::string::npos)
    return 0;
  const size_t colon_in_head = head.find(':');
  if (colon_in_head == std::string_view::npos && head.size() > longest_label) return 0;  // a sentence
  const size_t colon = colon_in_head == std::string_view::npos ? std::string_view::npos : lead + colon_in_head;
  const std::string_view label = colon == std::string_view::npos ? head : head.substr(0, colon_in_head);
  const std::string folded = source::fold(label);
  const std::string_view view = folded;
  size_t at = 0;
  for (std::string_view article : articles) {
    if (view.starts_with(article)) {
      at = article.size();
      break;
    }
  }
  auto opens_with_role = [](std::string_view words) {
    return words.starts_with("deleg") || words.starts_with("co-deleg") || words.starts_with("codeleg") || words.starts_with("partenaire");
  };
  // « Service délégant : », « Administration délégataire : »: a noun the role word qualifies may come first.
  if (const size_t space = view.find(' ', at); !opens_with_role(view.substr(at)) && space != std::string_view::npos && space > at)
    at = space + 1;
  const std::string_view rest = view.substr(at);
  if (!opens_with_role(rest)) return 0;
  const auto role = find_role_word(rest);
  if (!role || role->first != 0 || view.find_first_not_of(" \t", at + role->second) != std::string_view::npos) return 0;
  if (colon == std::string_view::npos) return line.size();  // « DÉLÉGANT » alone: the party's lines follow
  return std::min(line.find_first_not_of(" \t", colon + 1), line.size());  // « Le délégant : » and the name after it
}

std::vector<Role> read_roles(const Text& text) {
  std::vector<Role> roles;
  const source::FoldedText folded(text.view());
  const std::string_view view = folded.view();
  size_t trigger = std::string_view::npos;
  for (std::string_view word : role_triggers) trigger = std::min(trigger, view.find(word));
  if (trigger == std::string_view::npos) {
    if (auto role = bare_role_word(text, folded)) roles.push_back(std::move(*role));
    return roles;
  }
  size_t end = view.find('.', trigger);
  if (end == std::string_view::npos) end = view.size();
  // Quotes (« », “ ” and " fold to "), or the angle brackets OCR reads for guillemets (« << le délégant >> », « le
  // délégant >»).
  constexpr std::string_view opening = "\"<", closing = "\">";
  for (size_t open = view.find_first_of(opening, trigger); open < end; open = view.find_first_of(opening, open + 1)) {
    while (open + 1 < end && view[open + 1] == '<') ++open;
    const size_t close = view.find_first_of(closing, open + 1);
    if (close == std::string_view::npos || close > end) break;
    const auto [begin, finish] = folded.original_range(static_cast<uint32_t>(open + 1), static_cast<uint32_t>(close));
    const std::string_view quoted = trim_decorations(text.view().substr(begin, finish - begin));
    const std::string_view name = strip_article(quoted);
    if (!name.empty() && name.size() < 80) roles.push_back(Role{std::string(name), text.source_span(name)});
    open = close;
    if (view[close] == '>') open = std::min(view.find_first_not_of(closing, close), view.size()) - 1;  // « >> », « >" »
  }
  // « ci-après dénommée le délégataire », « ci-après « la DINUM », délégataire »: no quoted name is a role.
  const bool quoted_role = std::any_of(roles.begin(), roles.end(), [](const Role& role) {
    const std::string name = source::fold(role.name);
    return find_role_word(name).has_value() || name.starts_with("partenaire");
  });
  if (!quoted_role) {
    if (auto role = bare_role_word(text, folded)) roles.push_back(std::move(*role));
  }
  return roles;
}

Party read_party(std::string_view source, const std::vector<Span>& lines) {
  Party party;
  if (lines.empty()) return party;
  Text all;
  for (Span line : lines) all.append(source, line, "\n");
  party.span = all.span();

  // The name's line, and the next ones while it runs on without punctuation (a PDF conversion wraps it); « DÉLÉGANT »
  // alone over the name is the role, not the name.
  const size_t label_line = lines.size() > 1 && role_label_end(source.substr(lines[0].begin, lines[0].size())) == lines[0].size() ? 1 : 0;
  Span name_lines = lines[label_line];
  for (size_t next = label_line + 1; next < lines.size() && lines[next].begin == name_lines.end + 1; ++next) {
    const std::string_view so_far = trim_decorations(source.substr(name_lines.begin, name_lines.size()));
    if (so_far.empty() || std::string_view(",;.:").find(so_far.back()) != std::string_view::npos) break;
    const std::string folded_so_far = source::fold(so_far);
    if (std::any_of(name_ends.begin(), name_ends.end(), [&](std::string_view end) { return folded_so_far.find(end) != std::string::npos; })) break;
    // The next line opens what follows the name (« Représenté par … », « Adresse : … ») rather than going on with it.
    constexpr size_t opening = 24;  // bytes enough to tell
    const std::string folded_next = ", " + source::fold(trim_decorations(source.substr(lines[next].begin, lines[next].size())).substr(0, opening));
    if (std::any_of(name_ends.begin(), name_ends.end(), [&](std::string_view end) { return folded_next.starts_with(end); }) ||
        folded_next.starts_with(", adresse"))
      break;
    name_lines.end = lines[next].end;
  }
  std::string_view first = strip_part_marker(source.substr(name_lines.begin, name_lines.size()));
  // « Le délégant : le ministère des Sports, … »: the label is the role.
  if (const size_t label = role_label_end(first); label > 0 && label < first.size()) first.remove_prefix(label);
  const std::string folded_first = source::fold(first);
  size_t name_end = folded_first.size();
  for (std::string_view end : name_ends) name_end = std::min(name_end, folded_first.find(end));
  for (size_t comma = folded_first.find(", "); comma < name_end; comma = folded_first.find(", ", comma + 1)) {
    if (comma + 2 < folded_first.size() && folded_first[comma + 2] >= '0' && folded_first[comma + 2] <= '9') {
      name_end = comma;  // « …, 20 avenue de Ségur » starts the address
      break;
    }
  }
  first = first.substr(0, source::FoldedText(first).original_offset(static_cast<uint32_t>(name_end)));
  const std::string_view name = strip_trailing_punctuation(first);
  party.name = Text(source, {static_cast<uint32_t>(name.data() - source.data()),
                             static_cast<uint32_t>(name.data() - source.data() + name.size())});

  const source::FoldedText folded(all.view());
  const std::string_view view = folded.view();
  if (size_t at = view.find("adresse"); at != std::string_view::npos) {
    size_t colon = view.find(':', at);
    const size_t line_end = view.find('\n', at);
    if (colon != std::string_view::npos && colon < line_end) {
      const std::string_view address = strip_trailing_punctuation(clause_after(folded, all.view(), colon + 1, {}));
      if (!address.empty()) party.address = Text(source, all.source_span(address));
    }
  }
  // Where the representative's name starts: after « représenté(e) par », else after « en la personne de »,
  // « agissant par » or « sous la signature de ».
  size_t start = std::string_view::npos;
  for (size_t at = view.find("represent"); at != std::string_view::npos && start == std::string_view::npos; at = view.find("represent", at + 1)) {
    if (const size_t by = par_after(view, at); by != std::string_view::npos) start = by + 4;
  }
  for (std::string_view introducer : {"en la personne de ", "agissant par ", "sous la signature de "}) {
    if (const size_t at = view.find(introducer); start == std::string_view::npos && at != std::string_view::npos) start = at + introducer.size();
  }
  if (start != std::string_view::npos) {
    std::string_view who = clause_after(folded, all.view(), start, {", d'une part", ", d'autre part"}, true);
    who = who.substr(0, std::min(who.size(), role_clause_start(folded, start) - static_cast<size_t>(who.data() - all.view().data())));
    who = strip_trailing_punctuation(who);
    if (!who.empty()) party.representative = Text(source, all.source_span(who));
  }
  party.roles = read_roles(all);
  return party;
}

}  // namespace convlint::document
