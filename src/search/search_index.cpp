#include "search/search_index.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/text.h"
#include "search/document_terms.h"
#include "search/stored_fields.h"

namespace gongkai::search {
namespace {

constexpr const char* kAppliedSequenceKey = "gongkai.applied_sequence";
constexpr Xapian::termcount kTitleWdf = 3;

std::string id_term(int64_t item_id) { return std::string(kIdPrefix) + std::to_string(item_id); }

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

  Impl(const std::filesystem::path& path, const Segmenter& s) : segmenter(s) {
    try {
      std::filesystem::create_directories(path);
      db = Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
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
    doc.add_boolean_term(id_term(in.item_id));
    doc.add_boolean_term(std::string(kAgencyPrefix) + std::to_string(in.agency_id));
    if (!in.category_code.empty() && in.category_code.size() <= kMaxTokenBytes) {
      doc.add_boolean_term(std::string(kCategoryPrefix) + in.category_code);
      doc.add_value(kSlotCategory, in.category_code);
    }
    if (in.year > 0) {
      doc.add_boolean_term(std::string(kYearPrefix) + std::to_string(in.year));
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
  if (document.item_id <= 0) throw InvalidInput("信息编号无效，无法加入搜索索引");
  Xapian::Document doc = impl_->build(document);
  impl_->db.replace_document(id_term(document.item_id), doc);
}

void SearchIndex::remove(int64_t item_id) { impl_->db.delete_document(id_term(item_id)); }

void SearchIndex::clear() {
  std::vector<Xapian::docid> ids;
  for (auto it = impl_->db.postlist_begin(""); it != impl_->db.postlist_end(""); ++it) {
    ids.push_back(*it);
  }
  for (Xapian::docid id : ids) impl_->db.delete_document(id);
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
