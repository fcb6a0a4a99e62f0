#include "search/index_follower.h"

namespace gongkai::search {
namespace {

// Changes applied (and committed) per round trip.
constexpr int64_t kBatch = 500;

}  // namespace

int64_t follow_changes(store::Connection& connection, SearchIndex& index,
                       const DocumentSource& source) {
  int64_t applied = 0;
  for (;;) {
    int64_t after = index.applied_sequence();
    store::Rows rows = connection.query(
        "SELECT seq, item_id FROM search_changes WHERE seq > ? ORDER BY seq LIMIT ?",
        {after, kBatch});
    if (rows.empty()) return applied;
    for (const store::Row& row : rows) {
      int64_t item_id = row.integer(1);
      std::optional<SearchDocument> document = source(connection, item_id);
      if (document) index.put(*document);
      else index.remove(item_id);
      index.set_applied_sequence(row.integer(0));
      ++applied;
    }
    index.commit();
    if (static_cast<int64_t>(rows.size()) < kBatch) return applied;
  }
}

int64_t newest_change(store::Connection& connection) {
  std::optional<store::Row> newest =
      connection.query_one("SELECT COALESCE(MAX(seq), 0) FROM search_changes");
  return newest ? newest->integer(0) : 0;
}

int64_t reindex(store::Connection& connection, SearchIndex& index,
                const AllDocuments& all_documents) {
  // The newest change is read first: a change made while the documents are
  // read is then applied again by the next follow_changes, which is harmless.
  const int64_t sequence = newest_change(connection);
  return index.rebuild(
      [&](const std::function<void(const SearchDocument&)>& sink) { all_documents(connection, sink); },
      sequence);
}

}  // namespace gongkai::search
