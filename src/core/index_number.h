// gongkai/core/index_number.h
//
// The 索引号 of an information item: unique, built from the agency's code,
// the year and a serial that restarts each year. The pattern is configured per
// agency; placeholders:
//   {code}      the agency's code (组织机构代码 or 统一社会信用代码)
//   {year}      four-digit year
//   {serial:N}  the serial, zero-padded to N digits ({serial} = no padding)
// The common national form is "{code}/{year}-{serial:5}", e.g.
// "000014349/2017-00110".
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

class IndexNumberPattern {
 public:
  // Throws InvalidInput when the pattern lacks {year} or {serial…}, or has an
  // unknown placeholder.
  explicit IndexNumberPattern(std::string pattern = "{code}/{year}-{serial:5}");

  // Throws InvalidInput when the serial does not fit the padding width.
  std::string format(std::string_view code, int year, int serial) const;

  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
};

}  // namespace gongkai
