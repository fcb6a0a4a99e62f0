#include "core/segmenter.h"

// friso's headers declare no C linkage of their own.
extern "C" {
#include <friso/friso.h>
}
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <utility>

#include "core/errors.h"
#include "core/text.h"

namespace gongkai {
namespace {

// One decoded code point and where it sits in the input.
struct CodePoint {
  char32_t value = 0;
  size_t offset = 0;
  size_t length = 0;
};

// Decodes one UTF-8 sequence at `i`; malformed bytes decode as U+FFFD of
// length 1 so that segmentation never stops on bad input.
CodePoint decode_at(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || i + length > text.size()) return {0xFFFD, i, 1};
  char32_t value = length == 1 ? lead : lead & (0xFF >> (length + 1));
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {0xFFFD, i, 1};
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  return {value, i, length};
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

bool is_latin(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return !is_han(c) && u_isalnum(static_cast<UChar32>(c));
}

enum class RunKind { kHan, kLatin };

struct Run {
  RunKind kind;
  std::vector<CodePoint> chars;
  size_t begin() const { return chars.front().offset; }
  size_t end() const { return chars.back().offset + chars.back().length; }
};

// Splits the input into maximal runs of Han characters and of letters/digits;
// everything else (punctuation, spaces, symbols) separates runs.
std::vector<Run> split_runs(std::string_view text) {
  std::vector<Run> runs;
  for (size_t i = 0; i < text.size();) {
    CodePoint cp = decode_at(text, i);
    i += cp.length;
    std::optional<RunKind> kind;
    if (is_han(cp.value)) kind = RunKind::kHan;
    else if (is_latin(cp.value)) kind = RunKind::kLatin;
    if (!kind) continue;
    bool adjacent = !runs.empty() && runs.back().kind == *kind && runs.back().end() == cp.offset;
    if (!adjacent) runs.push_back(Run{*kind, {}});
    runs.back().chars.push_back(cp);
  }
  return runs;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Token make_token(std::string_view text, size_t offset, size_t length, TokenKind kind) {
  return Token{std::string(text.substr(offset, length)), offset, length, kind};
}

// Reads a lexicon: one word a line, '#' comments, anything after '/' ignored.
std::vector<std::string> read_lexicon(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InvalidInput("无法读取分词词库：" + path.string());
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    line = line.substr(0, line.find('/'));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (!line.empty()) words.push_back(line);
  }
  return words;
}

// Dictionary words of one Han run: (byte offset, byte length) within the run.
using Spans = std::vector<std::pair<size_t, size_t>>;

// What the dictionary says of one Han run: friso's segmentation, and the
// dictionary words lying inside the longer of its words.
struct RunWords {
  Spans words;
  Spans inner;
};

// Inner words are looked for in words up to this many characters (longer
// dictionary entries are rare: names of institutions, set phrases).
constexpr size_t kMaxInnerScanChars = 12;

// Byte offsets of the characters of chunk[offset, offset + length), plus the end.
std::vector<size_t> char_bounds(const std::string& chunk, size_t offset, size_t length) {
  std::vector<size_t> bounds;
  for (size_t b = offset; b < offset + length; ++b) {
    if (!is_utf8_continuation(chunk[b])) bounds.push_back(b);
  }
  bounds.push_back(offset + length);
  return bounds;
}

// Runs segmented recently, so that a run seen again (boilerplate clauses,
// agency names, the words of a query) costs a hash lookup instead of friso's
// MMSEG. The dictionary never changes after construction, so a cached answer
// is exactly what friso would say again. Bounded: emptied when full.
constexpr size_t kSpanCacheEntries = 65536;
constexpr size_t kSpanCacheMaxRunBytes = 256;

}  // namespace

struct Segmenter::Impl {
  friso_t friso = nullptr;
  friso_config_t config = nullptr;
  bool bigrams = true;
  // friso writes the match offset into the shared dictionary entry while it
  // segments (next_mmseg_token sets lex->offset), so calls are serialised;
  // the same lock guards the one task and the cache.
  mutable std::mutex friso_mutex;
  friso_task_t task = nullptr;  // reused by every call, under friso_mutex
  mutable std::unordered_map<std::string, RunWords> span_cache;

