#include "core/civil_date.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace gongkai {
namespace {

using namespace std::chrono;

TEST(CivilDate, ParsesStrictIsoDates) {
  auto date = parse_date("2017-03-26");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(*date, CivilDate(year{2017}, March, day{26}));
}

TEST(CivilDate, RejectsMalformedAndImpossibleDates) {
  EXPECT_FALSE(parse_date("2017-02-30"));  // February has no 30th
  EXPECT_FALSE(parse_date("2017-13-01"));
  EXPECT_FALSE(parse_date("2017-3-26"));   // two-digit month required
  EXPECT_FALSE(parse_date("2017/03/26"));
  EXPECT_FALSE(parse_date("2017-03-26 "));
  EXPECT_FALSE(parse_date(""));
  EXPECT_FALSE(parse_date("2017-0a-26"));
  EXPECT_FALSE(parse_date("2019-02-29"));  // 2019 is not a leap year
  EXPECT_TRUE(parse_date("2020-02-29"));   // 2020 is
}

TEST(CivilDate, RequireDateNamesTheField) {
  try {
    require_date("2017-02-30", "成文日期");
    FAIL() << "expected InvalidInput";
  } catch (const InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("成文日期"), std::string::npos);
  }
  EXPECT_EQ(require_date("2018-12-29", "日期"), CivilDate(year{2018}, December, day{29}));
}

TEST(CivilDate, FormatsBothForms) {
  CivilDate date{year{2017}, March, day{6}};
  EXPECT_EQ(format_date(date), "2017-03-06");
  EXPECT_EQ(format_date_chinese(date), "2017年3月6日");
}

TEST(CivilDate, EpochDaysRoundTrip) {
  // 1970-01-01 is day 0; 2000-01-01 is 30 years with 7 leap days
  // (72, 76, 80, 84, 88, 92, 96): 30*365 + 7 = 10957.
  EXPECT_EQ(days_since_epoch(CivilDate(year{1970}, January, day{1})), 0);
  EXPECT_EQ(days_since_epoch(CivilDate(year{2000}, January, day{1})), 10957);
  EXPECT_EQ(from_days_since_epoch(10957), CivilDate(year{2000}, January, day{1}));
}

TEST(CivilDate, IsoWeekdayIndex) {
  // 2017-01-20 was a Friday, 2018-12-29 a Saturday, 2017-01-22 a Sunday.
  EXPECT_EQ(iso_weekday_index(CivilDate(year{2017}, January, day{20})), 4);
  EXPECT_EQ(iso_weekday_index(CivilDate(year{2018}, December, day{29})), 5);
  EXPECT_EQ(iso_weekday_index(CivilDate(year{2017}, January, day{22})), 6);
  EXPECT_EQ(iso_weekday_index(CivilDate(year{2017}, January, day{23})), 0);
}

TEST(CivilDate, NowInChinaHasTheOffsetForm) {
  std::string now = now_iso8601_china();
  ASSERT_EQ(now.size(), 25u);  // 2017-03-26T09:30:00+08:00
  EXPECT_EQ(now.substr(19), "+08:00");
  EXPECT_EQ(now[10], 'T');
  EXPECT_TRUE(parse_date(now.substr(0, 10)).has_value());
  EXPECT_TRUE(today_in_china().ok());
}

}  // namespace
}  // namespace gongkai
