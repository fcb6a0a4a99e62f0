// gongkai/search/stored_fields.h
//
// The text kept in each Xapian document's data, for titles and snippets of
// results: the item id and the display forms (normalize_text: NFKC, white
// space folded, letter case kept) of title, summary and body.
#pragma once

#include <cstdint>
#include <string>

namespace gongkai::search {

struct StoredFields {
  int64_t item_id = 0;
  std::string title;
  std::string summary;
  std::string body;
};

std::string encode_stored_fields(const StoredFields& fields);

// Throws StoreError when the data is not what encode_stored_fields wrote.
StoredFields decode_stored_fields(const std::string& data);

}  // namespace gongkai::search