  ~Impl() {
    if (task != nullptr) friso_free_task(task);
    if (friso != nullptr) friso_free(friso);
    if (config != nullptr) friso_free_config(config);
  }

  void add_word(const std::string& word) {
    std::string key = word;
    if (friso_dic_match(friso->dic, __LEX_CJK_WORDS__, key.data())) return;
    char* owned = static_cast<char*>(std::malloc(word.size() + 1));  // friso frees it
    std::memcpy(owned, word.c_str(), word.size() + 1);
    friso_dic_add(friso->dic, __LEX_CJK_WORDS__, owned, nullptr);
  }

  // Dictionary words of one Han run, in order (friso leaves single
  // characters uncovered), and the words inside them.
  RunWords run_words(std::string& chunk) const {
    std::lock_guard<std::mutex> lock(friso_mutex);
    bool cacheable = chunk.size() <= kSpanCacheMaxRunBytes;
    if (cacheable) {
      auto hit = span_cache.find(chunk);
      if (hit != span_cache.end()) return hit->second;
    }
    RunWords found;
    friso_set_text(task, chunk.data());
    while (config->next_token(friso, config, task) != nullptr) {
      size_t length = std::strlen(task->token->word);
      found.words.emplace_back(static_cast<size_t>(task->token->offset), length);
    }
    for (auto [offset, length] : found.words) add_inner_words(chunk, offset, length, found.inner);
    if (!cacheable) return found;
    if (span_cache.size() >= kSpanCacheEntries) span_cache.clear();
    span_cache.emplace(chunk, found);
    return found;
  }

  // Every dictionary word of two or more characters strictly inside the word
  // chunk[offset, offset + length): 低保 and 保户 in 低保户. Called under friso_mutex.
  void add_inner_words(const std::string& chunk, size_t offset, size_t length, Spans& inner) const {
    if (offset + length > chunk.size()) return;
    std::vector<size_t> bounds = char_bounds(chunk, offset, length);
    size_t chars = bounds.size() - 1;
    if (chars < 3 || chars > kMaxInnerScanChars) return;
    std::string candidate;
    for (size_t i = 0; i + 2 <= chars; ++i) {
      for (size_t j = i + 2; j <= chars; ++j) {
        if (i == 0 && j == chars) continue;  // the word itself
        candidate.assign(chunk, bounds[i], bounds[j] - bounds[i]);
        if (friso_dic_match(friso->dic, __LEX_CJK_WORDS__, candidate.data())) {
          inner.emplace_back(bounds[i], bounds[j] - bounds[i]);
        }
      }
    }
  }

  void segment_han(std::string_view text, const Run& run, bool with_inner, std::vector<Token>& out) const {
    std::string chunk(text.substr(run.begin(), run.end() - run.begin()));
    RunWords found = run_words(chunk);
    size_t cursor = 0;  // bytes of the chunk already covered
    size_t ci = 0;      // index into run.chars at cursor
    size_t next_inner = 0;
    auto emit_single_chars_until = [&](size_t stop) {
      while (ci < run.chars.size() && run.chars[ci].offset - run.begin() < stop) {
        const CodePoint& cp = run.chars[ci++];
        out.push_back(make_token(text, cp.offset, cp.length, TokenKind::kWord));
      }
      cursor = std::max(cursor, stop);
    };
    for (auto [offset, length] : found.words) {
      if (offset < cursor || offset + length > chunk.size() || length == 0) continue;
      emit_single_chars_until(offset);
      out.push_back(make_token(text, run.begin() + offset, length, TokenKind::kWord));
      cursor = offset + length;
      while (ci < run.chars.size() && run.chars[ci].offset - run.begin() < cursor) ++ci;
      // Inner words were found word by word, so they come in the same order.
      for (; next_inner < found.inner.size() && found.inner[next_inner].first < cursor; ++next_inner) {
        auto [inner_offset, inner_length] = found.inner[next_inner];
        if (with_inner && inner_offset >= offset) {
          out.push_back(make_token(text, run.begin() + inner_offset, inner_length, TokenKind::kInner));
        }
      }
    }
    emit_single_chars_until(chunk.size());
  }

