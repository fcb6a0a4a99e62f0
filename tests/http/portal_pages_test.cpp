// The fixed pages: home, /xxgk/, 公开指南, 公开制度, robots.txt, /healthz,
// the layout (landmarks, footer, 大字版) and the error page.
#include <gtest/gtest.h>

#include "http/portal_fixture.h"

namespace gongkai::testing {
namespace {

class PortalPagesTest : public ::testing::Test {
 protected:
  PortalServer& server_ = PortalServer::instance();
};

TEST_F(PortalPagesTest, HealthzAnswersOkAsPlainText) {
  auto reply = server_.get("/healthz");
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.decoded_body(), "ok");
  EXPECT_EQ(reply.header("content-type").rfind("text/plain", 0), 0u);
}

TEST_F(PortalPagesTest, HomeShowsAgencyNewestItemsAndShortcuts) {
  auto reply = server_.get("/");
  ASSERT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("<title>吴忠市民政局政府信息公开</title>"), std::string::npos);
  // Ten newest, newest first: the <b> item (05-01), the 部分公开 item (04-15), …
  size_t markup = body.find("&lt;b&gt;加粗&lt;/b&gt;标题测试");
  size_t partial = body.find("2017年第一季度临时救助名单");
  size_t policy = body.find("关于促进慈善事业健康发展的实施意见</a>");
  ASSERT_NE(markup, std::string::npos);
  ASSERT_NE(partial, std::string::npos);
  ASSERT_NE(policy, std::string::npos);
  EXPECT_LT(markup, partial);
  EXPECT_LT(partial, policy);
  // Ten entries: 5 of 2017 and the 5 newest of 2016 (第25 … 第21期), not 第20期.
  EXPECT_NE(body.find("第21期"), std::string::npos);
  EXPECT_EQ(body.find("第20期"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/xxgk/ml/zdly\">重点领域信息</a>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/xxgk/nb/\">政府信息公开年报</a>"), std::string::npos);
  EXPECT_NE(body.find("<label for=\"home-q\">"), std::string::npos);
}

// The key areas' data pages are reached by navigation, not only through the
// sitemap: the disclosure home lists them, and a catalogue section links its own.
TEST_F(PortalPagesTest, DisclosureHomeAndSectionsLinkTheDataPages) {
  std::string home = server_.get("/xxgk/").decoded_body();
  for (const char* link : {"<a href=\"/xxgk/zdly/shjz/\">社会救助数据和公示名单</a>",
                           "<a href=\"/xxgk/zdly/shzz/\">社会组织登记信息查询</a>",
                           "<a href=\"/xxgk/sgs/\">行政许可和行政处罚信息（双公示）</a>",
                           "<a href=\"/xxgk/qlqd/\">权力清单</a>", "<a href=\"/bszn/\">办事指南和办件查询</a>",
                           "<a href=\"/xxgk/jyta/\">建议提案办理结果</a>",
                           "<a href=\"/xxgk/nb/\">政府信息公开工作年度报告</a>",
                           "<a href=\"/xxgk/ysq/\">依申请公开：提交申请和查询进度</a>"}) {
    EXPECT_NE(home.find(link), std::string::npos) << link;
  }
  std::string section = server_.get("/xxgk/ml/shjz").decoded_body();
  EXPECT_NE(section.find("本栏目的数据和查询：<a href=\"/xxgk/zdly/shjz/\">社会救助数据和公示名单</a>"), std::string::npos);
  EXPECT_EQ(server_.get("/xxgk/ml/zcwj").decoded_body().find("本栏目的数据和查询"), std::string::npos);
}

