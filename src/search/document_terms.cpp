#include "search/document_terms.h"

namespace gongkai::search {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Phrases are matched through bigrams, Latin runs and lone Han characters
// (query_builder.cpp), never through a dictionary word of two or more Han
// characters, so such a word needs no positions: only its wdf.
bool needs_positions(const Token& token) {
  if (token.kind != TokenKind::kWord) return true;
  size_t chars = 0;
  for (char c : token.text) {
    if (!is_continuation(c)) ++chars;
  }
  return chars <= 1;
}

}  // namespace

std::string term_for(const Token& token) {
  if (token.text.empty() || token.text.size() > kMaxTokenBytes) return {};
  if (token.kind == TokenKind::kBigram) return std::string(kBigramPrefix) + token.text;
  return token.text;
}

Xapian::termpos index_field(Xapian::Document& document, const Segmenter& segmenter,
                            std::string_view normalized, Xapian::termpos base,
                            Xapian::termcount wdf_inc) {
  // Tokens come ordered by offset, so the character index is counted forward.
  size_t byte = 0;
  Xapian::termpos chars = 0;
  for (const Token& token : segmenter.index_terms(normalized)) {
    for (; byte < token.offset; ++byte) {
      if (!is_continuation(normalized[byte])) ++chars;
    }
    std::string term = term_for(token);
    if (term.empty()) continue;
    if (needs_positions(token)) document.add_posting(term, base + chars + 1, wdf_inc);
    else document.add_term(term, wdf_inc);
  }
  for (; byte < normalized.size(); ++byte) {
    if (!is_continuation(normalized[byte])) ++chars;
  }
  return base + chars + kFieldGap;
}

}  // namespace gongkai::search
