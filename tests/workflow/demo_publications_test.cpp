// The demo's 2017 publications, computed from the records, hold the annual
// report's counts: 88 items on the portal, 63 in the news media
// (《宁夏双拥》, 《宁夏老龄工作》, 自治区民政厅网站, 吴忠日报 …); each published
// demo item has a history consistent with its dates.
#include <gtest/gtest.h>

#include "app/demo_data.h"
#include "catalog/domain_fixture.h"
#include "workflow/workflow_queries.h"

namespace gongkai::testing {
namespace {

class DemoPublicationsTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto c = db_->lease();
    agency_ = app::load_demo(*c, actor_, std::string(GONGKAI_SOURCE_DIR) + "/data/demo").agency_id;
  }
  int64_t agency_ = 0;
};

TEST_P(DemoPublicationsTest, The2017CountsOfTheReportHold) {
  auto c = db_->lease();
  const auto counts = workflow::publication_counts(*c, agency_, 2017);
  EXPECT_EQ(counts.portal, 88);
  EXPECT_EQ(counts.media, 63);
  // The outlets the report names are among them.
  for (const char* outlet : {"《宁夏双拥》", "《宁夏老龄工作》", "自治区民政厅网站", "吴忠日报"}) {
    EXPECT_GT(c->query_one("SELECT COUNT(*) FROM item_channels WHERE outlet = ?", {std::string(outlet)})->integer(0), 0)
        << outlet;
  }
}

TEST_P(DemoPublicationsTest, APublishedItemWasDraftedReviewedApprovedAndPublishedOnItsDates) {
  auto c = db_->lease();
  const auto item =
      c->query_one("SELECT id, written_date, published_date, workflow_state FROM items WHERE title = ?",
                   {std::string("吴忠市民政局政务公开制度")});
  ASSERT_TRUE(item);
  EXPECT_EQ(item->text(3), "published");
  const auto events =
      c->query("SELECT kind, on_date FROM item_events WHERE item_id = ? ORDER BY id", {item->integer(0)});
  ASSERT_EQ(events.size(), 5u);
  const std::vector<std::pair<std::string, std::string>> expected{
      {"drafted", item->text(1)},       {"submitted", item->text(1)}, {"review_passed", item->text(2)},
      {"approved", item->text(2)},      {"published", item->text(2)}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(events[i].text(0), expected[i].first);
    EXPECT_EQ(events[i].text(1), expected[i].second);
  }
}

TEST_P(DemoPublicationsTest, UnpublishedDemoItemsAreDraftsWithoutChannels) {
  auto c = db_->lease();
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM items WHERE status = 'draft' AND workflow_state = 'draft'")->integer(0),
            5);
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM item_channels JOIN items ON items.id = item_channels.item_id "
                         "WHERE items.status <> 'published'")
                ->integer(0),
            0);
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoPublicationsTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
