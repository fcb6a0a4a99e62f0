// The comparison with the previous year in a drafted text, on a small agency
// whose records cover the previous year from January: counted by hand.
// Both engines.
#include <gtest/gtest.h>

#include <string>

#include "annualreport/quoted_figures.h"
#include "annualreport/report_draft.h"
#include "catalog/domain_fixture.h"

namespace gongkai::testing {
namespace {

class ComparisonDraftTest : public DomainTest {
 protected:
  std::string text_of(int64_t agency_id, int year) {
    auto c = db_->lease();
    const auto draft = annualreport::draft_annual_report(*c, agency_id, year);
    std::string out;
    for (const auto& section : draft.sections) {
      for (const auto& paragraph : section.paragraphs) out += paragraph + "\n";
    }
    return out;
  }
};

// 2016: 2 items on the portal (the first on 2016-01-05, so 2016 is wholly on
// record); 2017: 3 items → 3 − 2 = 1 more, 1/2 = 50.0%. 2018: 3 again → 持平.
TEST_P(ComparisonDraftTest, APreviousYearWhollyOnRecordIsComparedWith) {
  const auto agency = create_small_agency();
  create(item(agency, "zcwj", "二〇一六年一月", "2016-01-05"));
  create(item(agency, "zcwj", "二〇一六年六月", "2016-06-01"));
  create(item(agency, "zcwj", "二〇一七年三月", "2017-03-01"));
  create(item(agency, "zcwj", "二〇一七年五月", "2017-05-02"));
  create(item(agency, "zcwj", "二〇一七年九月", "2017-09-12"));
  for (const auto* published : {"2018-02-01", "2018-04-02", "2018-11-30"}) {
    create(item(agency, "zcwj", std::string("二〇一八年") + published, published));
  }
  const auto text2017 = text_of(agency, 2017);
  EXPECT_NE(text2017.find("全年通过测试市政府门户网站公开公示民政信息3条，比上年增加1条，增长50.0%"), std::string::npos)
      << text2017;
  const auto text2018 = text_of(agency, 2018);
  EXPECT_NE(text2018.find("公开公示民政信息3条，与上年持平"), std::string::npos) << text2018;
  // 2016 itself: 2015 has no record at all, so no comparison.
  EXPECT_EQ(text_of(agency, 2016).find("上年"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, ComparisonDraftTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
