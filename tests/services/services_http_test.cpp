// 政务服务 over HTTP on the demo agency: the officer keeps an item through
// /admin/services (a bad form is 422 and stores nothing), publishes it, and
// registers a case at /admin/window; the public reads /xxgk/qlqd/ and the
// item page, and the applicant looks the case up at /bszn/cx — a wrong
// password is 404, the right one shows the status with the applicant masked
// and no-store; a step out of order is 409; a secrecy reviewer is refused;
// an overdue case shows on the dashboard.
#include <gtest/gtest.h>

#include <regex>

#include "admin/admin_fixture.h"

namespace gongkai::testing {
namespace {

constexpr const char* kIdNumber = "640302198506150028";
constexpr const char* kMobile = "13995370123";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

FormFields item_form(const std::string& code, const std::string& promised) {
  return {{"code", code},
          {"kind", "licensing"},
          {"name", "测试养老机构设立许可"},
          {"basis", "《中华人民共和国老年人权益保障法》第四十三条"},
          {"conditions", "床位数在10张以上"},
          {"materials", "设立申请书|1|0|\n场所使用证明|1|2|原件核对后退回"},
          {"steps", "受理|窗口收件\n审查|实地核查\n决定|许可决定\n办结|发证"},
          {"legal_days", "20"},
          {"promised_days", promised},
          {"fee", ""},
          {"fee_basis", ""},
          {"unit", "养老服务科"},
          {"window_location", "吴忠市政务服务中心一楼民政窗口"},
          {"phone", "0953-2036045"}};
}

std::string captured(const std::string& body, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(body, m, std::regex(pattern)) ? m[1].str() : "";
}

// Creates and publishes an item, returns its id.
std::string published_item(AdminSession& officer, const std::string& code) {
  const auto created = officer.post("/admin/services", item_form(code, "5"));
  EXPECT_EQ(created.status, 303);
  const std::string location = created.header("location");
  const std::string id = location.substr(location.rfind('/') + 1);
  EXPECT_EQ(officer.post(location + "/publish", {}).status, 303);
  return id;
}

TEST(ServicesHttpTest, ABadItemFormIsRefusedWith422AndNothingStored) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const auto before = officer.get("/admin/services").decoded_body();
  const auto reply = officer.post("/admin/services", item_form("HTTP-BAD-1", "-3"));
  EXPECT_EQ(reply.status, 422);
  EXPECT_TRUE(contains(reply.decoded_body(), "承诺办结时限不能为负数"));
  EXPECT_FALSE(contains(officer.get("/admin/services").decoded_body(), "HTTP-BAD-1"));
  auto reviewer = AdminServer::instance().login_as(org::Role::kSecrecyReviewer);
  EXPECT_EQ(reviewer.get("/admin/services").status, 403);
  EXPECT_EQ(reviewer.get("/admin/window").status, 403);
}

TEST(ServicesHttpTest, APublishedItemIsOnThePowerListWithItsMaterialsAndPhone) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const std::string id = published_item(officer, "HTTP-XK-1");
  const std::string list = AdminServer::instance().get("/xxgk/qlqd/").decoded_body();
  EXPECT_TRUE(contains(list, "<h2>行政许可（"));
  EXPECT_TRUE(contains(list, "<a href=\"/xxgk/qlqd/" + id + "\">测试养老机构设立许可</a>"));
  const auto item = AdminServer::instance().get("/xxgk/qlqd/" + id);
  ASSERT_EQ(item.status, 200);
  const std::string body = item.decoded_body();
  EXPECT_TRUE(contains(body, "<th scope=\"row\">场所使用证明</th><td>1份</td><td>2份</td><td>原件核对后退回</td>"));
  EXPECT_TRUE(contains(body, "<dt>承诺办结时限</dt><dd>5个工作日</dd>"));
  EXPECT_TRUE(contains(body, "<dt>收费标准</dt><dd>不收费</dd>"));
  EXPECT_TRUE(contains(body, "<dt>咨询电话</dt><dd>0953-2036045</dd>"));
  EXPECT_TRUE(contains(AdminServer::instance().get("/bszn/").decoded_body(), "测试养老机构设立许可"));
  EXPECT_EQ(AdminServer::instance().get("/xxgk/qlqd/999999").status, 404);
}

TEST(ServicesHttpTest, TheApplicantLooksUpTheCaseWithCodeAndPasswordAndSeesItMasked) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const std::string id = published_item(officer, "HTTP-XK-2");
  const std::string today = format_date(today_in_china());
  const auto registered = officer.post("/admin/window", {{"item_id", id},
                                                         {"applicant_name", "马玉兰"},
                                                         {"id_number", kIdNumber},
                                                         {"phone", kMobile},
                                                         {"received_on", today},
                                                         {"outcome", "accepted"}});
  ASSERT_EQ(registered.status, 200);
  EXPECT_EQ(registered.header("cache-control"), "no-store");
  const std::string page = registered.decoded_body();
  const std::string code = captured(page, "id=\"tracking-code\">([A-Z0-9-]+)<");
  const std::string password = captured(page, "id=\"query-password\">([A-Z0-9]+)<");
  ASSERT_EQ(code.size(), 14u);
  ASSERT_EQ(password.size(), 10u);

  const auto wrong = AdminServer::instance().post("/bszn/cx", {{"code", code}, {"password", "WRONGPASS1"}});
  EXPECT_EQ(wrong.status, 404);
  EXPECT_TRUE(contains(wrong.decoded_body(), "查询码或查询密码不正确"));
  const auto right = AdminServer::instance().post("/bszn/cx", {{"code", code}, {"password", password}});
  ASSERT_EQ(right.status, 200);
  EXPECT_EQ(right.header("cache-control"), "no-store");
  const std::string body = right.decoded_body();
  EXPECT_TRUE(contains(body, "<span class=\"status status-accepted\">已受理</span>"));
  EXPECT_TRUE(contains(body, "马*兰"));
  EXPECT_TRUE(contains(body, "64*************028"));
  EXPECT_TRUE(contains(body, "139****0123"));
  EXPECT_FALSE(contains(body, kIdNumber));
  EXPECT_FALSE(contains(body, kMobile));
  EXPECT_FALSE(contains(body, "马玉兰"));

  // A conclusion before any decision is refused with 409; the case is unchanged.
  const std::string case_url = captured(page, "href=\"(/admin/window/[0-9]+)\"");
  ASSERT_FALSE(case_url.empty());
  const auto conclude = officer.post(case_url + "/steps", {{"kind", "concluded"}, {"on", today}});
  EXPECT_EQ(conclude.status, 409);
  EXPECT_TRUE(contains(conclude.decoded_body(), "不能办理“办结”"));
  const auto decide = officer.post(case_url + "/steps", {{"kind", "decided"}, {"on", today}, {"granted", "1"}});
  EXPECT_EQ(decide.status, 303);
  const std::string case_page = officer.get(case_url).decoded_body();
  EXPECT_TRUE(contains(case_page, "已决定，待办结"));

  // Staff see the ID number masked until they ask; each look is audited.
  EXPECT_TRUE(contains(case_page, "<span id=\"id-number-masked\">64*************028</span>"));
  EXPECT_FALSE(contains(case_page, kIdNumber));
  const auto revealed = officer.post(case_url + "/reveal-id", {});
  ASSERT_EQ(revealed.status, 200);
  EXPECT_TRUE(contains(revealed.decoded_body(), std::string("id=\"id-number-clear\">") + kIdNumber + "</strong>"));
  auto auditor = AdminServer::instance().login_as(org::Role::kAdministrator);
  const std::string audit = auditor.get("/admin/audit?action=window_case.reveal_id").decoded_body();
  EXPECT_TRUE(contains(audit, "window_case.reveal_id")) << audit.substr(0, 2000);
  EXPECT_FALSE(contains(officer.get(case_url).decoded_body(), kIdNumber));
  auto reviewer = AdminServer::instance().login_as(org::Role::kSecrecyReviewer);
  EXPECT_EQ(reviewer.post(case_url + "/reveal-id", {}).status, 403);
}

TEST(ServicesHttpTest, AnOverdueCaseIsOnTheDashboard) {
  auto officer = AdminServer::instance().login_as(org::Role::kOfficer);
  const auto created = officer.post("/admin/services", item_form("HTTP-JB-1", "0"));
  ASSERT_EQ(created.status, 303);
  const std::string location = created.header("location");
  ASSERT_EQ(officer.post(location + "/publish", {}).status, 303);
  // An item settled on the spot (0 days), accepted ten days ago: overdue.
  const std::string received = format_date(from_days_since_epoch(days_since_epoch(today_in_china()) - 10));
  ASSERT_EQ(officer.post("/admin/window", {{"item_id", location.substr(location.rfind('/') + 1)},
                                           {"applicant_name", "丁学军"},
                                           {"id_number", "64030219720301151X"},
                                           {"phone", "0953-2139876"},
                                           {"received_on", received},
                                           {"outcome", "accepted"}})
                .status,
            200);
  const std::string dashboard = officer.get("/admin/").decoded_body();
  EXPECT_TRUE(contains(dashboard, "<h2 id=\"window-title\">窗口办件：已逾期")) << dashboard.substr(0, 3000);
  EXPECT_TRUE(contains(dashboard, "测试养老机构设立许可"));
  EXPECT_TRUE(contains(officer.get("/admin/window").decoded_body(), "已逾期"));
}

}  // namespace
}  // namespace gongkai::testing
