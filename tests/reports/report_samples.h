// Test helpers: the sample report files under tests/reports/data, as JSON to
// change on purpose and as the tables the reader makes of them.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "reports/report_json.h"

namespace gongkai::reports::testing {

inline std::string sample_path(const std::string& name) {
  return std::string(GONGKAI_SOURCE_DIR) + "/tests/reports/data/" + name;
}

inline nlohmann::json sample_json(const std::string& name) {
  std::ifstream in(sample_path(name));
  std::ostringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

inline ReportTables tables_of(const nlohmann::json& json) { return read_report_json(json.dump()); }

inline ReportTables sample_tables(const std::string& name) { return tables_of(sample_json(name)); }

}  // namespace gongkai::reports::testing
