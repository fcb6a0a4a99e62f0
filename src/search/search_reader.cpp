#include "search/search_index.h"

#include <sys/stat.h>
#include <xapian.h>

#include <cmath>
#include <optional>

#include "core/errors.h"
#include "search/document_terms.h"
#include "search/query_builder.h"
#include "search/snippet.h"
#include "search/stored_fields.h"

namespace gongkai::search {
namespace {

// Facet counts and the total are exact up to this many matches; beyond it
// Xapian stops examining documents and the figures are estimates (the portal
// says "约 N 条"). Counting every match costs as much as the ranking itself.
constexpr Xapian::doccount kExactUpTo = 1000;
constexpr int kMaxPerPage = 100;
constexpr int kMaxOffset = 10000;

void validate(const SearchQuery& query) {
  if (query.per_page < 1 || query.per_page > kMaxPerPage) {
    throw InvalidInput("每页条数应在1到100之间");
  }
  if (query.page < 1) throw InvalidInput("页码应从1开始");
  if (static_cast<int64_t>(query.page - 1) * query.per_page >= kMaxOffset) {
    throw InvalidInput("页码超出范围，请缩小检索范围");
  }
}

Xapian::Query with_filters(Xapian::Query query, const SearchQuery& q) {
  std::vector<Xapian::Query> filters;
  if (q.agency_id) filters.emplace_back(agency_term(*q.agency_id));
  if (q.category_code) filters.emplace_back(category_term(*q.category_code));
  if (q.year) filters.emplace_back(year_term(*q.year));
  if (filters.empty()) return query;
  Xapian::Query all(Xapian::Query::OP_AND, filters.begin(), filters.end());
  return Xapian::Query(Xapian::Query::OP_FILTER, query, all);
}

SearchHit make_hit(const Xapian::MSetIterator& it, const std::vector<std::string>& highlights) {
  StoredFields fields = decode_stored_fields(it.get_document().get_data());
  SearchHit hit;
  hit.item_id = fields.item_id;
  hit.score = it.get_weight();
  hit.title_html = highlight_all(fields.title, highlights);
  std::optional<std::string> snippet = best_snippet(fields.body, highlights);
  if (!snippet) snippet = best_snippet(fields.summary, highlights);
  if (!snippet) snippet = leading_snippet(fields.summary.empty() ? fields.body : fields.summary);
  hit.snippet_html = std::move(*snippet);
  return hit;
}

}  // namespace

struct SearchReader::Impl {
  std::filesystem::path path;
  const Segmenter& segmenter;
  std::optional<Xapian::Database> db;  // absent until the index exists
  ino_t directory = 0;                  // the inode of `path` when db was opened

  Impl(std::filesystem::path p, const Segmenter& s) : path(std::move(p)), segmenter(s) { open(); }

  // Opens the index if it exists; reopens it (cheap when unchanged) if open.
  // A rebuild puts a new directory in place of the old one (SearchIndex::
  // rebuild), whose revision numbers may equal the old ones, so a changed
  // inode means "open afresh" rather than reopen().
  void open() {
    struct stat now {};
    const bool present = ::stat(path.c_str(), &now) == 0;
    if (db && (!present || now.st_ino == directory)) {
      db->reopen();
      return;
    }
    try {
      db = Xapian::Database(path.string());
      directory = present ? now.st_ino : 0;
    } catch (const Xapian::DatabaseOpeningError&) {
      db.reset();  // not built yet: searches find nothing until it is
    }
  }

  SearchResults run(const SearchQuery& q, const BuiltQuery& built) {
    SearchResults results;
    if (!db) return results;
    // Each query is tried only when the one before found nothing.
    std::vector<const Xapian::Query*> queries;
    if (built.words_differ) queries.push_back(&built.words);
    queries.push_back(&built.all);
    if (built.parts > 1) queries.push_back(&built.any);
    Xapian::MSet mset;
    for (const Xapian::Query* query : queries) {
      results = SearchResults{};
      mset = match(q, with_filters(*query, q), results);
      if (results.total > 0) break;
    }
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      results.hits.push_back(make_hit(it, built.highlights));
    }
    return results;
  }

  Xapian::MSet match(const SearchQuery& q, const Xapian::Query& query, SearchResults& results) {
    Xapian::Enquire enquire(*db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    if (q.order == SearchOrder::kNewest) enquire.set_sort_by_value_then_relevance(kSlotDate, true);
    Xapian::ValueCountMatchSpy years(kSlotYear);
    Xapian::ValueCountMatchSpy categories(kSlotCategory);
    enquire.add_matchspy(&years);
    enquire.add_matchspy(&categories);
    Xapian::doccount offset = static_cast<Xapian::doccount>((q.page - 1) * q.per_page);
    Xapian::MSet mset = enquire.get_mset(offset, static_cast<Xapian::doccount>(q.per_page), kExactUpTo);
    results.total = mset.get_matches_estimated();
    results.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    // The spies saw only the documents examined; scale their counts up to
    // the estimated total so that the facets add up like the total does.
    double scale = 1.0;
    if (years.get_total() > 0 && static_cast<int64_t>(years.get_total()) < results.total) {
      scale = static_cast<double>(results.total) / static_cast<double>(years.get_total());
    }
    auto scaled = [scale](Xapian::doccount count) {
      return static_cast<int64_t>(std::llround(static_cast<double>(count) * scale));
    };
    for (auto it = years.values_begin(); it != years.values_end(); ++it) {
      results.by_year[std::stoi(*it)] = scaled(it.get_termfreq());
    }
    for (auto it = categories.values_begin(); it != categories.values_end(); ++it) {
      results.by_category[*it] = scaled(it.get_termfreq());
    }
    return mset;
  }
};

SearchReader::SearchReader(const std::filesystem::path& path, const Segmenter& segmenter)
    : impl_(std::make_unique<Impl>(path, segmenter)) {}

SearchReader::~SearchReader() = default;

SearchResults SearchReader::search(const SearchQuery& query) {
  validate(query);
  BuiltQuery built = build_query(query.text, impl_->segmenter);
  for (int attempt = 0;; ++attempt) {
    try {
      impl_->open();
      return impl_->run(query, built);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 2) throw StoreError("搜索索引正在更新，请稍后再试");
      impl_->db.reset();
    } catch (const Xapian::DatabaseError& e) {
      throw StoreError("搜索索引读取失败（" + e.get_msg() + "）");
    }
  }
}

}  // namespace gongkai::search
