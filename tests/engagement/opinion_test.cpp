// 舆情 records: recorded, answered and reported upward by the office only,
// with dates that make sense.
#include <gtest/gtest.h>

#include <functional>

#include "core/errors.h"
#include "engagement/engagement_fixture.h"
#include "engagement/opinion_record.h"

namespace gongkai::testing {
namespace {

using namespace gongkai::engagement;

class OpinionTest : public EngagementTest {
 protected:
  template <typename Error>
  void expect_refused(const std::function<void()>& change, const std::string& reason) {
    try {
      change();
      ADD_FAILURE() << "accepted, expected: " << reason;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(reason), std::string::npos) << e.what();
    }
  }
  NewOpinionRecord heating() {
    return {"微博", "城市低保户取暖费减免", "网民反映取暖费减免办理流程不清楚。", "2017-11-06"};
  }
};

TEST_P(OpinionTest, RecordedAnsweredAndReportedUpward) {
  auto c = db_->lease();
  const int64_t audit_before = count("audit_log");
  const int64_t id = record_opinion(*c, office_, heating(), at("2017-11-06"));
  record_opinion_response(*c, office_, id, "在门户网站发布办理指南并电话回复网民。", "2017-11-07", at("2017-11-07"));
  record_opinion_report(*c, office_, id, "吴忠市人民政府办公室", "2017-11-08", at("2017-11-08"));
  const OpinionRecord r = *find_opinion(*c, id);
  EXPECT_EQ(r.topic, "城市低保户取暖费减免");
  EXPECT_EQ(format_date(*r.responded_on), "2017-11-07");
  EXPECT_EQ(r.reported_to, "吴忠市人民政府办公室");
  EXPECT_EQ(format_date(*r.reported_upward_on), "2017-11-08");
  EXPECT_EQ(count("audit_log"), audit_before + 3);
  EXPECT_EQ(list_opinions(*c, agency_).size(), 1u);
  expect_refused<Conflict>([&] { record_opinion(*c, office_, heating(), at("2017-11-09")); }, "请勿重复提交");
  EXPECT_EQ(count("opinion_records"), 1);
}

TEST_P(OpinionTest, DatesMustFollowTheDayFoundAndNotLieAhead) {
  auto c = db_->lease();
  auto future = heating();
  future.found_on = "2017-11-09";
  expect_refused<InvalidInput>([&] { record_opinion(*c, office_, future, at("2017-11-08")); }, "发现日期不能晚于今天");
  const int64_t id = record_opinion(*c, office_, heating(), at("2017-11-06"));
  expect_refused<InvalidInput>([&] { record_opinion_response(*c, office_, id, "回应", "2017-11-05", at("2017-11-07")); },
                               "回应日期不能早于发现日期");
  expect_refused<InvalidInput>([&] { record_opinion_report(*c, office_, id, "", "2017-11-07", at("2017-11-07")); },
                               "上报单位不能为空");
  EXPECT_FALSE(find_opinion(*c, id)->responded());
}

TEST_P(OpinionTest, OnlyTheOfficeRecordsOpinion) {
  auto c = db_->lease();
  expect_refused<Forbidden>([&] { record_opinion(*c, officer_, heating(), at("2017-11-06")); }, "舆情");
  EXPECT_EQ(count("opinion_records"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, OpinionTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
