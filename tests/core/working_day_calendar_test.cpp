// Working-day arithmetic against the shipped calendar (data/holidays).
// Every expected date below was worked out by hand from the notice table in
// spec/holidays.md; the reasoning is in the comment beside each case.
#include "core/working_day_calendar.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/errors.h"

namespace gongkai {
namespace {

using namespace std::chrono;

CivilDate d(int y, unsigned m, unsigned day) { return CivilDate{year{y}, month{m}, std::chrono::day{day}}; }

const WorkingDayCalendar& shipped() {
  static const WorkingDayCalendar calendar =
      WorkingDayCalendar::load(std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "holidays");
  return calendar;
}

TEST(WorkingDayCalendar, KindsOfDays) {
  const auto& cal = shipped();
  EXPECT_EQ(cal.kind_of(d(2017, 1, 22)), DayKind::kMakeUpWorkingDay);  // Sunday, 调休上班
  EXPECT_EQ(cal.kind_of(d(2017, 1, 27)), DayKind::kHoliday);           // Friday, 春节
  EXPECT_EQ(cal.kind_of(d(2017, 1, 28)), DayKind::kHoliday);           // Saturday inside 春节
  EXPECT_EQ(cal.kind_of(d(2017, 1, 21)), DayKind::kWeekend);           // ordinary Saturday
  EXPECT_EQ(cal.kind_of(d(2017, 1, 23)), DayKind::kWorkingDay);        // ordinary Monday
  EXPECT_EQ(cal.kind_of(d(2018, 12, 29)), DayKind::kMakeUpWorkingDay);  // set by the 2019 notice
  EXPECT_EQ(cal.kind_of(d(2018, 12, 31)), DayKind::kHoliday);          // Monday, 元旦 (2019 notice)
  EXPECT_TRUE(cal.is_working_day(d(2018, 12, 29)));
  EXPECT_FALSE(cal.is_working_day(d(2018, 12, 30)));
}

TEST(WorkingDayCalendar, AnnouncedYears) {
  const auto& cal = shipped();
  EXPECT_EQ(cal.first_year(), 2008);
  EXPECT_EQ(cal.last_year(), 2026);
  for (int y = 2008; y <= 2026; ++y) EXPECT_TRUE(cal.is_announced(y)) << y;
  EXPECT_FALSE(cal.is_announced(2007));
  EXPECT_FALSE(cal.is_announced(2027));
  EXPECT_EQ(cal.notices().size(), 19u);
}

TEST(AddWorkingDays, AcrossSpringFestival2017) {
  // From Friday 2017-01-20, 20 working days. 2017: 1.22 (Sun) and 2.4 (Sat)
  // worked; 1.27–2.2 off.
  //   1.21 Sat no; 1.22 Sun make-up = 1; 1.23–1.26 Mon–Thu = 2..5;
  //   1.27–2.2 off; 2.3 Fri = 6; 2.4 Sat make-up = 7; 2.5 Sun no;
  //   2.6–2.10 = 8..12; 2.13–2.17 = 13..17; 2.20 = 18, 2.21 = 19, 2.22 = 20.
  auto count = shipped().add_working_days(d(2017, 1, 20), 20);
  EXPECT_EQ(count.due, d(2017, 2, 22));
  EXPECT_EQ(count.from, d(2017, 1, 20));
  EXPECT_EQ(count.days, 20);
  EXPECT_FALSE(count.provisional);
  std::vector<std::string> expected = {
      "2017-01-22（星期日）调休上班，计入工作日",
      "2017-01-27至2017-02-02 春节放假，不计入工作日",
      "2017-02-04（星期六）调休上班，计入工作日",
      "自2017-01-20的次日起计算（起始日不计入），第20个工作日为2017-02-22",
  };
  EXPECT_EQ(count.steps, expected);
}

TEST(AddWorkingDays, FromTheEveOfNationalDay2017) {
  // From Friday 2017-09-29, 15 working days. 9.30 (Sat) worked, 10.1–10.8 off.
  //   9.30 = 1; 10.1–10.8 off (10.8 is a Sunday); 10.9–10.13 Mon–Fri = 2..6;
  //   10.16–10.20 = 7..11; 10.23 = 12, 10.24 = 13, 10.25 = 14, 10.26 Thu = 15.
  auto count = shipped().add_working_days(d(2017, 9, 29), 15);
  EXPECT_EQ(count.due, d(2017, 10, 26));
  ASSERT_EQ(count.steps.size(), 3u);
  EXPECT_EQ(count.steps[0], "2017-09-30（星期六）调休上班，计入工作日");
  EXPECT_EQ(count.steps[1], "2017-10-01至2017-10-08 中秋节、国庆节放假，不计入工作日");
}

TEST(AddWorkingDays, FromAMakeUpWorkingDay) {
  // From Sunday 2018-02-11 (a make-up working day, but the start day is never
  // counted). 2018: 2.15–2.21 off, 2.24 (Sat) worked.
  //   2.12 Mon = 1, 2.13 = 2, 2.14 = 3; 2.15–2.21 off; 2.22 Thu = 4,
  //   2.23 Fri = 5, 2.24 Sat make-up = 6.
  EXPECT_EQ(shipped().add_working_days(d(2018, 2, 11), 5).due, d(2018, 2, 23));
  EXPECT_EQ(shipped().add_working_days(d(2018, 2, 11), 6).due, d(2018, 2, 24));
}

TEST(AddWorkingDays, AcrossTheMakeUpSaturdayOf2018SetByThe2019Notice) {
  // From Thursday 2018-12-27, 3 working days. The 2019 notice: 2018-12-29
  // (Sat) worked; 12.30, 12.31 and 2019-01-01 off.
  //   12.28 Fri = 1; 12.29 Sat make-up = 2; 12.30–1.1 off; 1.2 Wed = 3.
  auto count = shipped().add_working_days(d(2018, 12, 27), 3);
  EXPECT_EQ(count.due, d(2019, 1, 2));
  std::vector<std::string> expected = {
      "2018-12-29（星期六）调休上班，计入工作日",
      "2018-12-30至2019-01-01 元旦放假，不计入工作日",
      "自2018-12-27的次日起计算（起始日不计入），第3个工作日为2019-01-02",
  };
  EXPECT_EQ(count.steps, expected);
}

TEST(AddWorkingDays, Autumn2026) {
  // 2026-01-01 is a Thursday, so 9.20 is a Sunday, 9.25 a Friday, 10.1 a
  // Thursday. 2026: 9.20 worked; 9.25–9.27 and 10.1–10.7 off.
  // From Friday 2026-09-18, 10 working days:
  //   9.19 Sat no; 9.20 Sun make-up = 1; 9.21–9.24 = 2..5; 9.25–9.27 off;
  //   9.28 = 6, 9.29 = 7, 9.30 = 8; 10.1–10.7 off; 10.8 Thu = 9, 10.9 Fri = 10.
  auto count = shipped().add_working_days(d(2026, 9, 18), 10);
  EXPECT_EQ(count.due, d(2026, 10, 9));
  EXPECT_FALSE(count.provisional);
  std::vector<std::string> expected = {
      "2026-09-20（星期日）调休上班，计入工作日",
      "2026-09-25至2026-09-27 中秋节放假，不计入工作日",
      "2026-10-01至2026-10-07 国庆节放假，不计入工作日",
      "自2026-09-18的次日起计算（起始日不计入），第10个工作日为2026-10-09",
  };
  EXPECT_EQ(count.steps, expected);
}

TEST(AddWorkingDays, SpringFestival2026EndsOnAMakeUpSaturday) {
  // 2026: 2.14 (Sat) and 2.28 (Sat) worked, 2.15–2.23 off.
  // From Friday 2026-02-13: 2.14 = 1; 2.15–2.23 off; 2.24 Tue = 2, 2.25 = 3,
  // 2.26 = 4, 2.27 Fri = 5; 2.28 Sat make-up = 6.
  EXPECT_EQ(shipped().add_working_days(d(2026, 2, 13), 5).due, d(2026, 2, 27));
  EXPECT_EQ(shipped().add_working_days(d(2026, 2, 13), 6).due, d(2026, 2, 28));
}

TEST(AddWorkingDays, Year2027IsProvisional) {
  // 2027 has no notice yet: weekends only. From Friday 2026-12-25:
  //   12.28–12.31 Mon–Thu = 1..4; 2027-01-01 Fri = 5 (no 元旦 known yet);
  //   1.4–1.8 Mon–Fri = 6..10.
  auto count = shipped().add_working_days(d(2026, 12, 25), 10);
  EXPECT_EQ(count.due, d(2027, 1, 8));
  EXPECT_TRUE(count.provisional);
  EXPECT_EQ(count.unannounced_years, std::vector<int>{2027});
  std::vector<std::string> expected = {
      "2027年节假日安排尚未公布，该年只扣除星期六、星期日，结果为暂定",
      "自2026-12-25的次日起计算（起始日不计入），第10个工作日为2027-01-08",
  };
  EXPECT_EQ(count.steps, expected);
  EXPECT_EQ(format_working_day_count(count),
            "2027-01-08\n"
            "2027年节假日安排尚未公布，该年只扣除星期六、星期日，结果为暂定\n"
            "自2026-12-25的次日起计算（起始日不计入），第10个工作日为2027-01-08\n"
            "（暂定：2027年节假日安排尚未公布，公布后请重新计算）\n");
}

TEST(AddWorkingDays, EndingBeforeTheUnannouncedYearIsNotProvisional) {
  // From 2026-12-25, 4 working days end on Thursday 2026-12-31.
  auto count = shipped().add_working_days(d(2026, 12, 25), 4);
  EXPECT_EQ(count.due, d(2026, 12, 31));
  EXPECT_FALSE(count.provisional);
  EXPECT_EQ(format_working_day_count(count),
            "2026-12-31\n自2026-12-25的次日起计算（起始日不计入），第4个工作日为2026-12-31\n");
}

TEST(AddWorkingDays, ZeroDaysAnswersTheStartingDay) {
  // Even when the starting day is a holiday.
  auto count = shipped().add_working_days(d(2017, 1, 28), 0);
  EXPECT_EQ(count.due, d(2017, 1, 28));
  EXPECT_FALSE(count.provisional);
  EXPECT_EQ(count.steps, std::vector<std::string>{"工作日数为0，期限即为起始日2017-01-28"});
}

TEST(AddWorkingDays, RejectsNegativeAndHugeCounts) {
  EXPECT_THROW(shipped().add_working_days(d(2017, 1, 20), -1), InvalidInput);
  EXPECT_THROW(shipped().add_working_days(d(2017, 1, 20), kMaxWorkingDays + 1), InvalidInput);
}

TEST(WorkingDaysBetween, CountsTheHalfOpenPeriod) {
  // The 20 working days found above lie in (2017-01-20, 2017-02-22].
  EXPECT_EQ(shipped().working_days_between(d(2017, 1, 20), d(2017, 2, 22)), 20);
  EXPECT_EQ(shipped().working_days_between(d(2017, 1, 20), d(2017, 2, 21)), 19);
  EXPECT_EQ(shipped().working_days_between(d(2017, 2, 22), d(2017, 1, 20)), 0);
  EXPECT_EQ(shipped().working_days_between(d(2017, 1, 20), d(2017, 1, 20)), 0);
}

TEST(WorkingDayCalendar, ExplicitDaysWork) {
  // A hand-made calendar: Monday 2030-01-07 off, Saturday 2030-01-12 worked.
  std::map<CivilDate, SpecialDay> days;
  days[d(2030, 1, 7)] = SpecialDay{DayKind::kHoliday, "测试假日"};
  days[d(2030, 1, 12)] = SpecialDay{DayKind::kMakeUpWorkingDay, "测试假日"};
  WorkingDayCalendar cal(days, {2030}, {});
  // From Friday 2030-01-04: 1.7 off; 1.8–1.11 = 1..4; 1.12 Sat = 5.
  EXPECT_EQ(cal.add_working_days(d(2030, 1, 4), 5).due, d(2030, 1, 12));
  EXPECT_EQ(cal.add_working_days(d(2030, 1, 4), 1).steps[0], "2030-01-07 测试假日放假，不计入工作日");
}

class LoadErrors : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("gongkai-holidays-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  std::string load_error() {
    try {
      WorkingDayCalendar::load(dir_);
    } catch (const InvalidInput& e) {
      return e.what();
    }
    return "";
  }
  std::filesystem::path dir_;
};

TEST_F(LoadErrors, MalformedJsonNamesTheFile) {
  write("2017.json", "{\"year\": 2017, \"days\": [");
  EXPECT_NE(load_error().find("2017.json"), std::string::npos);
}

TEST_F(LoadErrors, YearMustMatchTheFileName) {
  write("2017.json", R"({"year": 2018, "notices": [], "days": []})");
  EXPECT_NE(load_error().find("2017.json"), std::string::npos);
}

TEST_F(LoadErrors, BadDateIsRejected) {
  write("2017.json", R"({"year": 2017, "days": [{"date": "2017-02-30", "name": "x", "off": true}]})");
  EXPECT_NE(load_error().find("2017-02-30"), std::string::npos);
}

TEST_F(LoadErrors, ADateSetTwiceIsRejected) {
  write("2018.json", R"({"year": 2018, "days": [{"date": "2018-12-29", "name": "元旦", "off": false}]})");
  write("2019.json", R"({"year": 2019, "days": [{"date": "2018-12-29", "name": "元旦", "off": false}]})");
  EXPECT_NE(load_error().find("2018-12-29"), std::string::npos);
}

TEST_F(LoadErrors, MissingDirectoryIsRejected) {
  EXPECT_THROW(WorkingDayCalendar::load(dir_ / "nope"), InvalidInput);
}

TEST_F(LoadErrors, OtherFilesAreIgnored) {
  write("README.md", "not json");
  write("2030.json", R"({"year": 2030, "notices": ["测试通知"], "days": []})");
  auto cal = WorkingDayCalendar::load(dir_);
  EXPECT_TRUE(cal.is_announced(2030));
  ASSERT_EQ(cal.notices().size(), 1u);
  EXPECT_EQ(cal.notices()[0].sources, std::vector<std::string>{"测试通知"});
}

}  // namespace
}  // namespace gongkai
