#include "document/builder.hpp"

#include "base/ui_text.hpp"
#include "source/extracted_text.hpp"

#include <algorithm>
#include <cctype>

#include "document/aligned_tables.hpp"
#include "document/flattened_tables.hpp"
#include "document/facts_extraction.hpp"
#include "document/page_furniture.hpp"
#include "document/table_of_contents.hpp"
#include "document/flow.hpp"
#include "document/parties.hpp"
#include "document/sentences.hpp"
#include "document/signature.hpp"
#include "lines.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

using grammar::LineKind;
using grammar::ParsedLine;

namespace {

constexpr size_t max_title_length = 150;
constexpr long most_title_words_before_a_period = 4;  // « Obligations du délégataire. », not « Le délégant fournit les données. »
// The dashes that set a title apart: « Art. 1er. – Objet », « Objet. — Le délégant … »
constexpr std::string_view title_dashes[] = {"\u2013 ", "- ", "\u2014 "};

class Builder {
 public:
  Builder(const source::SourceText& source, const BuildOptions& options)
      : source_(source.text), lines_(grammar::parse_lines(source.text)), flow_(source_, options.max_list_depth, options.lexicon), lexicon_(options.lexicon) {
    document_.source = &source;
    document_.lexicon = options.lexicon;
    document_.folded = source::FoldedText(source.text, source::FoldedText::LineBreaks::as_spaces);
    mark_page_furniture(source_, lines_);
    mark_table_of_contents(source_, lines_, lexicon_);
    mark_aligned_tables(source_, lines_);
    mark_flattened_schedules(source_, lines_);
    mark_flattened_transposed_schedules(source_, lines_);
    attach_lone_bullets();
    mark_continuations();
  }

  Document build() {
    collect_footnotes();
    numbered_style_ = std::none_of(lines_.begin(), lines_.end(),
                                   [](const ParsedLine& line) { return line.kind == LineKind::article_heading; });
    if (numbered_style_) number_untitled_headings();
    open_parties_by_sentence();
    const size_t body_start = first_index(0);
    size_t between = find_between(body_start);
    if (between == npos || between == subtitle_between_) {
      if (const size_t after_visas = find_between_after_visas(body_start); after_visas != npos) between = after_visas;
    }
    const size_t parties_end = between == npos ? npos : std::min(first_index(between + 1), lines_.size());
    const bool parties_first = between == npos || between < body_start;
    read_title(parties_first && between != npos ? between : std::min(body_start, lines_.size()));
    if (between != npos) read_parties(between, parties_end);
    if (parties_first) {
      read_flow(between == npos ? body_start : parties_end);
    } else {
      skipped_ = {between, parties_end};
      read_flow(body_start);
    }
    collect_footnote_marks();
    if (document_.articles.empty()) {
      document_.diagnostics.push_back({document_.anchor(), "aucun article reconnu dans ce texte",
                                       "no article found in this text"});
    }
    extract_facts(document_, lexicon_);
    return std::move(document_);
  }

 private:
  static constexpr size_t npos = static_cast<size_t>(-1);

  // Lines that end the title and parties: visas, préambule, « Il a été convenu », the first article.
  bool ends_parties(size_t index) const {
    const ParsedLine& line = lines_[index];
    return closes_front(index) || line.kind == LineKind::visa || (line.kind == LineKind::text && heads_visa_list(index));
  }

  std::string_view view(Span span) const { return std::string_view(source_).substr(span.begin, span.size()); }

  size_t first_index(size_t from) const {
    for (size_t i = from; i < lines_.size(); ++i) {
      if (ends_parties(i)) return i;
    }
    return npos;
  }

  // The « Entre » line that opens the parties. A subtitle « entre le ministère X et la direction Y » under the title
  // (no role given, another « Entre » or « Et » below it) is part of the title, and the parties start after it.
  size_t find_between(size_t limit) {
    for (size_t i = 0; i < lines_.size() && i < limit; ++i) {
      if (lines_[i].kind != LineKind::between) continue;
      if (!is_title_subtitle(i, front_end())) return i;
      subtitle_between_ = i;
    }
    return subtitle_between_;
  }

  // « Vu … » or a préambule first, then « Entre … »: the parties follow them, before « Il est convenu » and the first
  // article. An « Entre » there opens the parties only when a party is defined below it (not « Entre 2020 et 2024 »).
  size_t find_between_after_visas(size_t from) const {
    for (size_t i = from; i < lines_.size(); ++i) {
      if (closes_front(i) && lines_[i].kind != LineKind::preamble_heading) return npos;
      if (lines_[i].kind != LineKind::between) continue;
      // The lines up to the next « Entre » or the end of the front matter: a role defined there is this one's.
      size_t end = std::min(first_index(i + 1), lines_.size());
      for (size_t next = i + 1; next < end; ++next) {
        if (lines_[next].kind == LineKind::between) end = next;
      }
      const Span block{lines_[i].line.begin, lines_[end - 1].line.end};
      if (defines_a_role(source::fold(view(block)))) return i;
    }
    return npos;
  }

  // The first line after the title, parties and visas: « Il est convenu », the préambule or the first article.
  size_t front_end() const {
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (closes_front(i)) return i;
    }
    return lines_.size();
  }