TEST_F(PortalPagesTest, LayoutHasLandmarksSkipLinkAndFooter) {
  std::string body = server_.get("/xxgk/").decoded_body();
  EXPECT_NE(body.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(body.find("<a class=\"skip-link\" href=\"#main\">跳到主要内容</a>"), std::string::npos);
  EXPECT_NE(body.find("<main id=\"main\""), std::string::npos);
  EXPECT_NE(body.find("<nav class=\"main-nav\" aria-label=\"主导航\">"), std::string::npos);
  EXPECT_NE(body.find("aria-label=\"面包屑\""), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/xxgk/\" aria-current=\"page\">政府信息公开</a>"), std::string::npos);
  EXPECT_NE(body.find("主办单位：吴忠市民政局"), std::string::npos);
  EXPECT_NE(body.find("联系地址：宁夏吴忠市利通区明珠西路23号（邮政编码：751100）"), std::string::npos);
  EXPECT_NE(body.find("联系电话：0953-2036045"), std::string::npos);
  EXPECT_NE(body.find("网站标识码：6403000010"), std::string::npos);
  EXPECT_NE(body.find("宁ICP备05000123号-1"), std::string::npos);
  EXPECT_NE(body.find("宁公网安备 64030202000123号"), std::string::npos);
  // No inline script or style (the CSP forbids them).
  EXPECT_EQ(body.find("<script"), std::string::npos);
  EXPECT_EQ(body.find("style="), std::string::npos);
  EXPECT_EQ(body.find("<style"), std::string::npos);
}

TEST_F(PortalPagesTest, DisclosureHomeShowsCatalogueTreeAndLinks) {
  std::string body = server_.get("/xxgk/").decoded_body();
  EXPECT_NE(body.find("<a href=\"/xxgk/ml/zdly\">重点领域信息</a>"), std::string::npos);
  // 社会救助 is nested under 重点领域信息.
  size_t parent = body.find(">重点领域信息</a>");
  size_t child = body.find("<a href=\"/xxgk/ml/shjz\">社会救助</a>");
  ASSERT_NE(child, std::string::npos);
  EXPECT_LT(parent, child);
  for (const char* link : {"/xxgk/zn", "/xxgk/zd", "/xxgk/nb/", "/xxgk/ysq/"}) {
    EXPECT_NE(body.find(std::string("<li><a href=\"") + link + "\">"), std::string::npos) << link;
  }
}

TEST_F(PortalPagesTest, GuideShowsSectionsAndOfficeContacts) {
  auto reply = server_.get("/xxgk/zn");
  ASSERT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("<h1>吴忠市民政局政府信息公开指南</h1>"), std::string::npos);
  EXPECT_NE(body.find("<h2>一、公开范围</h2>"), std::string::npos);
  EXPECT_NE(body.find("<p>本机关主动公开的政府信息。</p>"), std::string::npos);
  EXPECT_NE(body.find("<p>依申请公开的政府信息。</p>"), std::string::npos);
  EXPECT_NE(body.find("<h2>二、收费标准</h2>"), std::string::npos);
  // The contacts follow the text of the guide's own "office" section, inside it.
  size_t office = body.find("<section id=\"zn-office\">\n  <h2>三、受理机构</h2>\n  <p>本局办公室受理申请，联系方式如下：</p>");
  size_t contacts = body.find("<dl class=\"office\">");
  ASSERT_NE(office, std::string::npos);
  ASSERT_NE(contacts, std::string::npos);
  EXPECT_LT(office, contacts);
  EXPECT_LT(contacts, body.find("</section>", office));
  EXPECT_EQ(count_of(body, "<dl class=\"office\">"), 1u);
  EXPECT_NE(body.find("<dt>机构名称</dt><dd>吴忠市民政局办公室</dd>"), std::string::npos);
  EXPECT_NE(body.find("<dt>办公地址</dt><dd>宁夏吴忠市利通区明珠西路23号</dd>"), std::string::npos);
  EXPECT_NE(body.find("<dt>办公时间</dt><dd>工作日上午8:30-12:00，下午14:30-18:00</dd>"), std::string::npos);
  EXPECT_NE(body.find("<dt>联系电话</dt><dd>0953-2036045</dd>"), std::string::npos);
  EXPECT_NE(body.find("<dt>传真</dt><dd>0953-2036046</dd>"), std::string::npos);
  EXPECT_NE(body.find("<dt>邮政编码</dt><dd>751100</dd>"), std::string::npos);
  EXPECT_NE(body.find("<dt>电子邮箱</dt><dd>wzsmzjbgswf@163.com</dd>"), std::string::npos);
}

