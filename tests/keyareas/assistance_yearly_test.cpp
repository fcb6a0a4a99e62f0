// The demo's 2017 records, computed into yearly figures, give the literals of
// the 吴忠市民政局 2017 report (seeds/000_81b4ed55c119b43f.txt, 二（二）), on
// both engines. The expected values are the source's, typed from it.
#include <gtest/gtest.h>

#include "app/demo_data.h"
#include "core/money.h"
#include "keyareas/assistance_fixture.h"
#include "keyareas/assistance_yearly.h"
#include "keyareas/demo_assistance.h"

namespace gongkai::testing {
namespace {

using keyareas::YearlyFigures;

class AssistanceYearlyTest : public AssistanceTest {
 protected:
  void SetUp() override {
    AssistanceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto c = db_->lease();
    store::Transaction t(*c);
    loaded_ = keyareas::load_demo_assistance(*c, officer_, demo_file(), today_);
    t.commit();
    for (auto& y : keyareas::yearly_figures(*c, agency_id_, 2017)) yearly_.emplace(std::string(y.programme->key), y);
  }

  const YearlyFigures& of(const std::string& key) {
    const auto found = yearly_.find(key);
    if (found == yearly_.end()) throw std::runtime_error("no yearly figures for " + key);
    return found->second;
  }

  // 万元 with two decimals, as the source writes its amounts.
  static std::string wan(const YearlyFigures& y) { return format_wan_yuan(y.amount, 2); }
  static std::string level(const YearlyFigures& y) {
    return y.level ? keyareas::format_level(*y.level, y.programme->level_decimals) : "";
  }

  int loaded_ = 0;
  std::map<std::string, YearlyFigures> yearly_;
};

TEST_P(AssistanceYearlyTest, TheDemoHoldsTwelveMonthsFourQuartersAndFourDisbursements) {
  // 4 monthly programmes × 12 + 临时救助 × 4 + 2 + 1 + 1 disbursements.
  EXPECT_EQ(loaded_, 56);
  EXPECT_EQ(of("urban_dibao").periods, 12);
  EXPECT_EQ(of("temporary_assistance").periods, 4);
  EXPECT_EQ(of("festival_eid").periods, 2);
}

TEST_P(AssistanceYearlyTest, UrbanDibao398090PersonTimes14556WanYuanAt365_64) {
  const auto& y = of("urban_dibao");
  EXPECT_EQ(y.person_times, 398090);
  EXPECT_EQ(y.amount, parse_wan_yuan("14556"));
  EXPECT_EQ(wan(y), "14556.00");
  EXPECT_EQ(level(y), "365.64");  // 145,560,000 元 ÷ 398,090 = 365.6459…, cut to the fen
}

TEST_P(AssistanceYearlyTest, RuralDibao1129772PersonTimes30082_48WanYuanAt266_27) {
  const auto& y = of("rural_dibao");
  EXPECT_EQ(y.person_times, 1129772);
  EXPECT_EQ(wan(y), "30082.48");
  EXPECT_EQ(level(y), "266.27");  // 300,824,800 ÷ 1,129,772 = 266.2703…
}

TEST_P(AssistanceYearlyTest, CentralisedSupport605AtYearEnd623_92WanYuanAt707) {
  const auto& y = of("tekun_centralised");
  EXPECT_EQ(y.year_end_headcount, 605);
  EXPECT_EQ(wan(y), "623.92");
  EXPECT_EQ(level(y), "707");
  // 6,239,200 元 ÷ 707 ≈ 8825 person-months, ≈ 735 a month: more than the 605
  // of December. The demo's months sum to 8820 (6,239,200 ÷ 8820 = 707.39).
  EXPECT_EQ(y.person_times, 8820);
}

TEST_P(AssistanceYearlyTest, DispersedSupport1640AtYearEnd866_25WanYuanAt407) {
  const auto& y = of("tekun_dispersed");
  EXPECT_EQ(y.year_end_headcount, 1640);
  EXPECT_EQ(wan(y), "866.25");
  EXPECT_EQ(level(y), "407");
  EXPECT_EQ(y.person_times, 21260);  // 8,662,500 ÷ 21,260 = 407.45
}

TEST_P(AssistanceYearlyTest, TemporaryAssistance65302PersonTimes3853_75WanYuan) {
  const auto& y = of("temporary_assistance");
  EXPECT_EQ(y.person_times, 65302);
  EXPECT_EQ(wan(y), "3853.75");
  EXPECT_FALSE(y.level.has_value());  // the source states no level for 临时救助
}

TEST_P(AssistanceYearlyTest, TheOneOffDisbursementsOfTheSource) {
  EXPECT_EQ(wan(of("festival_eid")), "3221.00");   // 开斋节 and 古尔邦节 together
  EXPECT_EQ(wan(of("heating")), "5188.17");        // 取暖费
  EXPECT_EQ(wan(of("spring_festival")), "527.53");  // 春节过节补贴
}

TEST_P(AssistanceYearlyTest, NoFiguresOutsideTheYear) {
  auto c = db_->lease();
  EXPECT_TRUE(keyareas::yearly_figures(*c, agency_id_, 2016).empty());
  EXPECT_EQ(keyareas::figure_years(*c, agency_id_), std::vector<int>{2017});
}

TEST(AssistanceLevelTest, TheLevelIsCutNotRounded) {
  // 145,560,000.00 元 / 398,090 = 365.64596…: 365.64, where rounding would give 365.65.
  EXPECT_EQ(keyareas::average_level(Fen{14556000000}, 398090, 2), Fen{36564});
  // 0 decimals: 707.39 → 707, 707.99 → 707.
  EXPECT_EQ(keyareas::average_level(Fen{623920000}, 8820, 0), Fen{70700});
  EXPECT_EQ(keyareas::average_level(Fen{70799}, 1, 0), Fen{70700});
  EXPECT_EQ(keyareas::format_level(Fen{70700}, 0), "707");
  EXPECT_EQ(keyareas::format_level(Fen{36564}, 2), "365.64");
  EXPECT_EQ(keyareas::average_level(Fen{100}, 0, 2), Fen{0});
}

INSTANTIATE_TEST_SUITE_P(Engines, AssistanceYearlyTest, store::testing::all_engines(), store::testing::engine_name);

// init --demo loads the figures with the rest of the demo.
class DemoAssistanceTest : public DomainTest {};

TEST_P(DemoAssistanceTest, TheWholeDemoIncludesTheFigures) {
  auto c = db_->lease();
  const auto summary = app::load_demo(*c, actor_, std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo");
  EXPECT_EQ(summary.assistance_records, 56);
  const auto yearly = keyareas::yearly_figures(*c, summary.agency_id, 2017);
  ASSERT_FALSE(yearly.empty());
  EXPECT_EQ(yearly.front().programme->key, "urban_dibao");
  EXPECT_EQ(yearly.front().person_times, 398090);
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoAssistanceTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
