// gongkai/core/text.h
//
// Text hygiene for everything that enters gongkai: UTF-8 validation and
// normalisation. The same normalisation is applied when indexing and when
// querying, so that "２０１７" finds "2017" and "ＡＢＣ" finds "abc".
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);

// NFKC (which maps full-width digits and Latin letters to their half-width
// forms), leaving alone what Chinese typography keeps: full-width punctuation
// (，（）：), "……", ①/㈠ and Ⅱ. Then it trims white space (including U+3000) at both ends
// and folds runs of inner white space to one ASCII space. Keeps newlines when
// `keep_newlines` is true (for bodies), folding other white space only
// (CR LF becomes LF; spaces around a newline go). Control characters, the
// BOM and zero-width spaces are dropped. Throws InvalidInput for invalid UTF-8.
std::string normalize_text(std::string_view text, bool keep_newlines = false);

// Full NFKC (punctuation too), the same white-space folding, and lower-cased
// Latin letters: the form used for search, for documents and queries alike.
std::string normalize_for_search(std::string_view text);

// True for the second, third or fourth byte of a UTF-8 sequence.
inline bool is_utf8_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Number of Unicode code points (for length limits such as 内容概述 ≤ 100 字).
size_t utf8_length(std::string_view text);

// The first `max_chars` code points, with "…" appended when cut.
std::string utf8_truncate(std::string_view text, size_t max_chars);

}  // namespace gongkai
