// gongkai/core/segmenter.h
//
// Chinese word segmentation (分词) for indexing and queries alike. Words come
// from friso's dictionaries plus gongkai's civil-affairs lexicon
// (data/lexicon/civil-affairs.lex: 低保, 特困供养, 吴忠市, 古尔邦节 …), so domain
// words stay whole. For indexing it also emits the dictionary words inside a
// longer word (低保 in 低保户), so that the shorter word is found as a word,
// and for runs of Han characters overlapping bigrams, so that a word no
// dictionary knows is still found.
//
// Input must already be normalised (normalize_for_search). A Segmenter's
// dictionary is immutable after construction (it keeps an internal cache of
// segmented runs) and it is safe to use from several threads.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

enum class TokenKind {
  kWord,    // a dictionary word or a single Han character not covered by a word
  kInner,   // a dictionary word inside a longer one: 低保 in 低保户 (indexing only)
  kBigram,  // two adjacent Han characters (indexing only)
  kLatin,   // a run of ASCII letters/digits such as "2017" or "wzsmzj"
};

struct Token {
  std::string text;
  size_t offset = 0;  // byte offset in the input
  size_t length = 0;  // byte length in the input
  TokenKind kind = TokenKind::kWord;
};

struct SegmenterConfig {
  std::filesystem::path friso_ini;  // friso's configuration (its dictionary set)
  std::vector<std::filesystem::path> extra_lexicons;  // one word a line, UTF-8
  bool bigrams = true;              // also emit Han bigrams
};

class Segmenter {
 public:
  // Throws InvalidInput when the configuration or a lexicon cannot be read.
  explicit Segmenter(const SegmenterConfig& config);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // The default configuration: friso's UTF-8 dictionaries as Debian installs
  // them, plus the lexicon under `data_dir`/data/lexicon/.
  static SegmenterConfig default_config(const std::filesystem::path& data_dir);

  // Words (and Latin runs) in order of appearance, without bigrams.
  std::vector<Token> words(std::string_view normalized) const;

  // words() plus the dictionary words inside each longer word and, for every
  // run of two or more Han characters, its bigrams; ordered by offset.
  std::vector<Token> index_terms(std::string_view normalized) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai
