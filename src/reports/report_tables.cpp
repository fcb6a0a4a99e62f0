// Cells of the keyed tables; see report_tables.h.
#include "reports/report_tables.h"

namespace gongkai::reports {

Cell cell_at(const std::map<std::string, std::map<std::string, Cell>>& table, const std::string& row,
             const std::string& column) {
  const auto found_row = table.find(row);
  if (found_row == table.end()) return std::nullopt;
  const auto found = found_row->second.find(column);
  if (found == found_row->second.end()) return std::nullopt;
  return found->second;
}

}  // namespace gongkai::reports
