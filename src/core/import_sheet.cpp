#include "core/import_sheet.h"

#include "core/csv_reader.h"

namespace gongkai {
namespace {

bool blank(const SheetRow& row) {
  for (const auto& cell : row.cells) {
    if (!trimmed(cell).empty()) return false;
  }
  return true;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

std::vector<SheetRow> read_import_rows(std::string_view bytes, std::string_view file_name) {
  const bool xlsx = looks_like_xlsx(bytes) || ends_with(file_name, ".xlsx") || ends_with(file_name, ".XLSX");
  std::vector<SheetRow> rows;
  if (xlsx) {
    rows = read_first_sheet(bytes);
  } else {
    for (auto& record : read_csv(bytes)) rows.push_back({record.line, std::move(record.fields)});
  }
  std::erase_if(rows, blank);
  return rows;
}

}  // namespace gongkai
