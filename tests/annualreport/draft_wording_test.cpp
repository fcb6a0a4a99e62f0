// The wording helpers of the drafted text, without a store: the comparison
// with the previous year, when a previous year counts as on record, the
// agency's voice, the numbering, 万元 and lists. Expected values by hand.
#include <gtest/gtest.h>

#include "annualreport/agency_voice.h"
#include "annualreport/chinese_numerals.h"
#include "annualreport/quoted_figures.h"
#include "annualreport/year_comparison.h"

namespace gongkai::annualreport {
namespace {

TEST(YearComparison, StatesTheChangeAndItsPercentageWithOneDecimal) {
  EXPECT_EQ(comparison_clause(88, 83, "条"), "，比上年增加5条，增长6.0%");     // 5/83 = 6.02%
  EXPECT_EQ(comparison_clause(12, 15, "件"), "，比上年减少3件，下降20.0%");
  EXPECT_EQ(comparison_clause(2, 3, "件"), "，比上年减少1件，下降33.3%");      // 33.33%
  EXPECT_EQ(comparison_clause(3, 2, "件"), "，比上年增加1件，增长50.0%");
  EXPECT_EQ(comparison_clause(1, 8, "件"), "，比上年减少7件，下降87.5%");
  EXPECT_EQ(comparison_clause(7, 0, "件"), "，比上年增加7件");                 // no percentage of 0
  EXPECT_EQ(comparison_clause(4, 4, "条"), "，与上年持平");
}

TEST(YearComparison, OnlyAWhollyRecordedPreviousYearIsComparedWith) {
  EXPECT_TRUE(previous_year_on_record(std::string("2016-01-04"), 2017));
  EXPECT_TRUE(previous_year_on_record(std::string("2016-01-31"), 2017));
  EXPECT_TRUE(previous_year_on_record(std::string("2009-06-01"), 2017));
  EXPECT_FALSE(previous_year_on_record(std::string("2016-02-01"), 2017));
  EXPECT_FALSE(previous_year_on_record(std::string("2016-03-11"), 2017));
  EXPECT_FALSE(previous_year_on_record(std::nullopt, 2017));
}

TEST(AgencyVoice, DerivesRegionSelfPortalAndInformationFromTheName) {
  org::Agency bureau;
  bureau.name = "吴忠市民政局";
  const auto b = voice_of(bureau);
  EXPECT_EQ(b.region, "吴忠市");
  EXPECT_EQ(b.self, "我局");
  EXPECT_EQ(b.locality, "我市");
  EXPECT_EQ(b.portal, "吴忠市政府门户网站");
  EXPECT_EQ(b.information, "民政信息");
  org::Agency district;
  district.name = "吴忠市利通区人民政府";
  const auto d = voice_of(district);
  EXPECT_EQ(d.region, "吴忠市利通区");
  EXPECT_EQ(d.self, "我区");
  EXPECT_EQ(d.portal, "吴忠市利通区政府门户网站");
  EXPECT_EQ(d.information, "政府信息");
}

TEST(ChineseNumerals, NumberPartsAndSubParts) {
  EXPECT_EQ(chinese_numeral(1), "一");
  EXPECT_EQ(chinese_numeral(10), "十");
  EXPECT_EQ(chinese_numeral(12), "十二");
  EXPECT_EQ(chinese_numeral(20), "二十");
  EXPECT_EQ(chinese_numeral(36), "三十六");
  EXPECT_EQ(part_heading(6, "其他需要报告的事项"), "六、其他需要报告的事项");
  EXPECT_EQ(sub_part_heading(3, "政府信息管理"), "（三）政府信息管理");
}

TEST(QuotedFigures, WanYuanDropsTrailingZerosAndListsReadLikeTheSource) {
  EXPECT_EQ(wan_yuan_text(Fen{1455600000000 / 100}), "14556");  // 14556 万元 = 145,560,000 元
  EXPECT_EQ(wan_yuan_text(Fen{3853750000}), "3853.75");
  EXPECT_EQ(wan_yuan_text(Fen{16105000 * 100}), "1610.5");
  EXPECT_EQ(join_chinese({"甲"}), "甲");
  EXPECT_EQ(join_chinese({"甲", "乙"}), "甲和乙");
  EXPECT_EQ(join_chinese({"甲", "乙", "丙"}), "甲、乙和丙");
}

}  // namespace
}  // namespace gongkai::annualreport
