// gongkai/search/index_follower.h
//
// Keeps a SearchIndex current with the store. Domain code records every change
// to a public item in the change-log table search_changes (seq, item_id,
// changed_at) in the same transaction as the change itself; the follower reads
// the rows after the index's applied sequence, asks the DocumentSource for the
// item's current public form (nullopt when it is no longer public or gone) and
// puts or removes it. Each server node runs its own follower, so every node's
// index converges on the shared PostgreSQL store.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "search/search_index.h"
#include "store/database.h"

namespace gongkai::search {

// The public form of an item, or nullopt when it must not be searchable.
using DocumentSource =
    std::function<std::optional<SearchDocument>(store::Connection&, int64_t item_id)>;

// Calls `sink` once for every public item (for a full rebuild, in one pass).
using AllDocuments = std::function<void(store::Connection&,
                                        const std::function<void(const SearchDocument&)>& sink)>;

// The newest sequence number in the change log (0 when it is empty).
int64_t newest_change(store::Connection& connection);

// Applies pending changes; returns how many change rows were applied.
int64_t follow_changes(store::Connection& connection, SearchIndex& index,
                       const DocumentSource& source);

// Clears the index and adds every public item; sets the applied sequence to
// the newest change. Returns the number of documents indexed.
int64_t reindex(store::Connection& connection, SearchIndex& index,
                const AllDocuments& all_documents);

}  // namespace gongkai::search
