// gongkai/search/query_builder.h
//
// Turns what a user typed into a Xapian query, without Xapian's QueryParser:
// no operator, wildcard or field syntax is recognised, so '<script>', "OR",
// quotes inside words or SQL fragments are only ever literal text.
//
// The text is normalised and segmented into words. Each word becomes a part:
//   - a dictionary word w: in `words`, the term w, which the index holds for
//     every document with w as a word or inside a longer word (低保 in
//     低保户); in `all` and `any`, w OR (all the bigrams of w), which also
//     finds w where the document was segmented across it (the bigrams are
//     ANDed, not a phrase: reading positions made ranked queries 3.5 times
//     slower — quote the text for an exact phrase);
//   - a run of characters no dictionary knows (several single characters):
//     its bigrams as a phrase;
//   - a lone Han character c: c OR any bigram starting with c;
//   - a Latin/digit run: itself.
// Text in double quotes ("…" or “…”) is a phrase: its bigrams and Latin runs
// in order, adjacent. The reader tries `words` first (precise, and it reads
// far fewer postings than the bigrams), then `all`, then `any` (the parts
// joined with OR), each only when the one before found nothing.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/segmenter.h"

namespace gongkai::search {

inline constexpr size_t kMaxQueryChars = 200;

struct BuiltQuery {
  Xapian::Query words;  // every part must match, dictionary words as words
  Xapian::Query all;    // every part must match, dictionary words also through bigrams
  Xapian::Query any;    // at least one part matches
  size_t parts = 0;
  bool words_differ = false;  // false when `words` is `all` (no dictionary word)
  std::vector<std::string> highlights;  // normalised strings to <mark> in results
};

// Throws InvalidInput when the text is empty after normalisation, longer than
// kMaxQueryChars characters, or holds nothing searchable (only punctuation).
BuiltQuery build_query(std::string_view text, const Segmenter& segmenter);

}  // namespace gongkai::search
