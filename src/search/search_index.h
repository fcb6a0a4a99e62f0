// gongkai/search/search_index.h
//
// Chinese full-text search over public information items, on Xapian.
// Text is normalised (normalize_for_search) and segmented (Segmenter) the
// same way for documents and queries; Han bigrams are indexed beside words.
// Ranking is BM25; a query in double quotes is a phrase; results carry
// highlighted snippets (<mark>…</mark>, everything else HTML-escaped) and
// facet counts by category and by year (Xapian value slots).
//
// The index is derived data: it is rebuilt from the store by reindex (see
// index_follower.h) and may be deleted at any time. One SearchIndex owns the
// writable database; readers open their own read-only handle per thread
// (SearchReader), reopened when the index has changed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/segmenter.h"

namespace gongkai::search {

// What the index knows of one public item. Only public text goes in: for a
// 部分公开 item, the redacted public body, never the original.
struct SearchDocument {
  int64_t item_id = 0;
  int64_t agency_id = 0;
  std::string title;
  std::string body;           // plain text
  std::string summary;        // 内容概述
  std::string index_number;   // 索引号
  std::string doc_number;     // 文号
  std::string category_code;  // e.g. "zcwj"
  int year = 0;               // year of 发布日期
  CivilDate published;        // 发布日期
};

enum class SearchOrder { kRelevance, kNewest };

struct SearchQuery {
  std::string text;  // as typed; normalised and segmented inside
  std::optional<int64_t> agency_id;
  std::optional<std::string> category_code;
  std::optional<int> year;
  SearchOrder order = SearchOrder::kRelevance;
  int page = 1;       // 1-based
  int per_page = 20;  // 1..100
};

struct SearchHit {
  int64_t item_id = 0;
  double score = 0;
  std::string title_html;    // title with <mark> around matched terms, escaped
  std::string snippet_html;  // up to ~120 characters around the best match, escaped
};

struct SearchResults {
  int64_t total = 0;         // estimated matches (exact for small sets)
  bool total_exact = false;  // the matcher counted every match: total is not an estimate
  std::vector<SearchHit> hits;
  std::map<std::string, int64_t> by_category;  // facet counts over all matches
  std::map<int, int64_t> by_year;
};

// Passes every document of a rebuild to `sink`, in any order.
using DocumentStream =
    std::function<void(const std::function<void(const SearchDocument&)>& sink)>;

// The writer. Not thread-safe; one per process. A document's Xapian docid is
// its item id, so put and remove need no term look-up.
class SearchIndex {
 public:
  // Opens or creates the index in directory `path`. An index written by an
  // older gongkai (another layout of terms or docids) keeps answering
  // readers, but its applied sequence goes back to 0, so that the follower
  // rebuilds it; until then put and remove throw StoreError.
  SearchIndex(const std::filesystem::path& path, const Segmenter& segmenter);
  ~SearchIndex();

  void put(const SearchDocument& document);  // add or replace by item_id
  void remove(int64_t item_id);              // nothing happens if absent
  void commit();  // makes changes visible to readers

  // Replaces the whole index with the documents of `stream` (a rebuild).
  // The new index is built beside the old one (directory "<path>.rebuild"):
  // documents are turned into terms on the calling thread while a second
  // thread writes them, committing every few hundred. When it is complete,
  // with `applied_sequence`, it takes the old one's place in one rename, so
  // readers see the old index, whole, until then, and the new one after.
  // Returns the number of documents. On an exception the index is as it was.
  int64_t rebuild(const DocumentStream& stream, int64_t applied_sequence);

  // The change-log sequence number the index reflects (stored in the index).
  int64_t applied_sequence() const;
  void set_applied_sequence(int64_t sequence);  // takes effect at commit()

  int64_t document_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A reader; cheap to create, one per thread. Throws InvalidInput for a query
// that is empty after normalisation or longer than 200 characters.
class SearchReader {
 public:
  SearchReader(const std::filesystem::path& path, const Segmenter& segmenter);
  ~SearchReader();
  SearchResults search(const SearchQuery& query);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::search
