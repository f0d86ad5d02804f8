#include "document/sentences.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "document/text_fold.hpp"

namespace convlint::document {

namespace {

// Where the next « . », « ! » or « ? » is from `at` (the size of `view` when there is none), eight bytes at a time:
// (x - 0x01…) & ~x & 0x80… marks the zero bytes of x, and a byte equal to c is zero in x ^ c.
size_t next_stop(std::string_view view, size_t at) {
  constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  auto has_byte = [](uint64_t block, char c) {
    const uint64_t x = block ^ (ones * static_cast<unsigned char>(c));
    return ((x - ones) & ~x & highs) != 0;
  };
  for (; at + 8 <= view.size(); at += 8) {
    uint64_t block;
    std::memcpy(&block, view.data() + at, 8);
    if (has_byte(block, '.') || has_byte(block, '!') || has_byte(block, '?')) break;
  }
  for (; at < view.size(); ++at) {
    const char c = view[at];
    if (c == '.' || c == '!' || c == '?') return at;
  }
  return view.size();
}

class Indexer {
 public:
  Indexer(Document& document, const Lexicon& lexicon) : document_(document), lexicon_(lexicon), facts_(document.facts) {}

  void run() {
    // Only the préambule's references are read (is « l'article 2 » this text's or a décret's?): its other
    // paragraphs state no clause.
    for (const Block& block : document_.preamble) {
      if (refers_to_an_article(block)) add_block(block, Sentence::Part::preamble, -1);
    }
    for (size_t i = 0; i < document_.articles.size(); ++i) {
      const Article& article = document_.articles[i];
      add_text(article.title, Sentence::Part::article, static_cast<int>(i), Kind::heading);
      for (const Block& block : article.blocks) add_block(block, Sentence::Part::article, static_cast<int>(i));
    }
    for (size_t i = 0; i < document_.annexes.size(); ++i) {
      const Annex& annex = document_.annexes[i];
      add_text(annex.title, Sentence::Part::annex, static_cast<int>(i), Kind::heading);
      for (const Block& block : annex.blocks) add_block(block, Sentence::Part::annex, static_cast<int>(i));
    }
  }

 private:
  enum class Kind { paragraph, list_item, heading };

  bool refers_to_an_article(const Block& block) const {
    const Span span = block.span();
    return std::any_of(document_.facts.article_refs.begin(), document_.facts.article_refs.end(),
                       [&](const ArticleRef& ref) { return ref.span.begin >= span.begin && ref.span.begin < span.end; });
  }

  void add_block(const Block& block, Sentence::Part part, int article) {
    switch (block.kind) {
      case BlockKind::paragraph: add_text(block.text, part, article, Kind::paragraph); break;
      case BlockKind::list_item: add_text(block.text, part, article, Kind::list_item); break;
      case BlockKind::heading: add_text(block.text, part, article, Kind::heading); break;
      case BlockKind::table: open_lead_ = -1; break;
    }
  }

  void add_text(const Text& text, Sentence::Part part, int article, Kind kind) {
    if (text.empty()) return;
    const TextFold folded(text, document_.folded);
    const std::string_view view = folded.view();
    hits_.clear();
    lexicon_.scan(view, hits_);
    const bool continues_list = kind == Kind::list_item && open_lead_ >= 0;
    const uint32_t paragraph = continues_list ? facts_.sentences[static_cast<size_t>(open_lead_)].paragraph : ++paragraph_;
    const int32_t lead = continues_list ? open_lead_ : -1;
    size_t hit = 0;
    source::FoldedText::Cursor cursor;
    for (size_t begin = 0; begin < view.size();) {
      const size_t end = sentence_end(view, begin);
      Sentence sentence;
      sentence.span = folded.source_span(static_cast<uint32_t>(begin), static_cast<uint32_t>(end));
      sentence.part = part;
      sentence.article = article;
      sentence.paragraph = paragraph;
      sentence.lead = lead;
      sentence.heading = kind == Kind::heading;
      sentence.first_mention = static_cast<uint32_t>(facts_.mentions.size());
      for (; hit < hits_.size() && hits_[hit].begin < end; ++hit) {
        facts_.mentions.push_back({hits_[hit].concept_id, folded.source_span(hits_[hit].begin, hits_[hit].end, cursor)});
        sentence.concepts |= concept_bit(hits_[hit].concept_id);
      }
      sentence.end_mention = static_cast<uint32_t>(facts_.mentions.size());
      facts_.sentences.push_back(sentence);
      begin = end;
      while (begin < view.size() && view[begin] == ' ') ++begin;
    }
    if (kind == Kind::heading) {
      open_lead_ = -1;
      return;
    }
    const size_t last = view.find_last_not_of(' ');
    if (last != std::string_view::npos && view[last] == ':') open_lead_ = static_cast<int32_t>(facts_.sentences.size() - 1);
    else if (kind == Kind::paragraph) open_lead_ = -1;
  }

  // Where the sentence starting at `begin` ends: after a « . », « ! » or « ? » followed by a space or the end of the
  // text, unless the period closes an abbreviation (« art. 5 », « M. Durand », « n. »).
  size_t sentence_end(std::string_view view, size_t begin) const {
    for (size_t at = begin; (at = next_stop(view, at)) < view.size(); ++at) {
      const char c = view[at];
      if (at + 1 < view.size() && view[at + 1] != ' ') continue;
      if (c == '.' && abbreviation_before(view, at)) continue;
      return at + 1;
    }
    return view.size();
  }

  bool abbreviation_before(std::string_view view, size_t period) const {
    size_t word = period;
    while (word > 0 && is_word_byte(view[word - 1])) --word;
    return period - word == 1 || lexicon_.has_word(id(Core::abbreviation), view.substr(word, period - word));
  }

  Document& document_;
  const Lexicon& lexicon_;
  Facts& facts_;
  std::vector<ConceptHit> hits_;
  uint32_t paragraph_ = 0;
  int32_t open_lead_ = -1;
};

}  // namespace

void index_sentences(Document& document, const Lexicon& lexicon) { Indexer(document, lexicon).run(); }

const Sentence* sentence_at(const Facts& facts, uint32_t at) {
  const auto after = std::upper_bound(facts.sentences.begin(), facts.sentences.end(), at,
                                      [](uint32_t offset, const Sentence& sentence) { return offset < sentence.span.begin; });
  for (auto it = after; it != facts.sentences.begin();) {
    --it;
    if (at < it->span.end && !it->heading) return &*it;
    if (at >= it->span.end) break;
  }
  return nullptr;
}

std::span<const Mention> mentions_of(const Facts& facts, const Sentence& sentence) {
  return std::span<const Mention>(facts.mentions).subspan(sentence.first_mention, sentence.end_mention - sentence.first_mention);
}

bool mentions(const Facts& facts, const Sentence& sentence, ConceptId concept_id) {
  const auto list = mentions_of(facts, sentence);
  return std::any_of(list.begin(), list.end(), [&](const Mention& mention) { return mention.concept_id == concept_id; });
}

}  // namespace convlint::document
