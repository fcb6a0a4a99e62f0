// gongkai/requests/request_settings.h
//
// The agency settings of 依申请公开 (agency_settings rows "requests.*"): the
// allowed keys are one table (request_settings.cpp) with what each means,
// what it accepts and what applies while it is unset. The administrator sets
// them on /admin/settings (the demo loader sets the demo's): every change and
// its audit record ("setting.update", one per key) commit together. Readers
// (request_commands.cpp, request_queries.cpp) fall back to the default when a
// key is unset.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "audit/audit_log.h"
#include "store/database.h"

namespace gongkai::requests {

struct RequestSettingInfo {
  std::string_view key;
  std::string_view name;  // the setting page's label
  size_t max_chars;
  std::vector<std::string_view> values;        // the only values allowed; empty = free text
  std::vector<std::string_view> value_labels;  // their labels, in the same order
  std::string_view hint;                       // what it does, and the default while unset
};

// requests.reply_number_prefix  答复书文号前缀, e.g. 利政依复 (default: the agency name + 依复)
// requests.correction_number_prefix, requests.extension_number_prefix,
// requests.fee_number_prefix     the prefixes of the 补正告知书, 延期答复告知书
//                                and 缴费通知书 (default: the agency name + 依补, 依延, 依费)
// requests.reconsideration_body 行政复议机关, named in every reply letter's remedies
// requests.fee_time_counted     "1": the days from fee notice to payment count in the period
const std::vector<RequestSettingInfo>& request_settings();

// The agency's value of `key`; nullopt while unset.
std::optional<std::string> request_setting(store::Connection& connection, int64_t agency_id, const std::string& key);

// Stores `value` for `key` of the agency. Throws InvalidInput for an unknown
// key, an empty or too long value, or one not among the allowed values;
// NotFound for an unknown agency.
void set_request_setting(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                         const std::string& key, const std::string& value);

// The same for several keys at once: every value is checked before any is
// stored, and all are stored in one transaction, or none.
void set_request_settings(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                          const std::vector<std::pair<std::string, std::string>>& changes);

}  // namespace gongkai::requests