  bool closes_front(size_t index) const {
    const LineKind kind = lines_[index].kind;
    return kind == LineKind::agreed || kind == LineKind::preamble_heading || is_article_heading(index);
  }

  // « La présente convention est conclue entre : », « Il est convenu entre les soussignés : »: when no « Entre » line
  // comes before the visas and the articles, a sentence ending with « entre » opens the parties.
  void open_parties_by_sentence() {
    for (size_t i = 0; i < lines_.size(); ++i) {
      const ParsedLine& line = lines_[i];
      if (line.kind == LineKind::between && !is_title_subtitle(i, lines_.size())) return;
      if ((line.kind == LineKind::text || line.kind == LineKind::agreed) && opens_parties(i)) {
        lines_[i].kind = LineKind::between;
        lines_[i].content = {line.line.end, line.line.end};
        return;
      }
      // No « Entre » either: parties introduced by their roles (« Le délégant : le ministère … », « DÉLÉGANT » over
      // the name) open the block at the first of them.
      if (line.kind != LineKind::blank && role_label_end(view(line.line)) > 0) {
        lines_[i].kind = LineKind::between;
        lines_[i].content = line.line;
        return;
      }
      // No « Entre » at all: the first party is the paragraph that « d'une part » closes; the blank line above it
      // opens the parties.
      if (line.kind == LineKind::part_marker || (line.kind == LineKind::text && ends_with_first_part(i))) {
        size_t last = i;  // the party's last line: « d'une part, » ends it, or stands alone below it
        if (line.kind == LineKind::part_marker) {
          while (last > 0 && lines_[last - 1].kind == LineKind::blank) --last;
          if (last-- == 0) return;
        }
        size_t start = last;
        while (start > 0 && lines_[start - 1].kind == LineKind::text) --start;
        if (start == 0 || lines_[start - 1].kind != LineKind::blank) return;
        lines_[start - 1].kind = LineKind::between;
        lines_[start - 1].content = {lines_[start - 1].line.end, lines_[start - 1].line.end};
        return;
      }
      if (closes_front(i)) return;
    }
  }

  // « …, représentée par …, agissant en qualité de délégant, d'une part, »
  bool ends_with_first_part(size_t index) const {
    return folded_words(view(lines_[index].line)).ends_with("d'une part");
  }

  // A sentence that ends with « entre » (or « entre les soussignés ») before the parties: it ends with a colon, or
  // the next line that holds something starts a name.
  bool opens_parties(size_t index) const {
    if (lexicon_ == nullptr) return false;
    const bool colon = trim_decorations(view(lines_[index].line)).ends_with(':');
    const std::string folded = folded_words(view(lines_[index].line));
    const auto& openings = lexicon_->words(id(Core::parties_opening));
    const bool ends_opening = std::any_of(openings.begin(), openings.end(), [&](const std::string& opening) {
      return folded.ends_with(opening) && (folded.size() == opening.size() || folded[folded.size() - opening.size() - 1] == ' ');
    });
    if (!ends_opening) return false;
    size_t next = index + 1;
    while (next < lines_.size() && lines_[next].kind == LineKind::blank) ++next;
    return colon || (next < lines_.size() && !starts_lowercase(view(lines_[next].line)));
  }

  bool is_title_subtitle(size_t index, size_t limit) const {
    // The « entre » line and the lines that go on with it: a subtitle wrapped after its « et », or a party wrapped
    // over several lines (« Entre le Secrétariat général des ministères économiques et financiers, 139 rue » then its
    // address, its representative and its role), which is no subtitle: its paragraph names them.
    size_t last = index;
    while (last + 1 < lines_.size() && lines_[last + 1].kind == LineKind::text) ++last;
    std::string paragraph = source::fold(view({lines_[index].line.begin, lines_[last].line.end}));
    std::replace(paragraph.begin(), paragraph.end(), '\n', ' ');
    if (paragraph.find(" et ") == std::string::npos || defines_a_role(paragraph) || paragraph.find("represent") != std::string::npos) return false;
    for (size_t i = index + 1; i < lines_.size() && i < limit; ++i) {
      if (lines_[i].kind == LineKind::between || lines_[i].kind == LineKind::and_party) return true;
    }
    return false;
  }

  static bool defines_a_role(std::string_view folded) {
    for (std::string_view word : {"ci-apres", "denomm", "design", "represent", "appele"}) {
      if (folded.find(word) != std::string_view::npos) return true;
    }
    return false;
  }

  void collect_footnotes() {
    for (const ParsedLine& line : lines_) {
      if (line.kind != LineKind::footnote_text) continue;
      Footnote footnote;
      footnote.number = line.number;
      footnote.span = line.line;
      footnote.text = Text(source_, line.content);
      const std::string_view whole = view(line.line);
      const size_t label_end = whole.find_first_of(" \t]");
      footnote.label = line.number >= 0 ? std::to_string(line.number)
                                        : std::string(whole.substr(2, label_end == npos ? 0 : label_end - 2));
      document_.footnotes.push_back(std::move(footnote));
    }
  }

