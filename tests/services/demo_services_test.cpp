// The demo's service list (data/demo/services.json) loads through the
// commands on both engines: 30 published items, 5 of them 行政许可 (the
// source's "30 项政务服务信息…包含 5 项行政审批事项"), and window cases in
// several states.
#include <gtest/gtest.h>

#include <set>

#include "services/demo_services.h"
#include "services/service_queries.h"
#include "services/services_fixture.h"
#include "services/window_tally.h"

namespace gongkai::testing {
namespace {

using namespace services;

class DemoServicesTest : public ServicesTest {};

TEST_P(DemoServicesTest, ThirtyPublishedItemsFiveOfThemLicensingAndCasesInSeveralStates) {
  auto c = db_->lease();
  {
    store::Transaction transaction(*c);
    EXPECT_EQ(load_demo_services(*c, services(), officer_, source_dir() / "data" / "demo" / "services.json"), 30);
    transaction.commit();
  }
  size_t published = 0;
  size_t licensing = 0;
  for (const auto& group : published_items_by_kind(*c, agency_id_, false)) {
    published += group.items.size();
    if (group.kind == "licensing") licensing = group.items.size();
  }
  EXPECT_EQ(published, 30u);
  EXPECT_EQ(licensing, 5u);
  std::set<WindowPhase> phases;
  for (const auto& entry : window_cases(*c, services(), officer_, *parse_date("2017-12-29"))) {
    phases.insert(entry.clock.phase);
  }
  EXPECT_GE(phases.size(), 4u);
  EXPECT_TRUE(phases.count(WindowPhase::kConcluded));
  EXPECT_TRUE(phases.count(WindowPhase::kRefused));
}

// The 2017 figures, counted by hand from services.json: 6 cases received;
// 5 accepted (one registered as 一次性告知补正 first), 1 不予受理; concluded 3 —
// 养老机构 on 30 Oct (due 25 Oct + 3 paused days = 30 Oct), 社会团体 on 5 Dec
// (due 11 Dec), 民办非企业 (不予) on 31 May (due 6 Jun over 端午) — all on
// time, 2 准予 and 1 不予; 收养登记 and 章程核准 still open on 31 December.
TEST_P(DemoServicesTest, TheYearsFiguresCountItemsAndCasesAsOfTheLastDay) {
  auto c = db_->lease();
  {
    store::Transaction transaction(*c);
    load_demo_services(*c, services(), officer_, source_dir() / "data" / "demo" / "services.json");
    transaction.commit();
  }
  const auto t = tally_window_year(*c, calendar(), agency_id_, 2017);
  EXPECT_EQ(t.items_published, 30);
  EXPECT_EQ(t.licensing_items, 5);
  EXPECT_EQ(t.received, 6);
  EXPECT_EQ(t.accepted, 5);
  EXPECT_EQ(t.refused, 1);
  EXPECT_EQ(t.concluded, 3);
  EXPECT_EQ(t.granted, 2);
  EXPECT_EQ(t.denied, 1);
  EXPECT_EQ(t.concluded_on_time, 3);
  EXPECT_EQ(t.concluded_late, 0);
  EXPECT_EQ(t.open_at_year_end, 2);
  const auto before = tally_window_year(*c, calendar(), agency_id_, 2016);
  EXPECT_EQ(before.items_published, 0);
  EXPECT_EQ(before.received, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoServicesTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
