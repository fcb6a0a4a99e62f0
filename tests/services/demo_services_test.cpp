// The demo's service list (data/demo/services.json) loads through the
// commands on both engines: 30 published items, 5 of them 行政许可 (the
// source's "30 项政务服务信息…包含 5 项行政审批事项"), and window cases in
// several states.
#include <gtest/gtest.h>

#include <set>

#include "services/demo_services.h"
#include "services/service_queries.h"
#include "services/services_fixture.h"

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

INSTANTIATE_TEST_SUITE_P(Engines, DemoServicesTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