  // Superscript digits after a word (« l'ANSSI¹ ») and markdown « [^1] » references, outside footnote texts.
  // The footnote mark starting at byte `at` of `text` (line `line`), recorded when it follows a word; returns where
  // to look on (after the mark, or after `at` when no superscript digit starts there).
  size_t read_superscript_mark(const ParsedLine& line, std::string_view text, size_t i) {
    if (source::superscript_digit_length(text, i) == 0) return i + 1;
    const auto previous = static_cast<unsigned char>(text[i - 1]);
    const bool after_word = previous != ' ' && previous != '\t';
    const bool unit = previous == 'm' && (i < 2 || text[i - 2] == ' ' || text[i - 2] == 'k' || text[i - 2] == 'c');
    size_t end = i;
    int number = 0;
    while (size_t step = source::superscript_digit_length(text, end)) {
      if (number < 100000) number = number * 10 + superscript_value(text.substr(end, step));
      end += step;
    }
    if (after_word && !unit) {
      document_.footnote_marks.push_back(
          {number, std::to_string(number), {line.line.begin + static_cast<uint32_t>(i), line.line.begin + static_cast<uint32_t>(end)}});
    }
    return end;
  }

  void collect_footnote_marks() {
    if (!document_.source->ocr_pages.empty()) collect_glued_marks();
    for (const ParsedLine& line : lines_) {
      // A line made blank because a table's cells took its text (a column read apart) still holds its marks.
      if (line.kind == LineKind::footnote_text || (line.kind == LineKind::blank && trim_decorations(view(line.line)).empty())) continue;
      const std::string_view text = view(line.line);
      // Superscript digits start with byte C2 (¹ ² ³) or E2 (⁰ ⁴…⁹): each byte is looked for on its own, again only
      // once passed (E2 also starts every ’ « » – of French text).
      size_t next_c2 = text.find('\xC2', 1), next_e2 = text.find('\xE2', 1);
      for (size_t i = std::min(next_c2, next_e2); i < text.size(); i = std::min(next_c2, next_e2)) {
        const size_t resume = read_superscript_mark(line, text, i);
        if (next_c2 < resume) next_c2 = text.find('\xC2', resume);
        if (next_e2 < resume) next_e2 = text.find('\xE2', resume);
      }
      for (size_t at = text.find("[^"); at != npos; at = text.find("[^", at + 2)) {
        const size_t close = text.find(']', at);
        if (close == npos || (close + 1 < text.size() && text[close + 1] == ':')) continue;
        const std::string label(text.substr(at + 2, close - at - 2));
        const bool numeric = !label.empty() && label.find_first_not_of("0123456789") == npos && label.size() < 6;
        document_.footnote_marks.push_back({numeric ? std::stoi(label) : -1, label,
                                            {line.line.begin + static_cast<uint32_t>(at), line.line.begin + static_cast<uint32_t>(close + 1)}});
      }
    }
  }

