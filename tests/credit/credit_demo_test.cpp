// init --demo loads the 双公示 records of both agencies; their yearly tally
// is the count worked by hand in docs/credit.md:
//   吴忠市民政局 2017: one licensing decision per registration the source
//   reports — 17 社会团体 + 8 民办非企业单位 + 1 养老机构 = 26; no penalty
//   or coercion.
//   吴忠市利通区人民政府 2023: 4 licences; 4 penalties recorded, one withdrawn
//   after 行政复议 → 3; 2 coercion decisions.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "app/demo_data.h"
#include "catalog/domain_fixture.h"
#include "credit/decision_queries.h"
#include "credit/decision_tally.h"
#include "requests/identity_seal.h"

namespace gongkai::testing {
namespace {

const std::filesystem::path kDemoDir = std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo";

class CreditDemoTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    calendar_ = WorkingDayCalendar::load(kDemoDir.parent_path() / "holidays");
    seal_ = std::make_unique<requests::IdentitySeal>(requests::IdentitySeal::Key{7});
    auto c = db_->lease();
    summary_ = app::load_demo(*c, actor_, kDemoDir, requests::RequestServices{calendar_, *seal_}, true);
  }

  WorkingDayCalendar calendar_;
  std::unique_ptr<requests::IdentitySeal> seal_;
  app::DemoSummary summary_;
};

TEST_P(CreditDemoTest, TheWuzhongCivilAffairs2017TallyIsTheSourcesRegistrations) {
  EXPECT_EQ(summary_.credit_decisions, 26);
  auto c = db_->lease();
  const auto tally = credit::tally_decisions(*c, summary_.agency_id, 2017);
  EXPECT_EQ(tally.year, 2017);
  EXPECT_EQ(tally.licensing, 26);
  EXPECT_EQ(tally.penalty, 0);
  EXPECT_EQ(tally.coercion, 0);
  const auto before = credit::tally_decisions(*c, summary_.agency_id, 2016);
  EXPECT_EQ(before.licensing + before.penalty + before.coercion, 0);
}

TEST_P(CreditDemoTest, EveryDemoLicenceOf2017WasPublishedOnTime) {
  auto c = db_->lease();
  credit::DecisionQuery query;
  query.per_page = 100;
  const auto page = credit::search_decisions(*c, summary_.agency_id, query);
  ASSERT_EQ(page.total, 26);
  for (const auto& d : page.decisions) {
    EXPECT_EQ(credit::publication_deadline(calendar_, d, today_).state, credit::PublicationState::kOnTime)
        << d.field("document_number");
  }
}

TEST_P(CreditDemoTest, TheLitongDistrict2023TallyLeavesTheWithdrawnPenaltyOut) {
  EXPECT_EQ(summary_.second_credit_decisions, 10);
  auto c = db_->lease();
  const auto tally = credit::tally_decisions(*c, summary_.second_agency_id, 2023);
  EXPECT_EQ(tally.licensing, 4);
  EXPECT_EQ(tally.penalty, 3);
  EXPECT_EQ(tally.coercion, 2);
}

// 利政强〔2023〕2号 of 2023-12-26 was never published: due 2024-01-05
// (12-27, 12-28, 12-29; 01-01 元旦 off; 01-02, 01-03, 01-04, 01-05).
TEST_P(CreditDemoTest, TheUnpublishedCoercionIsOverdue) {
  auto c = db_->lease();
  const auto rows = credit::decisions_needing_publication(*c, calendar_, summary_.second_agency_id, today_);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].decision.field("document_number"), "利政强〔2023〕2号");
  EXPECT_EQ(rows[0].deadline.due, *parse_date("2024-01-05"));
  EXPECT_EQ(rows[0].deadline.state, credit::PublicationState::kOverdue);
  EXPECT_TRUE(credit::decisions_needing_publication(*c, calendar_, summary_.agency_id, today_).empty());
}

// 利政许〔2023〕21号 of Wednesday 2023-09-27 is due 2023-10-12 (09-28; the
// 09-29–10-06 days off skipped; make-up Saturday 10-07 and Sunday 10-08
// counted; 10-09 … 10-12) and was published 10-13: late.
TEST_P(CreditDemoTest, TheLicencePublishedAfterTheNationalDayWeekIsLate) {
  auto c = db_->lease();
  credit::DecisionQuery query;
  query.text = "利政许〔2023〕21号";
  const auto page = credit::search_decisions(*c, summary_.second_agency_id, query);
  ASSERT_EQ(page.total, 1);
  const auto deadline = credit::publication_deadline(calendar_, page.decisions[0], today_);
  EXPECT_EQ(deadline.due, *parse_date("2023-10-12"));
  EXPECT_EQ(deadline.state, credit::PublicationState::kLate);
}

INSTANTIATE_TEST_SUITE_P(Engines, CreditDemoTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
