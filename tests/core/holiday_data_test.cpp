// The shipped calendar (data/holidays) against the public compilation
// holiday-cn in ../shared/data: every day of every year 2008–2026 must agree.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/working_day_calendar.h"

namespace gongkai {
namespace {

using namespace std::chrono;

const std::filesystem::path kSourceDir = GONGKAI_SOURCE_DIR;
const std::filesystem::path kReferenceDir = kSourceDir / ".." / "shared" / "data" / "holiday-cn";

nlohmann::json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return nlohmann::json::parse(in);
}

TEST(HolidayData, EveryYearFrom2008To2026IsShipped) {
  for (int y = 2008; y <= 2026; ++y) {
    EXPECT_TRUE(std::filesystem::exists(kSourceDir / "data" / "holidays" / (std::to_string(y) + ".json"))) << y;
  }
}

TEST(HolidayData, EveryDayAgreesWithHolidayCn) {
  auto calendar = WorkingDayCalendar::load(kSourceDir / "data" / "holidays");
  // The reference's own verdict for each listed date (true = day off).
  std::map<CivilDate, bool> reference;
  for (int y = 2008; y <= 2026; ++y) {
    auto file = read_json(kReferenceDir / (std::to_string(y) + ".json"));
    ASSERT_FALSE(file["days"].empty()) << y;
    for (const auto& day : file["days"]) {
      auto date = parse_date(day["date"].get<std::string>());
      ASSERT_TRUE(date.has_value());
      reference[*date] = day["isOffDay"].get<bool>();
    }
  }
  int checked = 0;
  for (int y = 2008; y <= 2026; ++y) {
    for (auto day = sys_days{year{y} / January / 1}; day <= sys_days{year{y} / December / 31}; day += days{1}) {
      CivilDate date{day};
      bool weekend = iso_weekday_index(date) >= 5;
      auto listed = reference.find(date);
      bool expected_working = listed != reference.end() ? !listed->second : !weekend;
      EXPECT_EQ(calendar.is_working_day(date), expected_working) << format_date(date);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 6940);  // 19 years: 365 * 19 + 5 leap days (2008, 12, 16, 20, 24)
}

TEST(HolidayData, NoticesNameTheirSources) {
  auto calendar = WorkingDayCalendar::load(kSourceDir / "data" / "holidays");
  ASSERT_EQ(calendar.notices().size(), 19u);
  for (const auto& notice : calendar.notices()) {
    ASSERT_GE(notice.sources.size(), 2u) << notice.year;
    EXPECT_NE(notice.sources[0].find(std::to_string(notice.year) + "年"), std::string::npos) << notice.year;
  }
  // 2017's notice carries its document number (spec/holidays.md).
  EXPECT_EQ(calendar.notices()[9].year, 2017);
  EXPECT_EQ(calendar.notices()[9].sources[0], "国务院办公厅关于2017年部分节假日安排的通知（国办发明电〔2016〕17号）");
}

}  // namespace
}  // namespace gongkai
