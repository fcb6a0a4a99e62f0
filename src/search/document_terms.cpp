#include "search/document_terms.h"

#include <algorithm>

#include "core/text.h"
#include "search/stored_fields.h"

namespace gongkai::search {
namespace {

constexpr Xapian::termcount kTitleWdf = 3;

// Appending (rather than operator+ on a temporary) also keeps g++ 12 from a
// false -Wrestrict warning.
std::string prefixed(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  term += value;
  return term;
}

// "20170326", which sorts like the date.
std::string sortable_date(CivilDate date) {
  if (!date.ok()) return {};
  std::string text = format_date(date);
  text.erase(std::remove(text.begin(), text.end(), '-'), text.end());
  return text;
}

// Phrases are matched through bigrams, Latin runs and lone Han characters
// (query_builder.cpp), never through a dictionary word of two or more Han
// characters (whole or inside a longer word), so such a word needs no
// positions: only its wdf.
bool needs_positions(const Token& token) {
  if (token.kind == TokenKind::kInner) return false;
  if (token.kind != TokenKind::kWord) return true;
  return utf8_length(token.text) <= 1;
}

}  // namespace

std::string agency_term(int64_t agency_id) { return prefixed(kAgencyPrefix, std::to_string(agency_id)); }

std::string category_term(std::string_view category_code) { return prefixed(kCategoryPrefix, category_code); }

std::string year_term(int year) { return prefixed(kYearPrefix, std::to_string(year)); }

Xapian::Document xapian_document(const SearchDocument& in, const Segmenter& segmenter) {
  StoredFields stored{in.item_id, normalize_text(in.title), normalize_text(in.summary), normalize_text(in.body)};
  Xapian::Document doc;
  Xapian::termpos next = 0;
  next = index_field(doc, segmenter, normalize_for_search(stored.title), next, kTitleWdf);
  next = index_field(doc, segmenter, normalize_for_search(stored.summary), next, 1);
  next = index_field(doc, segmenter, normalize_for_search(stored.body), next, 1);
  index_field(doc, segmenter, normalize_for_search(in.index_number + " " + in.doc_number), next, 1);
  doc.add_boolean_term(agency_term(in.agency_id));
  if (!in.category_code.empty() && in.category_code.size() <= kMaxTokenBytes) {
    doc.add_boolean_term(category_term(in.category_code));
    doc.add_value(kSlotCategory, in.category_code);
  }
  if (in.year > 0) {
    doc.add_boolean_term(year_term(in.year));
    doc.add_value(kSlotYear, std::to_string(in.year));
  }
  const std::string date = sortable_date(in.published);
  if (!date.empty()) doc.add_value(kSlotDate, date);
  doc.set_data(encode_stored_fields(stored));
  return doc;
}

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
      if (!is_utf8_continuation(normalized[byte])) ++chars;
    }
    std::string term = term_for(token);
    if (term.empty()) continue;
    if (needs_positions(token)) document.add_posting(term, base + chars + 1, wdf_inc);
    else document.add_term(term, wdf_inc);
  }
  for (; byte < normalized.size(); ++byte) {
    if (!is_utf8_continuation(normalized[byte])) ++chars;
  }
  return base + chars + kFieldGap;
}

}  // namespace gongkai::search
