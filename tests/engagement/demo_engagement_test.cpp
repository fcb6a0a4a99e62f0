// The demo's public engagement (data/demo/engagement.json), loaded with the
// whole demo through the domain on both engines: each of the source's two
// policies had its consultation, closed and answered before the policy was
// written, and linked to it; letters got their due dates from the calendar;
// what is published is masked.
#include <gtest/gtest.h>

#include "app/demo_data.h"
#include "catalog/domain_fixture.h"
#include "core/masking.h"
#include "engagement/consultation_queries.h"
#include "engagement/letter_queries.h"
#include "engagement/opinion_record.h"

namespace gongkai::testing {
namespace {

using namespace gongkai::engagement;

class DemoEngagementTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto c = db_->lease();
    agency_ = app::load_demo(*c, actor_, std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo", true).agency_id;
  }
  int64_t agency_ = 0;
};

TEST_P(DemoEngagementTest, EachPolicyHadItsConsultationBeforeItWasWritten) {
  auto c = db_->lease();
  const auto consultations = list_consultations(*c, agency_, true);
  ASSERT_EQ(consultations.size(), 2u);
  for (const auto& consultation : consultations) {
    ASSERT_TRUE(consultation.policy_item_id) << consultation.title;
    const auto policy = c->query_one("SELECT title, written_date FROM items WHERE id = ?", {*consultation.policy_item_id});
    EXPECT_EQ(policy->text(0) + "（征求意见稿）", consultation.title);
    ASSERT_TRUE(consultation.adoption_published());
    EXPECT_GT(*consultation.adoption_published_on, consultation.closes_on);
    EXPECT_LT(format_date(*consultation.adoption_published_on), policy->text(1));
    EXPECT_EQ(count_comments(*c, consultation.id, Moderation::kPending), 0);
  }
  EXPECT_EQ(public_comments(*c, consultations[1].id).size(), 4u);  // 慈善 (opened first, listed last)
  EXPECT_EQ(public_comments(*c, consultations[0].id).size(), 3u);
}

// Received Monday 2017-09-25: 26–29 September, Saturday the 30th (a make-up
// working day), then after 1–8 October 9–13 and 16–20: due 2017-10-20.
TEST_P(DemoEngagementTest, LettersHaveDueDatesAndPublishedOnesAreMasked) {
  auto c = db_->lease();
  const auto letters = list_letters(*c, agency_, {}, *parse_date("2018-01-01"));
  ASSERT_EQ(letters.size(), 3u);
  const auto& september = letters[1];
  EXPECT_EQ(september.subject, "建议在社区增设老年日间照料中心");
  EXPECT_EQ(format_date(september.due_on), "2017-10-20");
  const auto published = published_letters(*c, agency_);
  ASSERT_EQ(published.size(), 2u);
  for (const auto& letter : published) {
    EXPECT_TRUE(find_personal_data(letter.body).empty()) << letter.body;
    EXPECT_EQ(letter.body.find("马秀英"), std::string::npos);
    EXPECT_EQ(letter.reply.find("周建华"), std::string::npos);
  }
  EXPECT_EQ(list_opinions(*c, agency_).size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoEngagementTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
