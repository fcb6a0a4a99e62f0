// gongkai/catalog/catalog_commands.h
//
// The write side of the catalogue. Each function validates its input, makes
// the change, records a version where the item changes, writes the audit
// record and a search change-log row: all on the caller's connection, which
// must be inside a transaction, so that everything commits together or not at all.
//
// The domain rule holds here whatever the route: an item whose attribute is
// 不予公开 or 依申请公开 is never published (create with status published
// throws Conflict), and it must name a withholding ground.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.h"
#include "catalog/category.h"
#include "catalog/item.h"
#include "store/database.h"

namespace gongkai::catalog {

struct NewCategory {
  int64_t agency_id = 0;
  std::string code;
  std::optional<std::string> parent_code;
  std::string name;
  std::string description;
};

int64_t create_category(store::Connection& connection, const audit::Actor& actor,
                        const NewCategory& category);

// An item as entered or imported. Dates are validated; the 索引号 is generated
// from the agency's pattern (year of 成文日期, next serial) when empty.
struct NewItem {
  int64_t agency_id = 0;
  std::string category_code;
  std::string index_number;  // "" = generate
  std::string title;
  std::string doc_number;
  std::string publisher;     // "" = the agency's name
  std::string department_code;
  std::string written_date;  // YYYY-MM-DD
  std::string published_date;  // YYYY-MM-DD, "" for a draft
  std::string topic;
  std::string genre;
  std::string validity = "有效";
  std::string attribute = "主动公开";
  std::string withholding_ground;
  std::string summary;
  std::string body;
  std::string public_body;
};

// Checks every rule without touching the store except to resolve codes;
// returns the problems (in Chinese), empty when the item is acceptable.
std::vector<std::string> validate_new_item(store::Connection& connection, const NewItem& item);

// Validates (throws InvalidInput with the first problem), creates, returns the id.
// Status is published when published_date is given, draft otherwise; the
// workflow projection (items.workflow_state) follows the status and the
// 形成日期 (formed_date) is the 成文日期.
int64_t create_item(store::Connection& connection, const audit::Actor& actor, const NewItem& item);

// Links an interpretation (政策解读) to the policy it interprets.
void link_interpretation(store::Connection& connection, const audit::Actor& actor,
                         int64_t interpretation_id, int64_t policy_id);

// The largest attachment (20 MiB); the server lets /admin/ uploads this big through.
inline constexpr size_t kMaxAttachmentBytes = 20 * 1024 * 1024;

// Stores a file with an item. Throws InvalidInput for an empty or oversized
// file (over 20 MiB) or a type outside the allowed list (pdf, doc(x), xls(x),
// wps, et, ofd, jpg, png, zip, txt, csv).
int64_t add_attachment(store::Connection& connection, const audit::Actor& actor, int64_t item_id,
                       const std::string& file_name, const std::string& bytes);

// Tells every node's search index that item `item_id` changed (a row in
// search_changes, numbered in commit order). Every change that may alter what
// the public sees of an item writes one, in its transaction.
void record_search_change(store::Connection& connection, int64_t item_id, const std::string& now);

}  // namespace gongkai::catalog
