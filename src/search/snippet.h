// gongkai/search/snippet.h
//
// Result text for HTML pages: everything is HTML-escaped, and the searched
// words are wrapped in <mark>…</mark>. Matching is on the text as stored
// (normalised, original letter case) with ASCII letters compared without case;
// a Latin/digit word only matches whole (so "script" does not mark
// "javascript"), Han words match anywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::search {

inline constexpr size_t kSnippetChars = 120;

// The whole text, escaped, with every match marked.
std::string highlight_all(std::string_view text, const std::vector<std::string>& terms);

// The window of about `width` characters holding the most distinct matched
// terms (then the most matches), escaped and marked, with "…" where the text
// was cut. nullopt when nothing in the text matches.
std::optional<std::string> best_snippet(std::string_view text, const std::vector<std::string>& terms,
                                        size_t width = kSnippetChars);

// The first `width` characters, escaped, with "…" when cut.
std::string leading_snippet(std::string_view text, size_t width = kSnippetChars);

}  // namespace gongkai::search