  std::vector<Token> segment(std::string_view text, bool for_index) const {
    std::vector<Token> out;
    std::vector<Run> runs = split_runs(text);
    if (runs.empty()) return out;
    for (const Run& run : runs) {
      if (run.kind == RunKind::kLatin) {
        Token token = make_token(text, run.begin(), run.end() - run.begin(), TokenKind::kLatin);
        token.text = ascii_lower(token.text);
        out.push_back(std::move(token));
        continue;
      }
      size_t first = out.size();
      segment_han(text, run, for_index, out);
      if (for_index && bigrams) append_bigrams(text, run, first, out);
    }
    return out;
  }

  // Adds the run's bigrams after its words, keeping the run's tokens ordered
  // by offset (a word before the bigram that starts where it does).
  static void append_bigrams(std::string_view text, const Run& run, size_t first,
                             std::vector<Token>& out) {
    if (run.chars.size() < 2) return;
    std::vector<Token> merged;
    for (size_t i = 0; i + 1 < run.chars.size(); ++i) {
      size_t length = run.chars[i].length + run.chars[i + 1].length;
      merged.push_back(make_token(text, run.chars[i].offset, length, TokenKind::kBigram));
    }
    merged.insert(merged.end(), std::make_move_iterator(out.begin() + static_cast<long>(first)),
                  std::make_move_iterator(out.end()));
    out.resize(first);
    std::stable_sort(merged.begin(), merged.end(), [](const Token& a, const Token& b) {
      if (a.offset != b.offset) return a.offset < b.offset;
      return a.kind == TokenKind::kWord && b.kind == TokenKind::kBigram;
    });
    std::move(merged.begin(), merged.end(), std::back_inserter(out));
  }
};

Segmenter::Segmenter(const SegmenterConfig& config) : impl_(std::make_unique<Impl>()) {
  impl_->bigrams = config.bigrams;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(config.friso_ini, ec)) {
    throw InvalidInput("找不到分词配置文件：" + config.friso_ini.string());
  }
  // Lexicons are read first so that a missing one fails before friso loads.
  std::vector<std::vector<std::string>> lexicons;
  for (const auto& path : config.extra_lexicons) lexicons.push_back(read_lexicon(path));

  impl_->friso = friso_new();
  impl_->config = friso_new_config();
  std::string ini = config.friso_ini.string();
  if (friso_init_from_ifile(impl_->friso, impl_->config, ini.data()) != 1 ||
      impl_->friso->dic == nullptr || friso_all_dic_size(impl_->friso->dic) == 0) {
    throw InvalidInput("无法加载分词词典：" + config.friso_ini.string());
  }
  impl_->config->add_syn = 0;
  impl_->config->r_name = 0;
  impl_->config->clr_stw = 0;
  impl_->config->keep_urec = 0;
  impl_->config->spx_out = 0;
  impl_->config->en_sseg = 0;
  friso_set_mode(impl_->config, __FRISO_COMPLEX_MODE__);
  impl_->task = friso_new_task();
  for (const auto& words : lexicons) {
    for (const auto& word : words) impl_->add_word(word);
  }
}

Segmenter::~Segmenter() = default;

SegmenterConfig Segmenter::default_config(const std::filesystem::path& data_dir) {
  SegmenterConfig config;
  std::filesystem::path lexicon_dir = data_dir / "data" / "lexicon";
  config.friso_ini = lexicon_dir / "friso.ini";
  config.extra_lexicons = {lexicon_dir / "civil-affairs.lex"};
  return config;
}

std::vector<Token> Segmenter::words(std::string_view normalized) const {
  return impl_->segment(normalized, false);
}

std::vector<Token> Segmenter::index_terms(std::string_view normalized) const {
  return impl_->segment(normalized, true);
}

}  // namespace gongkai
