// gongkai/reports/report_json.h
//
// The JSON form of a report's tables (docs/report-json.md), read and written
// exactly in the shape `gongkai report build --format json` writes and
// `gongkai report check` reads. The reader accepts only a complete report of
// a national format: every table, row and column of that format, each cell a
// number or null (blank). Anything else throws UnreadableReport with a Chinese
// message naming the path of what is wrong, e.g. applications.rows.partial[3].
// Values are not judged here (a negative count reads fine; rule C5 reports it).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/errors.h"
#include "reports/report_tables.h"

namespace gongkai::reports {

// The file is not a report's tables: malformed JSON, a missing table or row,
// text where a number belongs, an unknown format. The CLI exits with 2.
class UnreadableReport : public InvalidInput {
 public:
  using InvalidInput::InvalidInput;
};

ReportTables read_report_json(std::string_view text);
// Reads the file at `path`; a missing or unreadable file is UnreadableReport.
ReportTables read_report_file(const std::filesystem::path& path);

// The JSON text of the tables, keys in the order of the format, two-space indent.
std::string write_report_json(const ReportTables& report);

}  // namespace gongkai::reports
