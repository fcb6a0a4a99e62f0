// /search: ranked results with highlighting, facets, filters, sorting,
// paging, and bad or hostile input answered with 200/400, never 500.
#include <gtest/gtest.h>

#include "http/portal_fixture.h"

namespace gongkai::testing {
namespace {

class PortalSearchTest : public ::testing::Test {
 protected:
  PortalServer& server_ = PortalServer::instance();
  std::string item(int64_t id) const { return "/xxgk/item/" + std::to_string(id); }
};

TEST_F(PortalSearchTest, EmptyQueryShowsTheFormOnly) {
  auto reply = server_.get("/search");
  ASSERT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("<label for=\"q\">搜索词</label>"), std::string::npos);
  EXPECT_NE(body.find("<option value=\"zcwj\">政策文件</option>"), std::string::npos);
  EXPECT_NE(body.find("<option value=\"shjz\">　社会救助</option>"), std::string::npos);  // indented child
  EXPECT_EQ(body.find("找到约"), std::string::npos);
}

TEST_F(PortalSearchTest, FindsBothCharityDocumentsWithHighlightAndFacets) {
  auto reply = server_.get("/search?q=" + url_encode("慈善"));
  ASSERT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("找到 2 条与“慈善”相关的结果"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"" + item(server_.ids().policy) + "\">关于促进<mark>慈善</mark>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"" + item(server_.ids().interpretation) + "\">"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/search?q=%E6%85%88%E5%96%84&amp;category=zcwj\">政策文件（1）</a>"),
            std::string::npos);
  EXPECT_NE(body.find("<a href=\"/search?q=%E6%85%88%E5%96%84&amp;category=zcjd\">政策解读（1）</a>"),
            std::string::npos);
  EXPECT_NE(body.find("<a href=\"/search?q=%E6%85%88%E5%96%84&amp;year=2017\">2017年（2）</a>"), std::string::npos);
  // The query stays in the box, escaped.
  EXPECT_NE(body.find("value=\"慈善\""), std::string::npos);
}

TEST_F(PortalSearchTest, CategoryFilterNarrowsTheResults) {
  std::string body = server_.get("/search?q=" + url_encode("慈善") + "&category=zcjd").decoded_body();
  EXPECT_NE(body.find("找到 1 条"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"" + item(server_.ids().interpretation) + "\">"), std::string::npos);
  EXPECT_EQ(body.find("<a href=\"" + item(server_.ids().policy) + "\">"), std::string::npos);
  EXPECT_NE(body.find("清除筛选"), std::string::npos);
}

TEST_F(PortalSearchTest, SortByDatePutsTheNewestFirst) {
  std::string body = server_.get("/search?q=" + url_encode("慈善") + "&sort=date").decoded_body();
  size_t interpretation = body.find("<a href=\"" + item(server_.ids().interpretation) + "\">");
  size_t policy = body.find("<a href=\"" + item(server_.ids().policy) + "\">");
  ASSERT_NE(interpretation, std::string::npos);
  ASSERT_NE(policy, std::string::npos);
  EXPECT_LT(interpretation, policy);  // 2017-03-27 before 2017-03-26
  EXPECT_NE(body.find("<strong>按时间</strong>"), std::string::npos);
}

TEST_F(PortalSearchTest, ResultsArePagedTwentyAtATime) {
  std::string q = url_encode("资金发放");
  std::string first = server_.get("/search?q=" + q).decoded_body();
  EXPECT_NE(first.find("找到 25 条"), std::string::npos);
  EXPECT_EQ(count_of(first, "<p class=\"snippet\">"), 20u);
  EXPECT_NE(first.find("共 2 页，当前第 1 页"), std::string::npos);
  std::string second = server_.get("/search?q=" + q + "&page=2").decoded_body();
  EXPECT_EQ(count_of(second, "<p class=\"snippet\">"), 5u);
  EXPECT_NE(second.find("共 2 页，当前第 2 页"), std::string::npos);
}

TEST_F(PortalSearchTest, SqlMetacharactersAreJustText) {
  auto reply = server_.get("/search?q=" + url_encode("' OR 1=1 --"));
  EXPECT_TRUE(reply.status == 200 || reply.status == 400) << reply.status;
  std::string body = reply.decoded_body();
  EXPECT_EQ(body.find("找到 30"), std::string::npos);
  EXPECT_EQ(body.find(kOnRequestTitle), std::string::npos);
}

TEST_F(PortalSearchTest, HtmlInTheQueryIsEscaped) {
  auto reply = server_.get("/search?q=" + url_encode("<script>alert(1)</script>"));
  EXPECT_TRUE(reply.status == 200 || reply.status == 400) << reply.status;
  std::string body = reply.decoded_body();
  EXPECT_EQ(body.find("<script>"), std::string::npos);
  EXPECT_NE(body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

TEST_F(PortalSearchTest, OverlongQueryIs400InChinese) {
  std::string q;
  for (int i = 0; i < 201; ++i) q += "低";
  auto reply = server_.get("/search?q=" + url_encode(q));
  EXPECT_EQ(reply.status, 400);
  EXPECT_NE(reply.decoded_body().find("搜索词过长"), std::string::npos);
}

TEST_F(PortalSearchTest, BadFiltersAre400NeverServerErrors) {
  std::string q = "/search?q=" + url_encode("慈善");
  EXPECT_EQ(server_.get(q + "&year=abcd").status, 400);
  EXPECT_EQ(server_.get(q + "&page=0").status, 400);
  EXPECT_EQ(server_.get(q + "&sort=%27%3B").status, 400);
  auto unknown = server_.get(q + "&category=" + url_encode("x' OR '1'='1"));
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.decoded_body().find("栏目不存在"), std::string::npos);
}

TEST_F(PortalSearchTest, PunctuationOnlyQueryIsNotAServerError) {
  auto reply = server_.get("/search?q=" + url_encode("！？。，"));
  EXPECT_TRUE(reply.status == 200 || reply.status == 400) << reply.status;
}

}  // namespace
}  // namespace gongkai::testing
