#include "document/signature.hpp"

#include <algorithm>

#include "document/text.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

namespace {

bool is_stamp_line(std::string_view text) {
  const std::string folded = source::fold(text);
  return folded.find("signature numerique") != std::string::npos ||
         folded.find("signe electroniquement") != std::string::npos ||
         folded.find("signature electronique") != std::string::npos;
}

Text text_of(std::string_view source, std::string_view part) {
  const auto offset = static_cast<uint32_t>(part.data() - source.data());
  return Text(source, {offset, offset + static_cast<uint32_t>(part.size())});
}

// Reads the place and the date of « Fait à Paris, le 2 mai 2024 ». A line ending in « le » takes its date from
// `next`, the line right below, when that line is a date alone (a PDF conversion may cut it there); returns true
// when it does.
// Four digits in a row: a year.
bool has_year(std::string_view text) {
  size_t run = 0;
  for (const char c : text) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

bool read_place_and_date(std::string_view source, const grammar::ParsedLine& line, const grammar::ParsedLine* next,
                         Signature& signature) {
  const std::string_view text = source.substr(line.line.begin, line.line.size());
  const source::FoldedText folded(text);
  const std::string_view view = folded.view();
  const size_t lead = std::min(view.find_first_not_of(' '), view.size());
  size_t place = view.substr(lead).starts_with("a ") ? lead + 2 : view.find(" a ");  // « À Paris, le … »
  if (place != std::string_view::npos) {
    if (place != lead + 2) place += 3;
    size_t end = view.find_first_of(",", place);
    if (end == std::string_view::npos) end = view.find(" le ", place);
    if (end == std::string_view::npos) end = view.size();
    const auto [begin, finish] = folded.original_range(static_cast<uint32_t>(place), static_cast<uint32_t>(end));
    signature.place = std::string(trim_decorations(text.substr(begin, finish - begin)));
  } else if (const size_t comma = view.find(", le"); comma != std::string_view::npos && !view.starts_with("fait")) {
    // « Paris, le 24 février 2025 »
    signature.place = std::string(trim_decorations(text.substr(0, folded.original_offset(static_cast<uint32_t>(comma)))));
  }
  size_t after_le = view.rfind(" le ");
  if (after_le != std::string_view::npos) after_le += 4;
  else if (view.ends_with(" le")) after_le = view.size();
  else if (view.starts_with("le ")) after_le = 3;  // « Le 14 janvier 2025 » below the place
  else return false;
  const uint32_t date_begin = folded.original_offset(static_cast<uint32_t>(after_le));
  const bool adjacent = next != nullptr && next->line.begin == line.line.end + 1;
  const std::string_view below = adjacent ? trim_decorations(source.substr(next->line.begin, next->line.size())) : std::string_view();
  if (const std::string_view date = trim_decorations(text.substr(date_begin)); !date.empty()) {
    signature.date_text = text_of(source, date);
    // « … et à Ajaccio le 22 » over « décembre 2025. »: a date cut at the line's end before its year goes on below.
    const bool year_below = !has_year(date) && !below.empty() && has_year(below.substr(0, below.find_first_of(".,;")));
    if (year_below && !date.ends_with('-')) {
      signature.date_text->append(source, {static_cast<uint32_t>(below.data() - source.data()),
                                           static_cast<uint32_t>(below.data() - source.data() + below.size())}, " ");
      return true;
    }
    // « le 2 sep- / tembre 2025 »: a month cut at the line's end goes on below.
    if (!date.ends_with('-') || below.empty() || below.front() < 'a' || below.front() > 'z') return false;
    signature.date_text->drop_last_byte();
    signature.date_text->append(source, {static_cast<uint32_t>(below.data() - source.data()),
                                         static_cast<uint32_t>(below.data() - source.data() + below.size())}, "");
    return true;
  }
  if (!adjacent) return false;
  if (below.empty() || below.front() < '0' || below.front() > '9') return false;
  signature.date_text = text_of(source, below);
  return true;
}

}  // namespace

// (« Pour le ministre et par délégation », « pour le directeur empêché » sign within a block: they go on it.)
bool opens_signatory(std::string_view text) {
  constexpr size_t most_words = 4;
  std::string folded = folded_words(text);
  if (folded.starts_with("pour ")) {
    for (const std::string_view within : {"delegation", "empeche", "interim", "pour ordre"})
      if (folded.find(within) != std::string::npos) return false;
    return true;
  }
  for (const std::string_view article : {"le ", "la ", "les ", "l'"}) {
    if (!folded.starts_with(article)) continue;
    const std::string_view role = std::string_view(folded).substr(article.size());
    const bool role_word = role.starts_with("delegant") || role.starts_with("delegataire") || role.starts_with("co-delegataire") ||
                           role.starts_with("partenaire");
    return role_word && static_cast<size_t>(std::count(folded.begin(), folded.end(), ' ')) < most_words;
  }
  return false;
}

namespace {

// The words of a person's name: « Sophie Garnier », « P. MÉRILLON », « M. Jean-Luc de LA TOUR » — two to `most_words`
// words, capitalised but for short lowercase particles (two capitalised at least); none when `text` is no such name.
std::vector<std::string_view> name_words(std::string_view text, size_t most_words) {
  constexpr size_t longest_particle = 3, fewest_capitalised = 2;
  std::vector<std::string_view> words;
  size_t capitalised = 0;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find(' ', at), text.size());
    const std::string_view word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    const auto first = static_cast<unsigned char>(word.front());
    // « É »…: an accented capital is 0xC3 then 0x80 to 0x9F (its lowercase letter, 0xA0 to 0xBF).
    const bool upper = (first >= 'A' && first <= 'Z') || (first == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) < 0xA0);
    if (upper) ++capitalised;
    else if (!(first >= 'a' && first <= 'z') || word.size() > longest_particle) return {};
    words.push_back(word);
  }
  if (words.size() < 2 || words.size() > most_words || capitalised < fewest_capitalised) return {};
  return words;
}

