#include "catalog/item_row.h"

#include "core/errors.h"

namespace gongkai::catalog::detail {

const char* const kItemColumns =
    "items.id, items.agency_id, items.category_id, items.index_number, items.title, items.doc_number, "
    "items.publisher, items.department_id, items.written_date, items.published_date, items.topic, "
    "items.genre, items.validity, items.attribute, items.withholding_ground, items.summary, items.body, "
    "items.public_body, items.status, items.version";

const char* const kPublicCondition =
    "items.status = 'published' AND items.attribute IN ('proactive', 'partial') AND "
    "items.published_date IS NOT NULL AND items.published_date <= ?";

namespace {

ItemStatus parse_status(const std::string& code) {
  if (code == "published") return ItemStatus::kPublished;
  if (code == "revoked") return ItemStatus::kRevoked;
  return ItemStatus::kDraft;
}

}  // namespace

std::string_view status_code(ItemStatus status) {
  switch (status) {
    case ItemStatus::kDraft: return "draft";
    case ItemStatus::kPublished: return "published";
    case ItemStatus::kRevoked: return "revoked";
  }
  return "draft";
}

InformationItem item_from_row(const store::Row& row) {
  InformationItem item;
  item.id = row.integer(0);
  item.agency_id = row.integer(1);
  item.category_id = row.integer(2);
  item.index_number = row.text(3);
  item.title = row.text(4);
  item.doc_number = row.text(5);
  item.publisher = row.text(6);
  item.department_id = row.optional_integer(7);
  item.written_date = require_date(row.text(8), "成文日期");
  if (auto published = row.optional_text(9)) item.published_date = require_date(*published, "发布日期");
  item.topic = row.text(10);
  item.genre = row.text(11);
  item.validity = parse_validity(row.text(12)).value_or(Validity::kValid);
  // An attribute the code does not know is treated as the most restrictive.
  item.attribute = parse_disclosure_attribute(row.text(13)).value_or(DisclosureAttribute::kWithheld);
  item.withholding_ground = row.text(14);
  item.summary = row.text(15);
  item.body = row.text(16);
  item.public_body = row.optional_text(17);
  item.status = parse_status(row.text(18));
  item.version = static_cast<int>(row.integer(19));
  return item;
}

}  // namespace gongkai::catalog::detail
