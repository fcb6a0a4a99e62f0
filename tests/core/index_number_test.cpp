// 索引号 patterns (spec/conventions.md): "<agency code>/<year>-<serial>".
#include "core/index_number.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace gongkai {
namespace {

TEST(IndexNumber, NationalDefaultForm) {
  IndexNumberPattern pattern;
  EXPECT_EQ(pattern.pattern(), "{code}/{year}-{serial:5}");
  EXPECT_EQ(pattern.format("000014349", 2017, 110), "000014349/2017-00110");
  EXPECT_EQ(pattern.format("11500226753092798P", 2020, 45), "11500226753092798P/2020-00045");
  EXPECT_EQ(pattern.format("000014349", 2017, 99999), "000014349/2017-99999");
}

TEST(IndexNumber, OtherRegionalForms) {
  EXPECT_EQ(IndexNumberPattern("{code}-{year}-{serial:6}").format("6107280000", 2024, 1005),
            "6107280000-2024-001005");
  EXPECT_EQ(IndexNumberPattern("{code}/{year}-{serial:6}").format("6107280000", 2024, 1005),
            "6107280000/2024-001005");
  EXPECT_EQ(IndexNumberPattern("WZ{year}{serial}").format("", 2017, 7), "WZ20177");  // no code, no padding
  EXPECT_EQ(IndexNumberPattern("{year}/{code}/{serial:3}").format("MZJ", 2018, 12), "2018/MZJ/012");
}

TEST(IndexNumber, RejectsBadPatterns) {
  for (const char* bad : {"{code}/{serial:5}", "{code}/{year}", "{code}/{year}-{serial:5}-{serial}",
                          "{code}/{year}-{year}-{serial}", "{code}/{year}-{seq:5}", "{code}/{year}-{serial:0}",
                          "{code}/{year}-{serial:13}", "{code}/{year}-{serial:x}", "{code}/{year}-{serial:5",
                          "{code}}/{year}-{serial}", "", "{code}{code}{year}{serial}"}) {
    EXPECT_THROW(IndexNumberPattern{bad}, InvalidInput) << bad;
  }
}

TEST(IndexNumber, RejectsSerialOverflowAndBadValues) {
  IndexNumberPattern pattern("{code}/{year}-{serial:5}");
  EXPECT_THROW(pattern.format("000014349", 2017, 100000), InvalidInput);  // six digits in five
  EXPECT_THROW(pattern.format("000014349", 2017, 0), InvalidInput);
  EXPECT_THROW(pattern.format("000014349", 2017, -1), InvalidInput);
  EXPECT_THROW(pattern.format("000014349", 17, 1), InvalidInput);  // year must have four digits
  EXPECT_THROW(pattern.format("", 2017, 1), InvalidInput);          // {code} needs a code
}

}  // namespace
}  // namespace gongkai
