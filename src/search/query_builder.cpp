#include "search/query_builder.h"

#include <optional>
#include <set>

#include "core/errors.h"
#include "core/text.h"
#include "search/document_terms.h"

namespace gongkai::search {
namespace {

constexpr Xapian::termcount kLoneCharExpansion = 50;

std::vector<std::string> split_chars(std::string_view text) {
  std::vector<std::string> chars;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_utf8_continuation(text[i]) || chars.empty()) chars.emplace_back();
    chars.back() += text[i];
  }
  return chars;
}

std::vector<Xapian::Query> bigram_terms(std::string_view han) {
  std::vector<std::string> chars = split_chars(han);
  std::vector<Xapian::Query> terms;
  for (size_t i = 0; i + 1 < chars.size(); ++i) {
    terms.emplace_back(std::string(kBigramPrefix) + chars[i] + chars[i + 1]);
  }
  return terms;
}

// The bigrams of a Han string as one phrase (a single term for two characters).
Xapian::Query bigram_phrase(std::string_view han) {
  std::vector<Xapian::Query> terms = bigram_terms(han);
  if (terms.size() == 1) return terms.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
}

// All the bigrams of a Han string, anywhere in the document. Much cheaper
// than the phrase (no positions are read); used beside the word itself, whose
// weight ranks documents holding the word whole above the others.
Xapian::Query bigram_conjunction(std::string_view han) {
  std::vector<Xapian::Query> terms = bigram_terms(han);
  if (terms.size() == 1) return terms.front();
  return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
}

Xapian::Query lone_char_query(const std::string& han_char) {
  Xapian::Query wildcard(Xapian::Query::OP_WILDCARD, std::string(kBigramPrefix) + han_char,
                         kLoneCharExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(han_char), wildcard);
}

// A word, or a run of adjacent single Han characters merged into one unit.
struct Unit {
  std::string text;
  bool latin = false;
  bool dictionary_word = false;  // a word friso knows (two characters or more)
};

std::vector<Unit> units_of(const std::vector<Token>& words) {
  std::vector<Unit> units;
  size_t previous_end = std::string::npos;
  bool previous_single = false;
  for (const Token& token : words) {
    if (token.kind == TokenKind::kLatin) {
      units.push_back({token.text, true, false});
      previous_single = false;
    } else if (utf8_length(token.text) > 1) {
      units.push_back({token.text, false, true});
      previous_single = false;
    } else {
      bool extend = previous_single && previous_end == token.offset;
      if (extend) units.back().text += token.text;
      else units.push_back({token.text, false, false});
      previous_single = true;
    }
    previous_end = token.offset + token.length;
  }
  return units;
}

// How a dictionary word is matched: as a word (whole, or inside a longer
// word, which the index records too), or also through its bigrams anywhere.
enum class WordMatch { kAsWord, kThroughBigrams };

Xapian::Query unit_query(const Unit& unit, WordMatch match) {
  if (unit.latin) return Xapian::Query(unit.text);
  if (unit.dictionary_word) {
    if (match == WordMatch::kAsWord) return Xapian::Query(unit.text);
    // Every document holding the word holds all its bigrams too, so
    // "bigrams AND_MAYBE word" matches exactly what "word OR bigrams" does,
    // with the same weights, but the matcher walks only the bigrams and
    // reads the word's postings just to add its weight.
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, bigram_conjunction(unit.text),
                         Xapian::Query(unit.text));
  }
  if (utf8_length(unit.text) == 1) return lone_char_query(unit.text);
  return bigram_phrase(unit.text);
}

