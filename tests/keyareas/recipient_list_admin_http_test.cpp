// 社会救助公示名单 in the back office over HTTP (the demo agency): an import
// with bad rows lists each by number and stores nothing; a good one makes a
// draft the public cannot see; publishing shows it masked on the portal;
// withdrawing with a reason removes the rows from the public page; only
// kManageKeyAreas roles reach the pages.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "admin/admin_fixture.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string kHeader = "户主姓名,身份证号码,乡镇（街道）,村（社区）,家庭人口,保障金额（元）,变动情况\n";
// 640302198503120018 and 640302196207041228: check characters worked by hand
// (see recipient_list_test.cpp for the first).
const std::string kGood = kHeader + "马秀兰,640302198503120018,古城镇,红星村,3,1260,新增\n" +
                          "杨林,640302196207041228,古城镇,古城社区,1,420.50,\n";

TEST(RecipientListAdminHttpTest, AnImportWithBadRowsNamesEachRowAndStoresNothing) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const std::string csv = kGood + "田芳,640302198503120019,古城镇,红星村,2,300,\n" + "苏兰,640302198503120018,古城镇,红星村,2,300,\n";
  const auto reply = officer.post_multipart(
      "/admin/assistance/lists", {{"programme", "urban_dibao"}, {"period", "2017-10"}, {"area", "古城镇"}, {"kind", "roster"}},
      {{"file", "名单.csv", "text/csv", csv}});
  EXPECT_EQ(reply.status, 422);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "文件中有2行有误，未导入任何数据"));
  EXPECT_TRUE(contains(body, "<li>第4行：身份证号码无效（校验位或出生日期不符合GB 11643）：64*************019</li>"));
  EXPECT_TRUE(contains(body, "<li>第5行：身份证号码与第2行重复</li>"));
  EXPECT_FALSE(contains(officer.get("/admin/assistance/lists").decoded_body(), "城市低保2017年10月古城镇"));
}

TEST(RecipientListAdminHttpTest, ImportPublishAndWithdraw) {
  auto& server = AdminServer::instance();
  auto officer = server.login_as(org::Role::kOfficer);
  const auto imported = officer.post_multipart(
      "/admin/assistance/lists", {{"programme", "urban_dibao"}, {"period", "2017-12"}, {"area", "古城镇"}, {"kind", "roster"}},
      {{"file", "名单.csv", "text/csv", kGood}});
  ASSERT_EQ(imported.status, 303) << imported.decoded_body();
  const std::string admin_url = imported.header("location");
  ASSERT_EQ(admin_url.rfind("/admin/assistance/lists/", 0), 0u);
  const std::string id = admin_url.substr(admin_url.rfind('/') + 1);
  const std::string public_url = "/xxgk/zdly/shjz/urban_dibao/gs/" + id;
  // A draft: the back office sees the names in clear, the public nothing.
  const std::string draft = officer.get(admin_url).decoded_body();
  EXPECT_TRUE(contains(draft, "<td>马秀兰</td>"));
  EXPECT_FALSE(contains(draft, "640302198503120018"));
  EXPECT_EQ(server.get(public_url).status, 404);

  ASSERT_EQ(officer.post(admin_url, {{"action", "publish"}}).status, 303);
  const std::string shown = server.get(public_url).decoded_body();
  EXPECT_TRUE(contains(shown, "<th scope=\"row\">马*兰</th><td>古城镇</td><td>红星村</td><td>3</td><td>1,260.00</td><td>新增</td>"));
  EXPECT_TRUE(contains(shown, "<th scope=\"row\">杨*</th>"));
  EXPECT_FALSE(contains(shown, "马秀兰"));
  EXPECT_TRUE(contains(server.get("/xxgk/zdly/shjz/urban_dibao").decoded_body(), "href=\"" + public_url + "\""));

  const auto no_reason = officer.post(admin_url, {{"action", "withdraw"}, {"reason", ""}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_TRUE(contains(no_reason.decoded_body(), "撤回理由不能为空"));
  ASSERT_EQ(officer.post(admin_url, {{"action", "withdraw"}, {"reason", "金额有误，更正后重新公示"}}).status, 303);
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));  // the portal's page cache lives one second
  const std::string withdrawn = server.get(public_url).decoded_body();
  EXPECT_TRUE(contains(withdrawn, "撤回理由：金额有误，更正后重新公示"));
  EXPECT_FALSE(contains(withdrawn, "马*兰"));
  EXPECT_FALSE(contains(withdrawn, "<table"));
  EXPECT_EQ(officer.post(admin_url, {{"action", "publish"}}).status, 409);
}

TEST(RecipientListAdminHttpTest, TemplatesAndRoles) {
  auto& server = AdminServer::instance();
  auto office = server.login_as(org::Role::kOffice);
  const auto csv = office.get("/admin/assistance/lists/template.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.decoded_body(), "\xEF\xBB\xBF" "户主姓名,身份证号码,乡镇（街道）,村（社区）,家庭人口,保障金额（元）,变动情况\r\n");
  const auto xlsx = office.get("/admin/assistance/lists/template.xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.decoded_body().substr(0, 4), std::string("PK\x03\x04", 4));
  auto reviewer = server.login_as(org::Role::kSecrecyReviewer);
  EXPECT_EQ(reviewer.get("/admin/assistance/lists").status, 403);
}

}  // namespace
}  // namespace gongkai::testing