  // OCR reads the small raised call of a footnote as a mark glued to the word before it (« l'État¹ » read
  // « l'État: », « suivants² » read « suivants? »).
  void collect_glued_marks() {
    const std::string_view text = source_;
    for (size_t at = text.find_first_of("?:*"); at != npos; at = text.find_first_of("?:*", at + 1)) {
      const bool glued = at > 0 && (std::isalpha(static_cast<unsigned char>(text[at - 1])) || (text[at - 1] & 0x80) != 0);
      const bool ends_word = at + 1 == text.size() || std::string_view(" \n.,;").find(text[at + 1]) != std::string_view::npos;
      if (glued && ends_word) document_.glued_marks.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1)});
    }
  }

  static int superscript_value(std::string_view mark) {
    if (mark.size() == 2) return mark[1] == '\xB9' ? 1 : mark[1] == '\xB2' ? 2 : 3;
    return static_cast<unsigned char>(mark[2]) - 0xB0;
  }

  // The line that completes the title: the next one, or the one after a single blank line (a Word or PDF title and
  // its subtitle are two paragraphs), when it is not a sentence.
  size_t subtitle_line(size_t title, size_t end) const {
    if (title == npos) return npos;
    if (subtitle_between_ != npos) return subtitle_between_;
    for (size_t i = title + 1; i < end && i <= title + 2; ++i) {
      if (lines_[i].kind == LineKind::blank) continue;
      const std::string_view candidate = trim_decorations(view(lines_[i].line));
      const bool sentence = candidate.ends_with(".") || candidate.size() > max_title_length;
      return lines_[i].kind == LineKind::text && !sentence ? i : npos;
    }
    return npos;
  }

  void read_title(size_t end) {
    size_t title = npos;
    for (size_t i = 0; i < end; ++i) {
      if (lines_[i].kind == LineKind::blank) continue;
      const std::string_view candidate = trim_decorations(view(lines_[i].line));
      const std::string folded = source::fold(candidate);
      // A long line is a sentence, unless it names what the text is first (a one-line title as a text export has it).
      const bool names_kind_first = folded.starts_with("convention") || folded.starts_with("avenant");
      const bool sentence = candidate.ends_with(".") || (candidate.size() > max_title_length && !names_kind_first);
      if (!sentence && (folded.find("convention") != std::string::npos || folded.find("avenant") != std::string::npos)) {
        title = i;
        break;
      }
    }
    for (size_t i = 0; i < end && title == npos; ++i)
      if (lines_[i].kind != LineKind::blank && lines_[i].kind != LineKind::page_break) title = i;
    const size_t subtitle = subtitle_line(title, end);
    // A subtitle wrapped over lines (a PDF conversion) goes on over the lines right below it.
    size_t subtitle_end = subtitle == npos ? npos : subtitle + 1;
    while (subtitle_end != npos && subtitle_end < end && lines_[subtitle_end].kind == LineKind::text &&
           lines_[subtitle_end].line.begin == lines_[subtitle_end - 1].line.end + 1)
      ++subtitle_end;
    for (size_t i = 0; i < end; ++i) {
      const ParsedLine& line = lines_[i];
      if (line.kind == LineKind::blank || line.kind == LineKind::page_break) continue;
      Span span = line.kind == LineKind::markdown_heading ? line.title : line.line;
      const std::string_view trimmed = trim_decorations(view(span));
      if (trimmed.empty()) continue;
      span = {static_cast<uint32_t>(trimmed.data() - source_.data()),
              static_cast<uint32_t>(trimmed.data() - source_.data() + trimmed.size())};
      if (i == title) document_.title = Text(source_, span);
      else if (subtitle != npos && i >= subtitle && i < subtitle_end && document_.title) document_.title->append(source_, span, " ");
      else document_.front_matter.emplace_back(source_, span);
    }
  }

  void read_parties(size_t between, size_t end) {
    std::vector<Span> chunk;
    auto flush = [&] {
      for (std::vector<Span>& party : split_parties(chunk)) document_.parties.push_back(read_party(source_, party));
      chunk.clear();
    };
    if (between != subtitle_between_ && !only_part_marker(lines_[between].content)) chunk.push_back(content_or_line(lines_[between]));
    bool together_seen = false;
    bool after_blank = false;
    size_t group_start = 0;  // the first party since the last « Et »
    for (size_t i = between + 1; i < end; ++i) {
      const ParsedLine& line = lines_[i];
      switch (line.kind) {
        case LineKind::blank:
        case LineKind::page_break:
        case LineKind::footnote_text: after_blank = true; continue;
        case LineKind::and_party:
          if (wraps_a_name(i)) break;  // « … du ministère de l'agriculture » then « et de la souveraineté alimentaire »
          flush();
          group_start = document_.parties.size();
          if (!only_part_marker(line.content)) chunk.push_back(line.content);
          continue;
        case LineKind::part_marker: flush(); continue;
        case LineKind::together:
          flush();
          // « Ensemble désignés « les délégants » » with a party still to come after « Et »: the role of the
          // parties named so far, not the close of the block.
          if (std::any_of(lines_.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines_.begin() + static_cast<std::ptrdiff_t>(end),
                          [](const ParsedLine& later) { return later.kind == LineKind::and_party; })) {
            give_roles(Text(source_, line.line), group_start);
            continue;
          }
          document_.parties_together = Text(source_, line.line);
          together_seen = true;
          continue;
        default: break;
      }
      if (together_seen) {
        document_.unplaced.emplace_back(source_, line.line);
        document_.diagnostics.push_back({line.line, ui_localized("builder.text_after_together")});
        continue;
      }
      // Co-délégataires listed one paragraph each after a single « Et », or parties numbered as items (« 2°) … »): a
      // paragraph or item that opens with a name (« La Direction … ») after a party that already has its role, or a
      // second « représenté par », starts a party.
      // An item of a list of parties may start in lowercase (« - la direction générale … ; »).
      const bool numbered = line.kind == LineKind::list_item;
      const Span written = content_or_line(line);  // an item's text, without its number or bullet
      if ((after_blank || numbered) && !chunk.empty() && (starts_like_a_name(written, numbered) && defines_a_role(chunk_text(chunk)))) flush();
      // « Le délégataire : … » (a label and the name after it opens a party even where a conversion lost the blank line)
      else if (!chunk.empty() && opens_with_role_label(view(written), after_blank)) flush();
      else if (after_blank && mentions_representative(line.line) &&
               std::any_of(chunk.begin(), chunk.end(), [&](Span s) { return mentions_representative(s); }))
        flush();
      // « ci-après désignées ensemble « les co-délégataires » » names every party since « Et ».
      if (after_blank && is_collective(line.line)) {
        flush();
        give_roles(Text(source_, line.line), group_start);
        after_blank = false;
        continue;
      }
      after_blank = false;
      chunk.push_back(written);
    }
    flush();
  }

  // The roles a collective line gives (« ci-après désignées ensemble « les co-délégataires » ») to every party from
  // `first` on.
  void give_roles(const Text& collective, size_t first) {
    for (size_t p = first; p < document_.parties.size(); ++p) {
      for (const Role& role : read_roles(collective)) document_.parties[p].roles.push_back(role);
    }
  }

  // Parties written as one sentence: « Entre X, …, ci-après « le délégant », et Y, …, ci-après « le délégataire » »
  // is cut after each role's closing quote followed by « et ».
  std::vector<std::vector<Span>> split_parties(const std::vector<Span>& lines) const {
    std::vector<std::vector<Span>> parties;
    if (lines.empty()) return parties;
    parties.emplace_back();
    for (Span line : lines) {
      const std::string_view text = view(line);
      const source::FoldedText folded(text);
      size_t from = 0;
      for (size_t quote = folded.view().find('"'); quote != std::string_view::npos; quote = folded.view().find('"', quote + 1)) {
        std::string_view after = folded.view().substr(quote + 1);
        const size_t kept = after.size();
        while (!after.empty() && (after.front() == ' ' || after.front() == ',')) after.remove_prefix(1);
        if (!after.starts_with("et ") || !defines_a_role(folded.view().substr(0, quote))) continue;
        const uint32_t cut = folded.original_offset(static_cast<uint32_t>(quote + 1 + (kept - after.size()) + 3));
        parties.back().push_back({line.begin + static_cast<uint32_t>(from), line.begin + cut - 3});
        parties.emplace_back();
        from = cut;
        quote += kept - after.size();
      }
      parties.back().push_back({line.begin + static_cast<uint32_t>(from), line.end});
    }
    return parties;
  }

  std::string chunk_text(const std::vector<Span>& chunk) const {
    std::string folded;
    for (Span line : chunk) folded += source::fold(view(line)) + " ";
    return folded;
  }

  // « La Direction … », « Le ministère … », « L'Agence … »: a line that starts like the name of a service.
  bool starts_like_a_name(Span span, bool lowercase_too = false) const {
    const std::string_view text = trim_decorations(view(span));
    if (text.empty() || (text.front() != 'L' && !(lowercase_too && text.front() == 'l'))) return false;
    const std::string_view rest = text.substr(1);
    return rest.starts_with("e ") || rest.starts_with("a ") || rest.starts_with("es ") || rest.starts_with("'") || rest.starts_with("\xE2\x80\x99");
  }

  // « ci-après désignées ensemble « les co-délégataires » »: a role given to several parties at once.
  bool is_collective(Span span) const {
    const std::string folded = source::fold(trim_decorations(view(span)));
    return (folded.starts_with("ci-apres") || folded.starts_with("ci-dessous") || folded.starts_with("ensemble")) &&
           folded.find("ensemble") != std::string::npos;
  }

  bool mentions_representative(Span span) const {
    return source::fold(view(span)).find("represent") != std::string::npos;
  }

  static Span content_or_line(const ParsedLine& line) { return line.content.empty() ? line.line : line.content; }

  enum class Region { front, body, signature, annexes };

  void read_flow(size_t start) {
    Region region = Region::front;
    flow_.start(&document_.preamble);
    std::vector<const ParsedLine*> signature_lines;
    const ParsedLine* signature_line = nullptr;
    for (size_t i = start; i < lines_.size(); ++i) {
      if (i == skipped_.first) i = skipped_.second;
      if (i >= lines_.size()) break;
      const ParsedLine& line = lines_[i];
      if (line.kind == LineKind::annex_heading && region != Region::front && !wrapped_mention(i)) {
        region = Region::annexes;
        start_annex(line);
        continue;
      }
      if (is_article_heading(i) && region != Region::annexes) {
        region = Region::body;
        i = start_article(i);
        continue;
      }
      if (region == Region::front && read_front_line(i)) continue;
      if (line.kind == LineKind::signature_place && region == Region::body && !continues_sentence(i)) {
        region = Region::signature;
        signature_line = &line;
        flow_.finish();
        continue;
      }
      if (region == Region::signature) {
        if (line.kind != LineKind::footnote_text) signature_lines.push_back(&line);
        continue;
      }
      flow_.add(line);
    }
    flow_.finish();
    if (signature_line != nullptr) document_.signature = read_signature(source_, *signature_line, signature_lines);
    close_spans();
  }

  bool is_article_heading(size_t index) const {
    const ParsedLine& line = lines_[index];
    if (line.kind == LineKind::article_heading) return !wrapped_mention(index);
    return numbered_style_ && line.kind == LineKind::numbered_heading && line.title.size() <= max_title_length &&
           !continues_sentence(index);
  }

  // A line right under a line of prose whose sentence is not finished: « … prend fin le 31 décembre » then
  // « 2025. Il peut y être mis fin … » is one sentence wrapped by a PDF conversion, not heading « 2025 »; so is
  // « … se tient » then « à Paris, le 12 mars 2024, … », not the signature.
  bool continues_sentence(size_t index) const { return continuation_[index]; }

  // « … sont déterminés en » then « annexe 2. »: a mention of an article or annex (or an « et ») that the wrap put at
  // the start of a line. Headings are capitalised; a lowercase one under an unfinished sentence is the sentence's end.
  bool wrapped_mention(size_t index) const {
    return starts_lowercase(view(lines_[index].line)) && continues_sentence(index);
  }

  // Nothing, or only « d'une part : » or « les soussignés : » after « Entre » (« d'autre part » after « Et »).
  bool only_part_marker(Span content) const {
    const std::string folded = folded_words(view(content));
    if (folded.empty() || folded == "d'une part" || folded == "d'autre part") return true;
    return lexicon_ != nullptr && lexicon_->has_word(id(Core::parties_opening), "entre " + folded);
  }

  // A lowercase « et … » under an unfinished line that does not close the first party (« …, d'une part, »): a name
  // the wrap cut before « et ».
  bool wraps_a_name(size_t index) const {
    if (!wrapped_mention(index) || trim_decorations(view(lines_[index].content)).empty()) return false;
    return !folded_words(view(lines_[index - 1].line)).ends_with(" part");
  }

  // Word's automatic numbering lost by a conversion (`pandoc -t plain`): no article or numbered heading at all, but
  // after « Il est convenu ce qui suit » short lines alone between blank lines, each over a paragraph (« Objet »,
  // « Durée »). They are the articles, numbered in their order, and the reader is told so.
  void number_untitled_headings() {
    constexpr size_t longest_title = 80, fewest_articles = 2;
    if (std::any_of(lines_.begin(), lines_.end(), [](const ParsedLine& line) { return line.kind == LineKind::numbered_heading; })) return;
    const auto agreed = std::find_if(lines_.begin(), lines_.end(), [](const ParsedLine& line) { return line.kind == LineKind::agreed; });
    if (agreed == lines_.end()) return;
    auto blank = [&](size_t at) { return at >= lines_.size() || lines_[at].kind == LineKind::blank; };
    // The words of a line alone, or of a markdown heading (« # Objet »).
    auto words_of = [&](const ParsedLine& line) {
      return trim_decorations(view(line.kind == LineKind::markdown_heading ? line.title : line.line));
    };
    std::vector<size_t> titles;
    for (auto i = static_cast<size_t>(agreed - lines_.begin()) + 1; i + 2 < lines_.size(); ++i) {
      const ParsedLine& line = lines_[i];
      if (line.kind == LineKind::signature_place) break;
      const std::string_view text = words_of(line);
      if ((line.kind != LineKind::text && line.kind != LineKind::markdown_heading) || !blank(i - 1) || !blank(i + 1) ||
          text.size() > longest_title || ends_sentence(text) || starts_lowercase(text) || has_digit(text))
        continue;
      size_t next = i + 1;
      while (next < lines_.size() && blank(next)) ++next;
      if (next < lines_.size() && (lines_[next].kind == LineKind::text || lines_[next].kind == LineKind::list_item))
        titles.push_back(i);
    }
    if (titles.size() < fewest_articles) return;
    int number = 0;
    for (const size_t i : titles) {
      lines_[i].title = span_of(words_of(lines_[i]));
      lines_[i].kind = LineKind::numbered_heading;
      lines_[i].number = ++number;
    }
    document_.diagnostics.push_back({Span{lines_[titles.front()].line.begin, lines_[titles.front()].line.end},
                                     ui_localized("builder.articles_without_numbers", {{"last", std::to_string(number)}})});
  }

  // A bullet alone on its line takes the next line that holds text (a blank line may stand between) as its item.
  void attach_lone_bullets() {
    constexpr size_t farthest = 2;
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].kind != LineKind::list_item || !trim_decorations(view(lines_[i].content)).empty()) continue;
      for (size_t next = i + 1; next < lines_.size() && next <= i + farthest; ++next) {
        if (lines_[next].kind == LineKind::blank) continue;
        if (lines_[next].kind != LineKind::text) break;
        lines_[i].content = lines_[next].line;
        lines_[i].line.end = lines_[next].line.end;
        for (size_t gap = i + 1; gap <= next; ++gap) lines_[gap].kind = LineKind::blank;
        i = next;
        break;
      }
    }
  }

  // One pass down the lines, so that a sentence wrapped over several lines is followed whatever its lines look like.
  void mark_continuations() {
    continuation_.assign(lines_.size(), false);
    for (size_t index = 1; index < lines_.size(); ++index) {
      const ParsedLine& above = lines_[index - 1];
      const bool prose =
          above.kind == LineKind::text || (continuation_[index - 1] && reads_as_prose_when_wrapped(index - 1));
      // « Pour le délégant, Pour le délégataire, » over « Paris, le 3 février 2026 … »: a signatory's label, no sentence.
      const bool dated_signatory = lines_[index].kind == LineKind::signature_place && opens_signatory(view(above.line));
      continuation_[index] = prose && !ends_sentence(view(above.line)) && !dated_signatory;
    }
  }

  // Kinds of line that are prose again when they continue a sentence (see continues_sentence and wrapped_mention).
  bool reads_as_prose_when_wrapped(size_t index) const {
    switch (lines_[index].kind) {
      case LineKind::numbered_heading:
      case LineKind::signature_place: return true;
      case LineKind::article_heading:
      case LineKind::annex_heading:
      case LineKind::and_party: return starts_lowercase(view(lines_[index].line));
      default: return false;
    }
  }

  // « Vu : » or « VISAS » alone on its line, the texts it cites below.
  bool heads_visa_list(size_t index) const {
    constexpr size_t longest = 10;  // « VISAS : »
    const std::string_view line = trim_decorations(view(lines_[index].line));
    if (line.empty() || line.size() > longest || (line.front() != 'V' && line.front() != 'v')) return false;
    const std::string folded = folded_words(line);
    return folded == "vu" || folded == "visas";
  }

  // The texts under « Vu : », each a visa: list items (« – le décret n° 2004-1085 … ; »), or lines that name a text
  // (« Le décret n° 2012-1246 … ; »); blank lines may stand between them, and a line that goes on without a blank
  // line continues its item.
  bool read_visa_list(size_t& i) {
    size_t at = i + 1, taken = 0;
    while (at < lines_.size()) {
      size_t next = at;
      while (next < lines_.size() && lines_[next].kind == LineKind::blank) ++next;
      if (next >= lines_.size()) break;
      const LineKind kind = lines_[next].kind;
      if (kind == LineKind::list_item || kind == LineKind::visa || (kind == LineKind::text && names_a_text(next))) {
        document_.visas.push_back(Visa{Text(source_, lines_[next].line), {}});
        ++taken;
      } else if (kind == LineKind::text && taken > 0 && next == at) {
        append_line(document_.visas.back().text, source_, lines_[next].line, lexicon_, " ");
      } else {
        break;
      }
      at = next + 1;
    }
    i = at - 1;
    return true;
  }

  // « Le décret n° … », « La loi … », « L'arrêté du … »: a line that opens with the kind of a text.
  bool names_a_text(size_t index) const {
    if (lexicon_ == nullptr) return false;
    const std::string folded = source::fold(trim_decorations(view(lines_[index].line)).substr(0, 40));
    const auto& kinds = lexicon_->words(id(Core::cited_text));
    return std::any_of(kinds.begin(), kinds.end(), [&](const std::string& kind) {
      return folded.starts_with(kind) && (folded.size() == kind.size() || folded[kind.size()] == ' ');
    });
  }

  // Visas, préambule heading and « Il a été convenu » before the first article. Returns true when consumed.
  bool read_front_line(size_t& i) {
    const ParsedLine& line = lines_[i];
    if (line.kind == LineKind::text && heads_visa_list(i)) return read_visa_list(i);
    switch (line.kind) {
      case LineKind::visa: {
        if (heads_visa_list(i)) return read_visa_list(i);
        Visa visa{Text(source_, line.line), {}};
        while (i + 1 < lines_.size() && lines_[i + 1].kind == LineKind::text) append_line(visa.text, source_, lines_[++i].line, lexicon_, " ");
        document_.visas.push_back(std::move(visa));
        return true;
      }
      case LineKind::preamble_heading:
        document_.preamble_heading = Text(source_, line.line);
        return true;
      case LineKind::agreed:
        document_.agreed = Text(source_, line.line);
        return true;
      default: return false;
    }
  }

  // Starts an article at heading line `index`; returns the index of the last line it consumed.
  size_t start_article(size_t index) {
    flow_.finish();
    const ParsedLine& line = lines_[index];
    Article article;
    article.number = line.number;
    article.inserted = line.inserted;
    article.heading = Text(source_, line.line);
    std::string_view title = clean_title(view(line.title));
    // The official bulletins' forms: « Art. 2. – Obligations du délégataire. – Le délégataire assure … » or
    // « Art. 2. – Obligations du délégataire. Le délégataire assure … » (the title, then the article's text on the
    // same line), « Art. 7. – La présente convention est publiée … » (the text without a title).
    const std::string_view written = trim_decorations(view(line.title));
    auto text_from = [&](size_t at_title) { return span_of(written.substr(static_cast<size_t>(title.data() + at_title - written.data()))); };
    Span body{};
    if (const auto [title_end, body_begin] = inline_body(title); body_begin != std::string_view::npos) {
      body = text_from(body_begin);
      title = clean_title(title.substr(0, title_end));
    } else if (title.size() > max_title_length || is_a_sentence(title, written, wraps_on(index))) {
      body = text_from(0);
      title = {};
    }
    if (!title.empty() && title.size() <= max_title_length) article.title = Text(source_, span_of(title));
    document_.articles.push_back(std::move(article));
    Article& added = document_.articles.back();
    flow_.start(&added.blocks);
    if (!body.empty()) {
      grammar::ParsedLine rest = line;
      rest.kind = LineKind::text;
      rest.line = body;
      flow_.add(rest);
      return index;
    }
    if (title.empty()) return take_title_from_next_line(index, added.title);
    return index;
  }

  // Where the title ends and the text of the article starts in « Titre. – Le texte … » or « Titre. Le texte … » on a
  // heading's line (a title followed by a period is a few words, the text more: « Durée. Résiliation » is a title);
  // npos when the line holds a title only.
  static std::pair<size_t, size_t> inline_body(std::string_view title) {
    for (const std::string_view dash : title_dashes) {
      const std::string separator = ". " + std::string(dash);
      if (const size_t at = title.find(separator); at != std::string_view::npos && at > 0) return {at, at + separator.size()};
    }
    const size_t at = title.find(". ");
    if (at != std::string_view::npos && at > 0 && words_in(title.substr(0, at)) <= most_title_words_before_a_period &&
        holds_a_sentence_end(title.substr(at)) && words_in(title.substr(at + 2)) > most_title_words_before_a_period)
      return {at, at + 2};
    return {std::string_view::npos, std::string_view::npos};
  }

  // « La présente convention sera publiée au bulletin officiel. » after « Art. 7. – »: more words than a title that
  // ends with a period (or goes on, wrapped, on a line starting in lowercase) has, or a period then another sentence;
  // not in capitals, as titles are.
  static bool is_a_sentence(std::string_view title, std::string_view written, bool wrapped) {
    if (std::none_of(title.begin(), title.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;  // a title in capitals
    if (words_in(title) > most_title_words_before_a_period && (written.ends_with('.') || wrapped)) return true;
    const size_t first_period = title.find(". ");
    return first_period != std::string_view::npos && words_in(title.substr(0, first_period)) > most_title_words_before_a_period &&
           holds_a_sentence_end(title.substr(first_period));
  }

  // Whether the line after `index` goes on with its text, wrapped: it starts in lowercase.
  bool wraps_on(size_t index) const {
    return index + 1 < lines_.size() && lines_[index + 1].kind == LineKind::text && starts_lowercase(view(lines_[index + 1].line));
  }

  static long words_in(std::string_view text) { return std::count(text.begin(), text.end(), ' ') + 1; }

  // « ARTICLE 1 » alone, its title on the next line.
  size_t take_title_from_next_line(size_t index, Text& title) {
    size_t next = index + 1;
    while (next < lines_.size() && lines_[next].kind == LineKind::blank) ++next;
    if (next >= lines_.size() || lines_[next].kind != LineKind::text) return index;
    const std::string_view written = trim_decorations(view(lines_[next].line));
    const std::string_view candidate = clean_title(written);
    if (candidate.empty() || !looks_like_subheading(candidate)) return index;
    // A sentence is no title: « Le délégant confie au délégataire la gestion. » (a title may end with a period only
    // when it is a few words: « Objet. »).
    if (written.ends_with('.') && words_in(candidate) > most_title_words_before_a_period) return index;
    // The first line of a paragraph wrapped below it is no title (« Le présent avenant prend effet à compter de sa
    // signature. Il est transmis au » over « contrôleur … »).
    const bool wrapped = next + 1 < lines_.size() && lines_[next + 1].kind == LineKind::text && starts_lowercase(view(lines_[next + 1].line));
    if (wrapped || holds_a_sentence_end(candidate)) return index;
    title = Text(source_, span_of(candidate));
    return next;
  }

  // « Le délégataire : la DINUM… » opens a party; a label alone on its line (« DÉLÉGATAIRE ») only after a blank line.
  static bool opens_with_role_label(std::string_view line, bool after_blank) {
    const size_t label = role_label_end(line);
    return label > 0 && (after_blank || label < line.size());
  }

  // « … de sa signature. Il est … »: a period, then a capitalised word.
  static bool holds_a_sentence_end(std::string_view text) {
    for (size_t at = text.find(". "); at != std::string_view::npos; at = text.find(". ", at + 1)) {
      if (at + 2 < text.size() && !starts_lowercase(text.substr(at + 2)) && std::isalpha(static_cast<unsigned char>(text[at + 2]))) return true;
    }
    return false;
  }

  void start_annex(const ParsedLine& line) {
    flow_.finish();
    Annex annex;
    annex.number = line.number;
    annex.heading = Text(source_, line.line);
    const std::string_view title = clean_title(view(line.title));
    if (!title.empty()) annex.title = Text(source_, span_of(title));
    document_.annexes.push_back(std::move(annex));
    flow_.start(&document_.annexes.back().blocks);
  }

  static std::string_view clean_title(std::string_view title) {
    title = trim_decorations(title);
    // « Art. 1er. – Objet »: the dash after the number's period
    for (const std::string_view dash : title_dashes) {
      if (title.starts_with(dash)) title = trim_decorations(title.substr(dash.size()));
    }
    while (!title.empty() && (title.back() == '.' || title.back() == ':')) title = trim_decorations(title.substr(0, title.size() - 1));
    // « Article 1 (Objet) »: the parenthesis the heading opened
    if (title.ends_with(')') && title.find('(') == std::string_view::npos) title = trim_decorations(title.substr(0, title.size() - 1));
    return title;
  }

  Span span_of(std::string_view part) const {
    const auto begin = static_cast<uint32_t>(part.data() - source_.data());
    return {begin, begin + static_cast<uint32_t>(part.size())};
  }

  void close_spans() {
    for (Article& article : document_.articles) {
      article.span = article.heading.span();
      for (const Block& block : article.blocks) article.span.end = std::max(article.span.end, block.span().end);
    }
    for (Annex& annex : document_.annexes) {
      annex.span = annex.heading.span();
      for (const Block& block : annex.blocks) annex.span.end = std::max(annex.span.end, block.span().end);
    }
  }

  std::string_view source_;
  std::vector<ParsedLine> lines_;
  std::vector<bool> continuation_;  // per line: it carries on the unfinished sentence of the line above
  Flow flow_;
  const Lexicon* lexicon_;
  Document document_;
  std::pair<size_t, size_t> skipped_{npos, npos};  // the parties' lines, when they come after the visas
  size_t subtitle_between_ = npos;  // a title's « entre X et Y » line, when there is one
  bool numbered_style_ = false;
};

}  // namespace

Document build_document(const source::SourceText& source, const BuildOptions& options) {
  return Builder(source, options).build();
}

}  // namespace convlint::document