// « Antoine DELCOURT », « Olivier LE GOFF »: a name ending with a surname in capitals.
bool is_a_name(std::string_view text) {
  constexpr size_t most_words = 5;
  const auto words = name_words(text, most_words);
  if (words.empty() || words.back().size() < 2) return false;
  const std::string_view surname = words.back();
  for (size_t at = 0; at < surname.size(); ++at) {
    const auto byte = static_cast<unsigned char>(surname[at]);
    if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) return false;
    if (byte == 0xC3 && at + 1 < surname.size() && static_cast<unsigned char>(surname[at + 1]) >= 0xA0) return false;
  }
  return true;
}

// « La directrice de la protection judiciaire de la jeunesse, », « Le préfet de la région Bretagne »: an article, then
// an office in lowercase.
bool names_an_office(std::string_view text) {
  for (const std::string_view article : {"Le ", "La ", "L'", "L’"}) {
    if (!text.starts_with(article) || text.size() <= article.size()) continue;
    const char first = text[article.size()];
    return (first >= 'a' && first <= 'z') || static_cast<unsigned char>(first) == 0xC3;
  }
  return false;
}

// « Sophie Garnier », « P. MÉRILLON »: a name alone on its line, in capitals or not.
bool names_a_person(std::string_view text) {
  constexpr size_t most_words = 4;
  return text.find_first_of(",;:0123456789") == std::string_view::npos && !name_words(text, most_words).empty();
}

// Signatories set side by side on one line whose tab a conversion lost (« Le délégant Le délégataire », « Pour le
// délégant Pour la DINUM »): a capitalised « Le », « La », « Les » or « Pour » after a space starts the next one.
std::vector<std::string_view> side_by_side(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t from = 0;
  for (size_t at = 1; at < text.size(); ++at) {
    if (text[at - 1] != ' ') continue;
    const std::string_view rest = text.substr(at);
    if (!(rest.starts_with("Le ") || rest.starts_with("La ") || rest.starts_with("Les ") || rest.starts_with("Pour ") ||
          rest.starts_with("L'") || rest.starts_with("L\xE2\x80\x99")))
      continue;
    parts.push_back(trim_decorations(text.substr(from, at - from)));
    from = at;
  }
  parts.push_back(trim_decorations(text.substr(from)));
  return parts;
}

// « À Rennes, le 14 janvier 2025 », « Le 14 janvier 2025 », « le : »: a line that gives the place or the date.
bool opens_with_place_or_date(std::string_view source, const grammar::ParsedLine& line) {
  if (line.kind == grammar::LineKind::signature_place) return true;
  const std::string folded = source::fold(trim_decorations(source.substr(line.line.begin, line.line.size())));
  if (folded == "le") return true;
  return folded.starts_with("le ") && folded.size() > 3 && (folded[3] == ':' || (folded[3] >= '0' && folded[3] <= '9'));
}

// « À Paris, le 12 décembre 2025 », « Le 12 décembre 2025 » (folded): a place and a date, or a date, and nothing before.
bool dates_a_signature(std::string_view folded) {
  folded = trim_decorations(folded);
  auto digit_at = [&](size_t at) { return at < folded.size() && folded[at] >= '0' && folded[at] <= '9'; };
  if (folded.starts_with("le ")) return digit_at(3);
  const size_t le = folded.find(", le ");
  return folded.starts_with("a ") && le != std::string_view::npos && digit_at(le + 5);
}

// The cells of a line: a table row's, else its runs of words a tab or three spaces apart (two columns of signatures
// side by side), else the whole line.
std::vector<Span> columns_of(std::string_view source, const grammar::ParsedLine& line) {
  if (line.kind == grammar::LineKind::table_row) return line.cells;
  constexpr std::string_view gap = "   ";
  std::vector<Span> parts;
  const std::string_view text = source.substr(line.line.begin, line.line.size());
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = std::min({text.find(gap, at), text.find('\t', at), text.size()});
    if (end > at) parts.push_back({line.line.begin + static_cast<uint32_t>(at), line.line.begin + static_cast<uint32_t>(end)});
    at = text.find_first_not_of(" \t", end);
    if (at == std::string_view::npos) break;
  }
  return parts;
}

