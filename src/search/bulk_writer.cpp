#include "search/bulk_writer.h"

namespace gongkai::search {

BulkWriter::BulkWriter(Xapian::WritableDatabase& db) : db_(db) {
  pending_.reserve(kBatchSize);
  thread_ = std::thread([this] { run(); });
}

BulkWriter::~BulkWriter() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
    queue_.clear();
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void BulkWriter::add(Xapian::docid id, Xapian::Document document) {
  pending_.emplace_back(id, std::move(document));
  if (pending_.size() < kBatchSize) return;
  push(std::move(pending_));
  pending_ = Batch();
  pending_.reserve(kBatchSize);
}

void BulkWriter::finish() {
  if (!pending_.empty()) push(std::move(pending_));
  pending_ = Batch();
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
  rethrow_failure();
}

void BulkWriter::push(Batch batch) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return failure_ || queue_.size() < kMaxQueuedBatches; });
  if (failure_) std::rethrow_exception(failure_);
  queue_.push_back(std::move(batch));
  lock.unlock();
  changed_.notify_all();
}

void BulkWriter::rethrow_failure() {
  std::lock_guard lock(mutex_);
  if (failure_) std::rethrow_exception(failure_);
}

void BulkWriter::run() {
  size_t since_flush = 0;
  for (;;) {
    Batch batch;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return closing_ || !queue_.empty(); });
      if (queue_.empty()) return;  // closing, and everything written
      batch = std::move(queue_.front());
      queue_.pop_front();
    }
    changed_.notify_all();
    try {
      for (auto& [id, document] : batch) db_.replace_document(id, document);
      since_flush += batch.size();
      if (since_flush >= kFlushEvery) {
        db_.commit();
        since_flush = 0;
      }
    } catch (...) {
      std::lock_guard lock(mutex_);
      failure_ = std::current_exception();
      queue_.clear();
      changed_.notify_all();
      return;
    }
  }
}

}  // namespace gongkai::search