TEST_F(PortalPagesTest, RulesPageListsTheRulesCategoryOnly) {
  auto reply = server_.get("/xxgk/zd");
  ASSERT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  std::string link = "<a href=\"/xxgk/item/" + std::to_string(server_.ids().rules) + "\">吴忠市民政局政务公开制度</a>";
  EXPECT_NE(body.find(link), std::string::npos);
  EXPECT_NE(body.find("吴民发〔2017〕3号"), std::string::npos);
  EXPECT_EQ(body.find("关于促进慈善事业健康发展的实施意见"), std::string::npos);
}

TEST_F(PortalPagesTest, RobotsTxtAllowsAllButAdminAndSearch) {
  auto reply = server_.get("/robots.txt");
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.decoded_body(),
            "User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /search\n"
            "Sitemap: https://xxgk.example.gov.cn/sitemap.xml\n");
}

TEST_F(PortalPagesTest, LargeTextSwitchSetsCookieAndGoesBack) {
  auto reply = server_.get("/a11y?mode=large&back=%2Fxxgk%2Fzn");
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(reply.header("location"), "/xxgk/zn");
  EXPECT_EQ(reply.header("set-cookie").rfind("gongkai_a11y=large;", 0), 0u);

  auto standard = server_.get("/a11y?mode=standard&back=%2F");
  EXPECT_EQ(standard.status, 303);
  EXPECT_NE(standard.header("set-cookie").find("Max-Age=0"), std::string::npos);
}

TEST_F(PortalPagesTest, LargeTextSwitchRefusesOffSiteTargets) {
  for (const char* back : {"https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example%2F", "%2F%5Cevil.example"}) {
    auto reply = server_.get(std::string("/a11y?mode=large&back=") + back);
    EXPECT_EQ(reply.status, 303) << back;
    EXPECT_EQ(reply.header("location"), "/") << back;
  }
  EXPECT_EQ(server_.get("/a11y?mode=huge&back=%2F").status, 400);
}

TEST_F(PortalPagesTest, LargeTextCookieMarksTheLayout) {
  std::string standard = server_.get("/xxgk/zn").decoded_body();
  EXPECT_NE(standard.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(standard.find(">大字版</a>"), std::string::npos);
  EXPECT_NE(standard.find("href=\"/a11y?mode=large&amp;back=%2Fxxgk%2Fzn\""), std::string::npos);

  std::string large = server_.get("/xxgk/zn", {{"Cookie", "other=1; gongkai_a11y=large"}}).decoded_body();
  EXPECT_NE(large.find("<html lang=\"zh-CN\" class=\"large-text\">"), std::string::npos);
  EXPECT_NE(large.find("<body class=\"large-text\">"), std::string::npos);
  EXPECT_NE(large.find(">标准版</a>"), std::string::npos);
}

TEST_F(PortalPagesTest, UnknownPathGetsTheChineseErrorPage) {
  auto reply = server_.get("/no/such/page");
  EXPECT_EQ(reply.status, 404);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("<html lang=\"zh-CN\""), std::string::npos);
  EXPECT_NE(body.find("<h1>页面不存在<span class=\"status\">（404）</span></h1>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/\">返回首页</a>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/search\">使用站内搜索</a>"), std::string::npos);
}

TEST_F(PortalPagesTest, BadInputGetsTheErrorPageWithItsMessage) {
  auto reply = server_.get("/xxgk/ml/?page=0");
  EXPECT_EQ(reply.status, 400);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("<h1>请求有误<span class=\"status\">（400）</span></h1>"), std::string::npos);
  EXPECT_NE(body.find("<p class=\"error\" role=\"alert\">页码无效：页码应为正整数。</p>"), std::string::npos);
}

TEST_F(PortalPagesTest, StaticStyleSheetIsServed) {
  auto reply = server_.get("/static/site.css");
  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.decoded_body().find("@media print"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::testing
