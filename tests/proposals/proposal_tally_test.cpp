// The demo's 2017 建议提案 against the 吴忠市民政局 2017 report
// (seeds/000_81b4ed55c119b43f.txt, 四): 2 + 2 regional and 4 + 10 city items
// with the topics the report names, typed from it, on both engines.
#include <gtest/gtest.h>

#include "proposals/demo_proposals.h"
#include "proposals/proposal_fixture.h"
#include "proposals/proposal_queries.h"
#include "proposals/proposal_tally.h"

namespace gongkai::testing {
namespace {

using namespace proposals;

class ProposalTallyTest : public ProposalTest {
 protected:
  void SetUp() override {
    ProposalTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto c = db_->lease();
    store::Transaction t(*c);
    loaded_ = load_demo_proposals(*c, officer_, demo_file());
    t.commit();
    tally_ = tally_proposals(*c, agency_id_, 2017);
  }

  const ProposalGroup& group(const std::string& body, const std::string& level) {
    for (const auto& g : tally_.groups) {
      if (g.body == body && g.level == level) return g;
    }
    throw std::runtime_error("no group " + body + "/" + level);
  }

  static std::vector<std::string> topics(const ProposalGroup& g) {
    std::vector<std::string> out;
    for (const auto& t : g.topics) out.push_back(t.topic);
    return out;
  }

  int loaded_ = 0;
  ProposalTally tally_;
};

using Topics = std::vector<std::string>;

TEST_P(ProposalTallyTest, TwoRegionalSuggestionsOnDivisionsAndElderlyCare) {
  const auto& g = group("npc", "region");
  EXPECT_EQ(g.items, 2);
  EXPECT_EQ(g.sessions, Topics{"自治区第十一届人大七次会议"});
  EXPECT_EQ(topics(g), (Topics{"行政区划调整", "养老服务体系建设"}));
}

TEST_P(ProposalTallyTest, TwoRegionalProposalsOnChildWelfareAndCommittees) {
  const auto& g = group("cppcc", "region");
  EXPECT_EQ(g.items, 2);
  EXPECT_EQ(g.sessions, Topics{"政协自治区十届五次会议"});
  EXPECT_EQ(topics(g), (Topics{"儿童福利机构发展", "社区（村）居委会建设"}));
}

TEST_P(ProposalTallyTest, FourCitySuggestions) {
  const auto& g = group("npc", "city");
  EXPECT_EQ(g.items, 4);
  EXPECT_EQ(g.replied, 4);
  EXPECT_EQ(g.sessions, Topics{"吴忠市五届人大一次会议"});
  EXPECT_EQ(topics(g), (Topics{"城市低保户取暖费减免", "养老服务体系建设", "行政区划调整", "军休人员“两个待遇”落实"}));
}

TEST_P(ProposalTallyTest, TenCityProposalsTwoPerTopic) {
  const auto& g = group("cppcc", "city");
  EXPECT_EQ(g.items, 10);
  EXPECT_EQ(g.replied, 10);
  EXPECT_EQ(g.sessions, Topics{"政协吴忠市五届一次会议"});
  EXPECT_EQ(topics(g), (Topics{"“留守儿童”关爱保护", "社区网格化管理", "养老护理人员培训", "社会组织健康发展", "慈善事业发展"}));
  for (const auto& t : g.topics) EXPECT_EQ(t.items, 2) << t.topic;
}

TEST_P(ProposalTallyTest, EighteenItemsAllRepliedWithSatisfaction) {
  EXPECT_EQ(loaded_, 18);
  EXPECT_EQ(tally_.items, 18);
  EXPECT_EQ(tally_.groups.size(), 4u);
  // data/demo/proposals.json: 第35号 (市人大) and 第54号 (市政协) returned 基本满意.
  EXPECT_EQ(tally_.satisfaction["satisfied"], 16);
  EXPECT_EQ(tally_.satisfaction["basically"], 2);
  EXPECT_EQ(tally_.satisfaction.count("unsatisfied"), 0u);
}

TEST_P(ProposalTallyTest, OtherYearsAreEmpty) {
  auto c = db_->lease();
  EXPECT_EQ(tally_proposals(*c, agency_id_, 2016).items, 0);
  EXPECT_TRUE(tally_proposals(*c, agency_id_, 2018).groups.empty());
}

TEST_P(ProposalTallyTest, AllEighteenResultsArePublishedByFourSessions) {
  auto c = db_->lease();
  const auto sessions = published_results(*c, agency_id_);
  ASSERT_EQ(sessions.size(), 4u);
  size_t results = 0;
  for (const auto& s : sessions) results += s.results.size();
  EXPECT_EQ(results, 18u);
}

INSTANTIATE_TEST_SUITE_P(Engines, ProposalTallyTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