// A quoted phrase: bigrams, Latin runs and lone characters at their character
// positions, which must appear in the same order and span in a document.
std::optional<Xapian::Query> phrase_query(std::string_view phrase, const Segmenter& segmenter) {
  std::vector<Token> tokens = segmenter.index_terms(phrase);
  std::set<size_t> covered;  // byte offsets of characters inside some bigram
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kBigram) continue;
    for (size_t b = token.offset; b < token.offset + token.length; ++b) covered.insert(b);
  }
  std::vector<Xapian::Query> terms;
  size_t first_char = 0;
  size_t last_char = 0;
  for (const Token& token : tokens) {
    bool lone_han = token.kind == TokenKind::kWord && utf8_length(token.text) == 1 &&
                    !covered.count(token.offset);
    bool use = token.kind == TokenKind::kBigram || token.kind == TokenKind::kLatin || lone_han;
    std::string term = term_for(token);
    if (!use || term.empty()) continue;
    size_t position = utf8_length(phrase.substr(0, token.offset));
    if (terms.empty()) first_char = position;
    last_char = position;
    terms.emplace_back(term);
  }
  if (terms.empty()) return std::nullopt;
  if (terms.size() == 1) return terms.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                       static_cast<Xapian::termcount>(last_char - first_char + 1));
}

// Splits at double quotes; odd-numbered pieces are phrases.
std::vector<std::pair<std::string, bool>> split_phrases(std::string_view text) {
  static const std::string kOpen = "\u201C";
  static const std::string kClose = "\u201D";
  std::vector<std::pair<std::string, bool>> pieces(1, {"", false});
  for (size_t i = 0; i < text.size();) {
    size_t quote = 0;
    if (text[i] == '"') quote = 1;
    else if (text.substr(i, 3) == kOpen || text.substr(i, 3) == kClose) quote = 3;
    if (quote == 0) {
      pieces.back().first += text[i++];
      continue;
    }
    pieces.emplace_back("", !pieces.back().second);
    i += quote;
  }
  return pieces;
}

class Builder {
 public:
  explicit Builder(const Segmenter& segmenter) : segmenter_(segmenter) {}

  void add_plain(std::string_view text) {
    for (const Unit& unit : units_of(segmenter_.words(text))) {
      if (unit.text.size() > kMaxTokenBytes) continue;
      if (add(unit_query(unit, WordMatch::kAsWord), unit_query(unit, WordMatch::kThroughBigrams))) {
        built_.highlights.push_back(unit.text);
      }
    }
  }

  void add_phrase(std::string_view text) {
    std::optional<Xapian::Query> query = phrase_query(text, segmenter_);
    if (!query) return;
    if (!add(*query, *query)) return;
    for (const Unit& unit : units_of(segmenter_.words(text))) built_.highlights.push_back(unit.text);
  }

  BuiltQuery finish() {
    if (parts_.empty()) throw InvalidInput("检索词中没有可检索的文字，请输入汉字、字母或数字");
    built_.parts = parts_.size();
    built_.words = Xapian::Query(Xapian::Query::OP_AND, word_parts_.begin(), word_parts_.end());
    built_.all = Xapian::Query(Xapian::Query::OP_AND, parts_.begin(), parts_.end());
    built_.any = Xapian::Query(Xapian::Query::OP_OR, parts_.begin(), parts_.end());
    built_.words_differ = built_.words.get_description() != built_.all.get_description();
    return std::move(built_);
  }

 private:
  // False when the same part is already there.
  bool add(const Xapian::Query& as_word, const Xapian::Query& through_bigrams) {
    if (!seen_.insert(through_bigrams.get_description()).second) return false;
    word_parts_.push_back(as_word);
    parts_.push_back(through_bigrams);
    return true;
  }

  const Segmenter& segmenter_;
  std::vector<Xapian::Query> word_parts_;
  std::vector<Xapian::Query> parts_;
  std::set<std::string> seen_;
  BuiltQuery built_;
};

}  // namespace

BuiltQuery build_query(std::string_view text, const Segmenter& segmenter) {
  if (!is_valid_utf8(text)) throw InvalidInput("检索词不是有效的UTF-8文本");
  if (utf8_length(text) > kMaxQueryChars) throw InvalidInput("检索词过长，最多200个字");
  std::string normalized = normalize_for_search(text);
  if (normalized.empty()) throw InvalidInput("请输入检索词");
  Builder builder(segmenter);
  for (const auto& [piece, is_phrase] : split_phrases(normalized)) {
    if (is_phrase) builder.add_phrase(piece);
    else builder.add_plain(piece);
  }
  return builder.finish();
}

}  // namespace gongkai::search