// The index of the first line of `lines` that holds something, or lines.size().
size_t first_filled(std::string_view source, const std::vector<const grammar::ParsedLine*>& lines) {
  for (size_t index = 0; index < lines.size(); ++index) {
    if (!trim_decorations(source.substr(lines[index]->line.begin, lines[index]->line.size())).empty()) return index;
  }
  return lines.size();
}

}  // namespace

Signature read_signature(std::string_view source, const grammar::ParsedLine& place_line,
                         const std::vector<const grammar::ParsedLine*>& below) {
  Signature signature;
  signature.line = Text(source, place_line.line);
  signature.span = place_line.line;
  const bool date_below = read_place_and_date(source, place_line, below.empty() ? nullptr : below.front(), signature);
  size_t first_below = date_below ? 1 : 0;  // the date's line is no signatory
  // A place and date read on another line than the opening keep the opening's place when they give none.
  auto read_elsewhere = [&](const grammar::ParsedLine& line, const grammar::ParsedLine* next) {
    const std::string place = std::move(signature.place);
    const bool its_date_below = read_place_and_date(source, line, next, signature);
    if (signature.place.empty()) signature.place = place;
    signature.line = Text(source, line.line);
    return its_date_below;
  };
  // « Fait en deux exemplaires originaux. » over « À Rennes, le 14 janvier 2025 ⇥ À Rennes, le 16 janvier 2025 »:
  // the place and the date are on the next line that holds something.
  if (!signature.date_text && !date_below) {
    const size_t next = first_filled(source, below);
    if (next < below.size() && opens_with_place_or_date(source, *below[next])) {
      const bool its_date_below = read_elsewhere(*below[next], next + 1 < below.size() ? below[next + 1] : nullptr);
      first_below = next + (its_date_below ? 2 : 1);
    }
  }

  // Each party dates its own signature, in its block below « Fait en deux exemplaires » (« Pour le ministère X, /
  // À Paris, le 12 décembre 2025 / Le directeur … »), side by side or one under the other: the first one found.
  if (!signature.date_text && !date_below) {
    for (size_t index = first_below; index < below.size() && !signature.date_text; ++index) {
      for (const Span part : columns_of(source, *below[index])) {
        if (!dates_a_signature(source::fold(source.substr(part.begin, part.size())))) continue;
        grammar::ParsedLine dated = *below[index];
        dated.line = part;
        read_elsewhere(dated, nullptr);
        break;
      }
    }
  }

  // A group of lines is a signatory; from the first stamp line on (« Signature numérique de … »), a stamp.
  Text group;
  bool in_stamp = false;
  std::string_view last;  // the last line read into a group
  auto flush = [&] {
    if (!group.empty()) (in_stamp ? signature.stamps : signature.signatories).push_back(std::move(group));
    group = Text();
    in_stamp = false;
  };
  for (size_t index = 0; index < below.size(); ++index) {
    const grammar::ParsedLine* line = below[index];
    signature.span.end = std::max(signature.span.end, line->line.end);
    if (index < first_below) continue;
    const std::string_view text = trim_decorations(source.substr(line->line.begin, line->line.size()));
    if (text.empty() || line->kind == grammar::LineKind::page_break) {  // « Page 2 / 2 » below the last block is none
      flush();
      continue;
    }
    if (line->kind == grammar::LineKind::table_row) {
      flush();
      for (Span cell : line->cells) {
        if (!trim_decorations(source.substr(cell.begin, cell.size())).empty()) signature.signatories.emplace_back(source, cell);
      }
      continue;
    }
    if (const auto parts = side_by_side(text); parts.size() > 1 && !in_stamp && !is_stamp_line(text)) {
      flush();
      for (std::string_view part : parts) {
        if (!part.empty()) signature.signatories.push_back(text_of(source, part));
      }
      continue;
    }
    // A conversion that dropped the blank lines between signatories: the next one's block opens with its party (and
    // ends the electronic signature stamp of the one before), or with its signatory's office below the last one's
    // name (« Sophie Garnier » then « Le chef du centre de services partagés, »).
    if (opens_signatory(text) || (!in_stamp && !group.empty() && names_an_office(text) && names_a_person(last))) flush();
    last = text;
    if (!in_stamp && is_stamp_line(text)) {
      if (!group.empty()) signature.signatories.push_back(std::move(group));
      group = Text();
      in_stamp = true;
    }
    group.append(source, line->line, "\n");
    // Each one's block may end with a name, too.
    if (!in_stamp && is_a_name(text)) flush();
  }
  flush();
  return signature;
}

}  // namespace convlint::document
