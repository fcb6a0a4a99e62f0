// gongkai/core/csv_reader.h
//
// RFC 4180 CSV: comma-separated, fields optionally in double quotes, "" for a
// quote inside quotes, CRLF or LF line ends, a UTF-8 BOM skipped. Each record
// remembers the line it starts on, for error messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;
};

// Throws InvalidInput ("第N行：…") for an unterminated quote or a stray quote.
std::vector<CsvRecord> read_csv(std::string_view text);

}  // namespace gongkai
