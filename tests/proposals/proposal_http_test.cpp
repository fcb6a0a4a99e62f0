// 建议提案办理结果公开 over HTTP on the demo agency: /xxgk/jyta/ lists the
// published results of the four 2017 sessions, and nothing of the contact
// with the proposers (the demo's contact ways are 电话沟通, 当面座谈, 走访).
#include <gtest/gtest.h>

#include "admin/admin_fixture.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(ProposalHttpTest, ThePublicPageListsTheResultsBySession) {
  const auto reply = AdminServer::instance().get("/xxgk/jyta/");
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "<h1>建议提案办理结果公开</h1>"));
  EXPECT_TRUE(contains(body, "<h2>自治区第十一届人大七次会议（人大代表建议，2件）</h2>"));
  EXPECT_TRUE(contains(body, "<h2>政协自治区十届五次会议（政协委员提案，2件）</h2>"));
  EXPECT_TRUE(contains(body, "<h2>吴忠市五届人大一次会议（人大代表建议，4件）</h2>"));
  EXPECT_TRUE(contains(body, "<h2>政协吴忠市五届一次会议（政协委员提案，10件）</h2>"));
  EXPECT_TRUE(contains(body, "<th scope=\"row\">关于减免城市低保户取暖费的建议</th>"));
  EXPECT_TRUE(contains(body, "<td>A类：已经解决或基本解决</td><td>2017-05-26</td>"));
  EXPECT_TRUE(contains(body, "军休人员“两个待遇”落实"));
}

TEST(ProposalHttpTest, ThePublicPageShowsNoContactWithTheProposers) {
  const std::string body = AdminServer::instance().get("/xxgk/jyta/").decoded_body();
  EXPECT_FALSE(contains(body, "电话沟通"));
  EXPECT_FALSE(contains(body, "当面座谈"));
  EXPECT_FALSE(contains(body, "走访"));
  EXPECT_FALSE(contains(body, "满意"));
}

TEST(ProposalHttpTest, TheAddressWithoutSlashRedirects) {
  const auto reply = AdminServer::instance().get("/xxgk/jyta");
  EXPECT_EQ(reply.status, 301);
  EXPECT_EQ(reply.header("location"), "/xxgk/jyta/");
}

}  // namespace
}  // namespace gongkai::testing
