#include "search/snippet.h"

#include "core/html_escape.h"

#include <algorithm>

namespace gongkai::search {
namespace {

struct Match {
  size_t begin = 0;  // character indices
  size_t end = 0;
  size_t term = 0;
};

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Text split into characters, with their byte offsets (plus the end).
struct CharIndex {
  std::vector<size_t> starts;

  explicit CharIndex(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    starts.push_back(text.size());
  }
  size_t size() const { return starts.size() - 1; }
  size_t char_at_byte(size_t byte) const {
    return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), byte) - starts.begin()) - 1;
  }
};

std::vector<Match> find_matches(std::string_view text, const CharIndex& index,
                                const std::vector<std::string>& terms) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), ascii_lower);
  std::vector<Match> matches;
  for (size_t t = 0; t < terms.size(); ++t) {
    const std::string& term = terms[t];
    if (term.empty()) continue;
    bool latin_start = is_ascii_alnum(term.front());
    bool latin_end = is_ascii_alnum(term.back());
    for (size_t at = lower.find(term); at != std::string::npos; at = lower.find(term, at + 1)) {
      size_t end = at + term.size();
      if (latin_start && at > 0 && is_ascii_alnum(lower[at - 1])) continue;
      if (latin_end && end < lower.size() && is_ascii_alnum(lower[end])) continue;
      if ((static_cast<unsigned char>(lower[at]) & 0xC0) == 0x80) continue;  // mid-character
      matches.push_back({index.char_at_byte(at), index.char_at_byte(end - 1) + 1, t});
    }
  }
  std::sort(matches.begin(), matches.end(),
            [](const Match& a, const Match& b) { return a.begin < b.begin || (a.begin == b.begin && a.end > b.end); });
  return matches;
}

// Overlapping matches merged into the spans to mark.
std::vector<Match> merge(const std::vector<Match>& matches) {
  std::vector<Match> spans;
  for (const Match& m : matches) {
    if (!spans.empty() && m.begin <= spans.back().end) {
      spans.back().end = std::max(spans.back().end, m.end);
    } else {
      spans.push_back(m);
    }
  }
  return spans;
}

// Characters [first, last) of the text, escaped, with the spans marked.
std::string render(std::string_view text, const CharIndex& index, const std::vector<Match>& spans,
                   size_t first, size_t last) {
  std::string out;
  if (first > 0) out += "…";
  auto bytes = [&](size_t from, size_t to) {
    return text.substr(index.starts[from], index.starts[to] - index.starts[from]);
  };
  size_t at = first;
  for (const Match& span : spans) {
    if (span.end <= first || span.begin >= last) continue;
    size_t begin = std::max(span.begin, first);
    size_t end = std::min(span.end, last);
    append_escaped_html(out, bytes(at, begin));
    out += "<mark>";
    append_escaped_html(out, bytes(begin, end));
    out += "</mark>";
    at = end;
  }
  append_escaped_html(out, bytes(at, last));
  if (last < index.size()) out += "…";
  return out;
}

}  // namespace


std::string highlight_all(std::string_view text, const std::vector<std::string>& terms) {
  CharIndex index(text);
  return render(text, index, merge(find_matches(text, index, terms)), 0, index.size());
}

std::optional<std::string> best_snippet(std::string_view text, const std::vector<std::string>& terms,
                                        size_t width) {
  CharIndex index(text);
  std::vector<Match> matches = find_matches(text, index, terms);
  if (matches.empty()) return std::nullopt;
  size_t length = index.size();
  size_t context = width / 8;  // characters shown before the first match
  size_t best_first = 0;
  std::pair<size_t, size_t> best_score{0, 0};
  for (const Match& m : matches) {
    size_t first = m.begin > context ? m.begin - context : 0;
    if (length > width) first = std::min(first, length - width);
    else first = 0;
    size_t last = std::min(length, first + width);
    std::vector<bool> seen(terms.size(), false);
    std::pair<size_t, size_t> score{0, 0};
    for (const Match& other : matches) {
      if (other.begin < first || other.end > last) continue;
      if (!seen[other.term]) ++score.first;
      seen[other.term] = true;
      ++score.second;
    }
    if (score > best_score) {
      best_score = score;
      best_first = first;
    }
  }
  size_t first = best_first;
  size_t last = std::min(length, first + width);
  std::vector<Match> spans = merge(matches);
  for (const Match& span : spans) {  // never cut a marked word in two
    if (span.begin < last && span.end > last) last = span.end;
    if (span.begin < first && span.end > first) first = span.begin;
  }
  return render(text, index, spans, first, last);
}

std::string leading_snippet(std::string_view text, size_t width) {
  CharIndex index(text);
  return render(text, index, {}, 0, std::min(width, index.size()));
}

}  // namespace gongkai::search
