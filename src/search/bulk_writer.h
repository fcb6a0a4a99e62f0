// gongkai/search/bulk_writer.h
//
// Writes many Xapian documents on a thread of its own, so that turning the
// next documents into terms (on the caller's thread) overlaps with writing
// them. Used by SearchIndex::rebuild.
//
// Changes are committed every kFlushEvery documents: Xapian 1.4 holds
// uncommitted postings in ordered maps whose cost per posting grows with
// their size, so frequent small flushes are faster than its default of one
// flush per 10,000 documents (measured in bench/README.md).
#pragma once

#include <xapian.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace gongkai::search {

class BulkWriter {
 public:
  static constexpr size_t kFlushEvery = 500;

  // `db` must not be used by anyone else until finish() has returned.
  explicit BulkWriter(Xapian::WritableDatabase& db);
  ~BulkWriter();  // stops the thread; what was not yet committed may be lost
  BulkWriter(const BulkWriter&) = delete;
  BulkWriter& operator=(const BulkWriter&) = delete;

  // Queues a document (waiting while the queue is full). Rethrows an error
  // the writing thread met.
  void add(Xapian::docid id, Xapian::Document document);

  // Writes everything queued and stops the thread, without a final commit
  // (the caller adds its metadata and commits). Rethrows a write error.
  void finish();

 private:
  using Batch = std::vector<std::pair<Xapian::docid, Xapian::Document>>;
  static constexpr size_t kBatchSize = 128;
  static constexpr size_t kMaxQueuedBatches = 8;

  void run();
  void push(Batch batch);
  void rethrow_failure();

  Xapian::WritableDatabase& db_;
  Batch pending_;  // filled by the caller's thread only
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> queue_;
  bool closing_ = false;
  std::exception_ptr failure_;
  std::thread thread_;
};

}  // namespace gongkai::search
