// 社会组织 over HTTP, on the demo agency: the public search by name or credit
// code with the kind filter and paging, an organisation's page with its
// history, and the publicity notices of a registration and a cancellation.
#include <gtest/gtest.h>

#include <regex>

#include "admin/admin_fixture.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The first link to an organisation's page in a search result.
std::string first_organisation_link(const std::string& body) {
  std::smatch match;
  if (!std::regex_search(body, match, std::regex("href=\"(/xxgk/zdly/shzz/[0-9]+)\""))) return "";
  return match[1];
}

std::string first_notice_link(const std::string& body) {
  std::smatch match;
  if (!std::regex_search(body, match, std::regex("href=\"(/xxgk/zdly/shzz/gg/[0-9]+)\""))) return "";
  return match[1];
}

TEST(SocialOrganisationHttpTest, SearchByNameFindsTheOrganisationWithItsCode) {
  const auto reply = AdminServer::instance().get("/xxgk/zdly/shzz/?q=%E6%91%84%E5%BD%B1");  // 摄影
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "共 1 个社会组织"));
  EXPECT_TRUE(contains(body, "吴忠市摄影家协会"));
  EXPECT_TRUE(contains(body, "<td>社会团体</td><td>51640300MJ000107XU</td>"));
  EXPECT_TRUE(contains(body, "<td>2017-01-11</td><td>正常</td>"));
}

TEST(SocialOrganisationHttpTest, SearchByCodeIgnoresCase) {
  const std::string body = AdminServer::instance().get("/xxgk/zdly/shzz/?q=51640300mj000107").decoded_body();
  EXPECT_TRUE(contains(body, "共 1 个社会组织"));
  EXPECT_TRUE(contains(body, "吴忠市摄影家协会"));
}

TEST(SocialOrganisationHttpTest, TheKindFilterAndPaging) {
  auto& server = AdminServer::instance();
  const std::string elderly = server.get("/xxgk/zdly/shzz/?kind=elderly_care").decoded_body();
  EXPECT_TRUE(contains(elderly, "共 1 个社会组织"));
  EXPECT_TRUE(contains(elderly, "吴忠市利通区颐康养老院"));
  // 民办非企业单位: 8 registered and 12 cancelled in 2017, 1 older = 21: two pages of 20.
  const std::string first = server.get("/xxgk/zdly/shzz/?kind=private_non_enterprise").decoded_body();
  EXPECT_TRUE(contains(first, "共 21 个社会组织"));
  EXPECT_TRUE(contains(first, "共 2 页，当前第 1 页"));
  const std::string second = server.get("/xxgk/zdly/shzz/?kind=private_non_enterprise&page=2").decoded_body();
  EXPECT_TRUE(contains(second, "共 2 页，当前第 2 页"));
  EXPECT_EQ(server.get("/xxgk/zdly/shzz/?kind=nosuchkind").status, 400);
}

TEST(SocialOrganisationHttpTest, ARegistrationNoticeIsPublished) {
  auto& server = AdminServer::instance();
  const std::string found = server.get("/xxgk/zdly/shzz/?q=%E6%91%84%E5%BD%B1").decoded_body();
  const std::string page = server.get(first_organisation_link(found)).decoded_body();
  EXPECT_TRUE(contains(page, "<h1>吴忠市摄影家协会</h1>"));
  const auto notice = server.get(first_notice_link(page));
  ASSERT_EQ(notice.status, 200);
  const std::string body = notice.decoded_body();
  EXPECT_TRUE(contains(body, "吴忠市摄影家协会成立登记公告"));
  EXPECT_TRUE(contains(body, "《社会团体登记管理条例》"));
  EXPECT_TRUE(contains(body, "统一社会信用代码：51640300MJ000107XU"));
}

TEST(SocialOrganisationHttpTest, ACancellationNoticeIsPublished) {
  auto& server = AdminServer::instance();
  const std::string found = server.get("/xxgk/zdly/shzz/?q=%E9%9B%86%E9%82%AE").decoded_body();  // 集邮
  EXPECT_TRUE(contains(found, "<td>已注销</td>"));
  const std::string page = server.get(first_organisation_link(found)).decoded_body();
  // The registration (2004) first, then the 2017 cancellation: its notice is the second link.
  const auto cancellation = page.rfind("/xxgk/zdly/shzz/gg/");
  ASSERT_NE(cancellation, std::string::npos);
  const std::string body = server.get(first_notice_link(page.substr(cancellation - 6))).decoded_body();
  EXPECT_TRUE(contains(body, "吴忠市集邮协会注销登记公告"));
  EXPECT_TRUE(contains(body, "注销原因：经会员大会决议自行解散"));
}

TEST(SocialOrganisationHttpTest, UnknownIdsAreNotFound) {
  auto& server = AdminServer::instance();
  EXPECT_EQ(server.get("/xxgk/zdly/shzz/999999").status, 404);
  EXPECT_EQ(server.get("/xxgk/zdly/shzz/gg/999999").status, 404);
  EXPECT_EQ(server.get("/xxgk/zdly/shzz/gg/abc").status, 404);
}

TEST(SocialOrganisationHttpTest, TheBackOfficeRegistersAndRefusesBadCodes) {
  auto& server = AdminServer::instance();
  auto officer = server.login_as(org::Role::kOfficer);
  const std::string list = officer.get("/admin/organisations").decoded_body();
  EXPECT_TRUE(contains(list, "吴忠市摄影家协会"));
  EXPECT_TRUE(contains(list, "href=\"/admin/organisations\" aria-current=\"page\">社会组织</a>"));
  FormFields fields = {{"kind", "social_group"},           {"name", "吴忠市后台测试协会"},
                       {"credit_code", "51640300MJ0000011Q"}, {"legal_representative", "杨秀兰"},
                       {"business_scope", "开展交流活动"},     {"registration_authority", "吴忠市民政局"},
                       {"registered_on", "2018-03-01"}};
  const auto bad = officer.post("/admin/organisations", fields);
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.decoded_body(), "统一社会信用代码校验位错误：51640300MJ0000011Q"));
  EXPECT_TRUE(contains(server.get("/xxgk/zdly/shzz/?q=51640300MJ0000011").decoded_body(), "共 0 个社会组织"));
  fields[2].second = "51640300MJ0000011P";  // the check character worked by hand in social_organisation_test.cpp
  EXPECT_EQ(officer.post("/admin/organisations", fields).status, 303);
  EXPECT_TRUE(contains(server.get("/xxgk/zdly/shzz/?q=51640300MJ0000011").decoded_body(), "吴忠市后台测试协会"));
  const auto again = officer.post("/admin/organisations", fields);
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(contains(again.decoded_body(), "已登记，不能重复登记"));
  auto reviewer = server.login_as(org::Role::kSecrecyReviewer);
  EXPECT_EQ(reviewer.get("/admin/organisations").status, 403);
}

}  // namespace
}  // namespace gongkai::testing
