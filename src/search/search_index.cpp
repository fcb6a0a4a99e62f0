#include "search/search_index.h"

#include <exception>
#include <limits>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/text.h"
#include "search/bulk_writer.h"
#include "search/directory_swap.h"
#include "search/document_terms.h"

namespace gongkai::search {
namespace {

constexpr const char* kAppliedSequenceKey = "gongkai.applied_sequence";
// The layout of terms and docids; an index of another layout is rebuilt.
// 3: the dictionary words inside longer words are terms too (searched first);
// 2: docid = item id; 1: docids assigned by Xapian, found by a "Q" term.
constexpr const char* kLayoutKey = "gongkai.layout";
constexpr const char* kLayout = "3";

Xapian::docid docid_for(int64_t item_id) {
  if (item_id <= 0 || item_id > static_cast<int64_t>(std::numeric_limits<Xapian::docid>::max())) {
    throw InvalidInput("信息编号无效，无法加入搜索索引");
  }
  return static_cast<Xapian::docid>(item_id);
}

}  // namespace

struct SearchIndex::Impl {
  Xapian::WritableDatabase db;
  const Segmenter& segmenter;
  std::filesystem::path path;
  // An index of an older layout still answers readers, but must not be
  // changed document by document: only rebuild() replaces it.
  bool stale_layout = false;

  Impl(const std::filesystem::path& p, const Segmenter& s) : segmenter(s), path(p) {
    db = open_database(path, Xapian::DB_CREATE_OR_OPEN);
    if (db.get_metadata(kLayoutKey) == kLayout) return;
    if (db.get_doccount() > 0) {
      stale_layout = true;
      db.set_metadata(kAppliedSequenceKey, "");  // so that the follower rebuilds it
    } else {
      db.set_metadata(kLayoutKey, kLayout);
    }
    db.commit();
  }

  // Writes every document of `stream` into a new index at `at`, with the
  // current layout and `applied_sequence`; returns the number of documents.
  int64_t write_index(const std::filesystem::path& at, const DocumentStream& stream,
                      int64_t applied_sequence) const {
    try {
      Xapian::WritableDatabase fresh = open_database(at, Xapian::DB_CREATE_OR_OVERWRITE);
      fresh.set_metadata(kLayoutKey, kLayout);
      int64_t count = 0;
      BulkWriter writer(fresh);
      stream([&](const SearchDocument& document) {
        writer.add(docid_for(document.item_id), xapian_document(document, segmenter));
        ++count;
      });
      writer.finish();
      fresh.set_metadata(kAppliedSequenceKey, std::to_string(applied_sequence));
      fresh.commit();
      return count;
    } catch (const Xapian::Error& e) {
      throw StoreError("搜索索引重建失败（" + e.get_msg() + "）");
    }
  }

  // Puts the complete index at `fresh` in the live index's place (the old
  // one ends up at `fresh`). The writer is open again afterwards, on the new
  // index or, if the swap failed, on the old one.
  void take_place_of_live(const std::filesystem::path& fresh) {
    db.close();
    std::exception_ptr failure;
    try {
      swap_directories(path, fresh);
      stale_layout = false;
    } catch (...) {
      failure = std::current_exception();
    }
    db = open_database(path, Xapian::DB_CREATE_OR_OPEN);
    if (failure) std::rethrow_exception(failure);
  }

  void require_current_layout() const {
    if (stale_layout) throw StoreError("搜索索引的格式已过时，请先重建（gongkai search reindex）");
  }

  static Xapian::WritableDatabase open_database(const std::filesystem::path& path, int action) {
    try {
      std::filesystem::create_directories(path);
      return Xapian::WritableDatabase(path.string(), action);
    } catch (const Xapian::DatabaseLockError&) {
      throw StoreError("搜索索引正被另一个进程写入：" + path.string());
    } catch (const Xapian::Error& e) {
      throw StoreError("无法打开搜索索引：" + path.string() + "（" + e.get_msg() + "）");
    } catch (const std::filesystem::filesystem_error&) {
      throw StoreError("无法创建搜索索引目录：" + path.string());
    }
  }
};

SearchIndex::SearchIndex(const std::filesystem::path& path, const Segmenter& segmenter)
    : impl_(std::make_unique<Impl>(path, segmenter)) {}

SearchIndex::~SearchIndex() = default;

void SearchIndex::put(const SearchDocument& document) {
  impl_->require_current_layout();
  const Xapian::docid id = docid_for(document.item_id);
  impl_->db.replace_document(id, xapian_document(document, impl_->segmenter));
}

void SearchIndex::remove(int64_t item_id) {
  impl_->require_current_layout();
  try {
    impl_->db.delete_document(docid_for(item_id));
  } catch (const Xapian::DocNotFoundError&) {
    // Not in the index: nothing to remove.
  }
}

int64_t SearchIndex::rebuild(const DocumentStream& stream, int64_t applied_sequence) {
  const std::filesystem::path fresh_path = impl_->path.string() + ".rebuild";
  std::filesystem::remove_all(fresh_path);  // what a stopped rebuild left
  int64_t count = 0;
  try {
    count = impl_->write_index(fresh_path, stream, applied_sequence);
  } catch (...) {
    std::filesystem::remove_all(fresh_path);
    throw;
  }
  impl_->take_place_of_live(fresh_path);
  std::filesystem::remove_all(fresh_path);  // the old index
  return count;
}

void SearchIndex::commit() {
  try {
    impl_->db.commit();
  } catch (const Xapian::Error& e) {
    throw StoreError("搜索索引提交失败（" + e.get_msg() + "）");
  }
}

int64_t SearchIndex::applied_sequence() const {
  std::string value = impl_->db.get_metadata(kAppliedSequenceKey);
  return value.empty() ? 0 : std::stoll(value);
}

void SearchIndex::set_applied_sequence(int64_t sequence) {
  impl_->db.set_metadata(kAppliedSequenceKey, std::to_string(sequence));
}

int64_t SearchIndex::document_count() const { return impl_->db.get_doccount(); }

}  // namespace gongkai::search
