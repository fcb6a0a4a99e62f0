// /xxgk/ml/ and /xxgk/ml/{code}: paging (20 a page), category and year
// filters, the 4xx answers for bad input.
#include <gtest/gtest.h>

#include "http/portal_fixture.h"

namespace gongkai::testing {
namespace {

class PortalCatalogueTest : public ::testing::Test {
 protected:
  PortalServer& server_ = PortalServer::instance();
  std::string series_link(int n) const {
    return "<a href=\"/xxgk/item/" + std::to_string(server_.ids().series_first + n - 1) + "\">";
  }
};

// 30 public items: 5 of 2017 and 25 of 2016.
TEST_F(PortalCatalogueTest, AllItemsFirstPageHasTwentyNewestFirst) {
  auto reply = server_.get("/xxgk/ml/");
  ASSERT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("共 30 条信息"), std::string::npos);
  EXPECT_NE(body.find("共 2 页，当前第 1 页"), std::string::npos);
  EXPECT_EQ(count_of(body, "<th scope=\"row\" class=\"title-cell\">"), 20u);
  // Page 1 ends with 2016 第11期 (5 of 2017, then 第25 … 第11期).
  EXPECT_NE(body.find("第11期"), std::string::npos);
  EXPECT_EQ(body.find("第10期"), std::string::npos);
  EXPECT_NE(body.find("<caption>公开目录信息列表</caption>"), std::string::npos);
  EXPECT_NE(body.find("<th scope=\"col\">索引号</th>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/xxgk/ml/?page=2\" rel=\"next\">下一页</a>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/xxgk/ml/\" aria-current=\"page\">1</a>"), std::string::npos);
  EXPECT_NE(body.find("aria-label=\"分页\""), std::string::npos);
}

TEST_F(PortalCatalogueTest, SecondPageHasTheRemainingTen) {
  auto reply = server_.get("/xxgk/ml/?page=2");
  ASSERT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  EXPECT_EQ(count_of(body, "<th scope=\"row\" class=\"title-cell\">"), 10u);
  EXPECT_NE(body.find("共 2 页，当前第 2 页"), std::string::npos);
  EXPECT_NE(body.find(series_link(1) + "2016年社会救助资金发放情况第01期</a>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/xxgk/ml/?page=2\" aria-current=\"page\">2</a>"), std::string::npos);
  EXPECT_NE(body.find("rel=\"prev\">上一页</a>"), std::string::npos);
}

TEST_F(PortalCatalogueTest, CategoryIncludesDescendantsAndShowsTree) {
  // zdly has no items of its own; shjz holds 25 of 2016 and the 部分公开 item.
  std::string body = server_.get("/xxgk/ml/zdly").decoded_body();
  EXPECT_NE(body.find("共 26 条信息"), std::string::npos);
  EXPECT_NE(body.find("<h1>重点领域信息</h1>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/xxgk/ml/zdly\" aria-current=\"page\">重点领域信息</a>"), std::string::npos);
}

TEST_F(PortalCatalogueTest, CategoryRowShowsIndexNumberDocNumberAndDate) {
  std::string body = server_.get("/xxgk/ml/zcwj").decoded_body();
  EXPECT_NE(body.find("共 2 条信息"), std::string::npos);
  EXPECT_NE(body.find("<p class=\"lead\">本机关制发的规范性文件</p>"), std::string::npos);
  std::string row = "<a href=\"/xxgk/item/" + std::to_string(server_.ids().policy) +
                    "\">关于促进慈善事业健康发展的实施意见</a></th><td>吴民发〔2017〕12号</td><td class=\"nowrap\">2017-03-26</td>";
  EXPECT_NE(body.find(row), std::string::npos);
  EXPECT_NE(body.find("000014349/2017-"), std::string::npos);
  // Breadcrumbs end at the category.
  EXPECT_NE(body.find("<span aria-current=\"page\">政策文件</span>"), std::string::npos);
}

TEST_F(PortalCatalogueTest, YearFilterKeepsOnlyThatYear) {
  std::string body = server_.get("/xxgk/ml/shjz?year=2017").decoded_body();
  EXPECT_NE(body.find("共 1 条信息"), std::string::npos);
  EXPECT_NE(body.find("2017年第一季度临时救助名单"), std::string::npos);
  EXPECT_NE(body.find("<option value=\"2017\" selected>2017年（5条）</option>"), std::string::npos);
  EXPECT_NE(body.find("<option value=\"2016\">2016年（25条）</option>"), std::string::npos);

  std::string y2016 = server_.get("/xxgk/ml/shjz?year=2016").decoded_body();
  EXPECT_NE(y2016.find("共 25 条信息"), std::string::npos);
  EXPECT_NE(y2016.find("<a href=\"/xxgk/ml/shjz?year=2016&amp;page=2\" rel=\"next\">"), std::string::npos);
}

TEST_F(PortalCatalogueTest, YearWithoutItemsIsAnEmptyList) {
  auto reply = server_.get("/xxgk/ml/?year=2015");
  EXPECT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("共 0 条信息"), std::string::npos);
  EXPECT_NE(body.find("<p>暂无信息。</p>"), std::string::npos);
}

TEST_F(PortalCatalogueTest, UnknownCategoryIs404) {
  auto reply = server_.get("/xxgk/ml/nosuch");
  EXPECT_EQ(reply.status, 404);
  EXPECT_NE(reply.decoded_body().find("栏目不存在"), std::string::npos);
}

TEST_F(PortalCatalogueTest, BadPageIs400InChinese) {
  for (const char* page : {"0", "-1", "abc", "1.5", "999999999999"}) {
    auto reply = server_.get(std::string("/xxgk/ml/?page=") + page);
    EXPECT_EQ(reply.status, 400) << page;
    EXPECT_NE(reply.decoded_body().find("页码无效"), std::string::npos) << page;
  }
}

TEST_F(PortalCatalogueTest, PageBeyondTheLastIs404) {
  EXPECT_EQ(server_.get("/xxgk/ml/?page=3").status, 404);
}

TEST_F(PortalCatalogueTest, BadYearIs400InChinese) {
  for (const char* year : {"17", "20x7", "%27%20OR%201%3D1", "3000"}) {
    auto reply = server_.get(std::string("/xxgk/ml/?year=") + year);
    EXPECT_EQ(reply.status, 400) << year;
    EXPECT_NE(reply.decoded_body().find("年份无效"), std::string::npos) << year;
  }
}

}  // namespace
}  // namespace gongkai::testing
