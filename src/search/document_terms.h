// gongkai/search/document_terms.h
//
// How a text becomes Xapian terms; shared by the writer (SearchIndex) and the
// query side, so that both spell terms the same way.
//   - words (dictionary words, single Han characters, Latin/digit runs) are
//     unprefixed terms: "低保", "吴忠市", "2017"; a dictionary word inside a
//     longer one is a word too (低保户 also gives 低保 and 保户);
//   - Han bigrams carry the prefix "B": "B低保", "B保户";
//   - boolean filter terms: "A<agency id>", "C<category>", "Y<year>";
//   - the docid is the item id;
//   - value slots: year ("2017"), category code, 发布日期 ("20170326").
// Positions count characters, so a phrase of bigrams occupies consecutive
// positions; fields are separated by a gap so phrases never span two fields.
// Only terms a phrase can use carry positions: bigrams, Latin runs and single
// Han characters; a dictionary word of two or more characters has a wdf only.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "core/segmenter.h"
#include "search/search_index.h"

namespace gongkai::search {

inline constexpr std::string_view kBigramPrefix = "B";
inline constexpr std::string_view kAgencyPrefix = "A";
inline constexpr std::string_view kCategoryPrefix = "C";
inline constexpr std::string_view kYearPrefix = "Y";

inline constexpr Xapian::valueno kSlotYear = 0;
inline constexpr Xapian::valueno kSlotCategory = 1;
inline constexpr Xapian::valueno kSlotDate = 2;

// Longer tokens (hashes, base64 runs) are not indexed.
inline constexpr size_t kMaxTokenBytes = 64;

// Positions left empty between two fields.
inline constexpr Xapian::termpos kFieldGap = 100;

// The boolean filter terms, spelled alike for documents and queries.
std::string agency_term(int64_t agency_id);
std::string category_term(std::string_view category_code);
std::string year_term(int year);

// The whole Xapian document of an item: its fields' terms (the title with a
// wdf of 3), the filter terms, the value slots and the stored text.
Xapian::Document xapian_document(const SearchDocument& item, const Segmenter& segmenter);

// The term for a token, or "" when the token is not indexed.
std::string term_for(const Token& token);

// Adds the terms of one field, already normalised for search, at positions
// base+1, base+2, … (one per character) with `wdf_inc` per occurrence.
// Returns the first position free for the next field (gap included).
Xapian::termpos index_field(Xapian::Document& document, const Segmenter& segmenter,
                            std::string_view normalized, Xapian::termpos base,
                            Xapian::termcount wdf_inc);

}  // namespace gongkai::search
