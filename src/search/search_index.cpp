#include "search/search_index.h"

#include <algorithm>
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

}  // namespace

struct SearchIndex::Impl {
  Xapian::WritableDatabase db;
  const Segmenter& segmenter;

  std::filesystem::path path;

  Impl(const std::filesystem::path& p, const Segmenter& s) : segmenter(s), path(p) {
    open(Xapian::DB_CREATE_OR_OPEN);
    if (db.get_metadata(kLayoutKey) == kLayout) return;
    if (db.get_doccount() > 0) open(Xapian::DB_CREATE_OR_OVERWRITE);
    db.set_metadata(kLayoutKey, kLayout);
    db.commit();
  }

  // (Re)opens the database; DB_CREATE_OR_OVERWRITE empties it, and readers
  // see the empty index at their next reopen.
  void open(int action) {
    try {
      std::filesystem::create_directories(path);
      db.close();
      db = Xapian::WritableDatabase(path.string(), action);
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
  const Xapian::docid id = docid_for(document.item_id);
  impl_->db.replace_document(id, impl_->build(document));
}

void SearchIndex::remove(int64_t item_id) {
  try {
    impl_->db.delete_document(docid_for(item_id));
  } catch (const Xapian::DocNotFoundError&) {
    // Not in the index: nothing to remove.
  }
}

int64_t SearchIndex::rebuild(const DocumentStream& stream, int64_t applied_sequence) {
  impl_->open(Xapian::DB_CREATE_OR_OVERWRITE);
  int64_t count = 0;
  try {
    impl_->db.set_metadata(kLayoutKey, kLayout);
    BulkWriter writer(impl_->db);
    stream([&](const SearchDocument& document) {
      writer.add(docid_for(document.item_id), impl_->build(document));
      ++count;
    });
    writer.finish();
  } catch (const Xapian::Error& e) {
    throw StoreError("搜索索引重建失败（" + e.get_msg() + "）");
  }
  set_applied_sequence(applied_sequence);
  commit();
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
