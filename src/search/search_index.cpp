#include "search/search_index.h"

#include <fcntl.h>
#include <stdio.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/text.h"
#include "search/bulk_writer.h"
#include "search/document_terms.h"
#include "search/stored_fields.h"

namespace gongkai::search {
namespace {

constexpr const char* kAppliedSequenceKey = "gongkai.applied_sequence";
// The layout of terms and docids; an index of another layout is rebuilt.
// 2: docid = item id (1: docids assigned by Xapian, found by a "Q" term).
constexpr const char* kLayoutKey = "gongkai.layout";
constexpr const char* kLayout = "2";
constexpr Xapian::termcount kTitleWdf = 3;

Xapian::docid docid_for(int64_t item_id) {
  if (item_id <= 0 || item_id > static_cast<int64_t>(std::numeric_limits<Xapian::docid>::max())) {
    throw InvalidInput("信息编号无效，无法加入搜索索引");
  }
  return static_cast<Xapian::docid>(item_id);
}

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

// Puts the directory `fresh` where `live` is, in one step where the file
// system allows it (renameat2 RENAME_EXCHANGE), so that a reader opening
// `live` finds either the old index or the new one; the old one ends up at
// `fresh`. Elsewhere, two renames leave `live` missing for a moment (a
// reader then keeps the index it has open).
void swap_directories(const std::filesystem::path& live, const std::filesystem::path& fresh) {
  if (renameat2(AT_FDCWD, live.c_str(), AT_FDCWD, fresh.c_str(), RENAME_EXCHANGE) == 0) return;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
    throw StoreError("无法替换搜索索引：" + live.string() + "（" + std::strerror(errno) + "）");
  }
  const std::filesystem::path old = live.string() + ".old";
  std::filesystem::remove_all(old);
  std::filesystem::rename(live, old);
  std::filesystem::rename(fresh, live);
  std::filesystem::rename(old, fresh);
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

  Xapian::Document build(const SearchDocument& in) const {
    StoredFields stored{in.item_id, normalize_text(in.title), normalize_text(in.summary),
                        normalize_text(in.body)};
    Xapian::Document doc;
    Xapian::termpos next = 0;
    next = index_field(doc, segmenter, normalize_for_search(stored.title), next, kTitleWdf);
    next = index_field(doc, segmenter, normalize_for_search(stored.summary), next, 1);
    next = index_field(doc, segmenter, normalize_for_search(stored.body), next, 1);
    next = index_field(doc, segmenter, normalize_for_search(in.index_number + " " + in.doc_number),
                       next, 1);
    doc.add_boolean_term(prefixed(kAgencyPrefix, std::to_string(in.agency_id)));
    if (!in.category_code.empty() && in.category_code.size() <= kMaxTokenBytes) {
      doc.add_boolean_term(prefixed(kCategoryPrefix, in.category_code));
      doc.add_value(kSlotCategory, in.category_code);
    }
    if (in.year > 0) {
      doc.add_boolean_term(prefixed(kYearPrefix, std::to_string(in.year)));
      doc.add_value(kSlotYear, std::to_string(in.year));
    }
    std::string date = sortable_date(in.published);
    if (!date.empty()) doc.add_value(kSlotDate, date);
    doc.set_data(encode_stored_fields(stored));
    return doc;
  }
};

SearchIndex::SearchIndex(const std::filesystem::path& path, const Segmenter& segmenter)
    : impl_(std::make_unique<Impl>(path, segmenter)) {}

SearchIndex::~SearchIndex() = default;

void SearchIndex::put(const SearchDocument& document) {
  impl_->require_current_layout();
  const Xapian::docid id = docid_for(document.item_id);
  impl_->db.replace_document(id, impl_->build(document));
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
    Xapian::WritableDatabase fresh = Impl::open_database(fresh_path, Xapian::DB_CREATE_OR_OVERWRITE);
    fresh.set_metadata(kLayoutKey, kLayout);
    {
      BulkWriter writer(fresh);
      stream([&](const SearchDocument& document) {
        writer.add(docid_for(document.item_id), impl_->build(document));
        ++count;
      });
      writer.finish();
    }
    fresh.set_metadata(kAppliedSequenceKey, std::to_string(applied_sequence));
    fresh.commit();
    fresh.close();
  } catch (const Xapian::Error& e) {
    std::filesystem::remove_all(fresh_path);
    throw StoreError("搜索索引重建失败（" + e.get_msg() + "）");
  } catch (...) {
    std::filesystem::remove_all(fresh_path);
    throw;
  }
  impl_->db.close();
  swap_directories(impl_->path, fresh_path);
  impl_->db = Impl::open_database(impl_->path, Xapian::DB_CREATE_OR_OPEN);
  impl_->stale_layout = false;
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
