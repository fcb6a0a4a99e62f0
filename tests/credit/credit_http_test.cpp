// 双公示 over HTTP on the demo agency (吴忠市民政局, its 26 licensing
// decisions of 2017): the public search, filters and detail page; a natural
// person's decision shown without the ID number and with the name masked; the
// back office's list, form refusals, publish, correction with a reason, the
// national-format export, the all-or-nothing import and the dashboard block.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <regex>

#include "accounts/user_repository.h"
#include "admin/admin_fixture.h"
#include "core/xlsx_writer.h"
#include "credit/decision_commands.h"

namespace gongkai::testing {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string first_link(const std::string& body, const std::string& prefix) {
  std::smatch match;
  if (!std::regex_search(body, match, std::regex("href=\"(" + prefix + "[0-9]+)\""))) return "";
  return match[1];
}

// The demo officer who keeps the records (xinxiyuan), as a domain actor.
org::StaffActor demo_officer() {
  auto connection = AdminServer::instance().app().database().lease();
  const auto user = accounts::find_user_by_username(*connection, "xinxiyuan");
  return user->actor("127.0.0.1");
}

credit::DecisionInput person_penalty(const std::string& number, const std::string& decided) {
  return {"penalty",
          {{"party_name", "王建军"}, {"party_category", "自然人"}, {"id_type", "身份证"},
           {"id_number", "640302198505120011"}, {"document_number", number},
           {"violation_type", "未经登记擅自以社会组织名义开展活动"}, {"violation_facts", "以协会名义收取会费"},
           {"penalty_basis", "《社会团体登记管理条例》第三十二条"}, {"penalty_category", "警告"},
           {"penalty_content", "警告"}, {"decision_date", decided}, {"penalty_valid_until", decided},
           {"authority", "吴忠市民政局"}, {"authority_credit_code", "11640300010423576U"},
           {"data_source", "吴忠市民政局"}, {"data_source_credit_code", "11640300010423576U"}}};
}

int64_t record(const credit::DecisionInput& input, bool publish) {
  auto& server = AdminServer::instance();
  auto connection = server.app().database().lease();
  const auto officer = demo_officer();
  const int64_t id = credit::record_decision(*connection, officer, server.app().today(), input);
  if (publish) credit::publish_decision(*connection, officer, server.app().today(), id);
  return id;
}

TEST(CreditHttpTest, ThePublicSearchFindsTheDemoLicencesByNameKindAndYear) {
  auto& server = AdminServer::instance();
  const std::string all = server.get("/xxgk/sgs/?kind=licensing&year=2017").decoded_body();
  EXPECT_TRUE(contains(all, "共 26 条公示信息"));  // 17 社会团体 + 8 民办非企业单位 + 1 养老机构
  EXPECT_TRUE(contains(all, "共 2 页，当前第 1 页"));
  const std::string found = server.get("/xxgk/sgs/?q=%E6%91%84%E5%BD%B1").decoded_body();  // 摄影
  EXPECT_TRUE(contains(found, "共 1 条公示信息"));
  EXPECT_TRUE(contains(found, "吴忠市摄影家协会"));
  EXPECT_TRUE(contains(found, "<td>行政许可</td><td>吴民社登〔2017〕1号</td><td>2017-01-11</td><td>2017-01-16</td>"));
  const std::string by_number =
      server.get("/xxgk/sgs/?q=%E5%90%B4%E6%B0%91%E5%85%BB%E8%AE%B8").decoded_body();  // 吴民养许
  EXPECT_TRUE(contains(by_number, "吴忠市利通区颐康养老院"));
  EXPECT_TRUE(contains(server.get("/xxgk/sgs/?year=2016").decoded_body(), "共 0 条公示信息"));
  EXPECT_EQ(server.get("/xxgk/sgs/?year=17").status, 400);
  EXPECT_EQ(server.get("/xxgk/sgs/?kind=nosuchkind").status, 400);
  EXPECT_EQ(server.get("/xxgk/sgs").status, 301);
}

TEST(CreditHttpTest, ADetailPageShowsTheFormatsFields) {
  auto& server = AdminServer::instance();
  const std::string found = server.get("/xxgk/sgs/?q=%E6%91%84%E5%BD%B1").decoded_body();
  const std::string link = first_link(found, "/xxgk/sgs/");
  ASSERT_FALSE(link.empty());
  const std::string page = server.get(link).decoded_body();
  EXPECT_TRUE(contains(page, "<th scope=\"row\">许可类别</th><td>登记</td>"));
  EXPECT_TRUE(contains(page, "<th scope=\"row\">统一社会信用代码</th><td>51640300MJ000107XU</td>"));
  EXPECT_TRUE(contains(page, "<th scope=\"row\">有效期至</th><td>2022-01-10</td>"));
  EXPECT_FALSE(contains(page, "证件号码"));
  EXPECT_EQ(server.get("/xxgk/sgs/987654321").status, 404);
  EXPECT_EQ(server.get("/xxgk/sgs/abc").status, 404);
}

TEST(CreditHttpTest, ANaturalPersonsIdNumberIsNeverShownAndTheNameIsMasked) {
  auto& server = AdminServer::instance();
  const int64_t id = record(person_penalty("吴民罚〔2018〕1号", "2018-03-05"), true);
  const std::string page = server.get("/xxgk/sgs/" + std::to_string(id)).decoded_body();
  EXPECT_TRUE(contains(page, "<th scope=\"row\">行政相对人名称</th><td>王*军</td>"));
  EXPECT_FALSE(contains(page, "640302198505120011"));
  EXPECT_FALSE(contains(page, "64*************011"));
  EXPECT_FALSE(contains(page, "王建军"));
  EXPECT_FALSE(contains(page, "身份证"));
  const std::string list = server.get("/xxgk/sgs/?year=2018").decoded_body();
  EXPECT_TRUE(contains(list, "王*军"));
  EXPECT_FALSE(contains(list, "王建军"));
  // The real name finds nothing.
  EXPECT_TRUE(contains(server.get("/xxgk/sgs/?q=%E7%8E%8B%E5%BB%BA%E5%86%9B").decoded_body(), "共 0 条公示信息"));
}

TEST(CreditHttpTest, AnUnpublishedDecisionIsNotPublic) {
  auto& server = AdminServer::instance();
  const int64_t id = record(person_penalty("吴民罚〔2018〕2号", "2018-03-06"), false);
  EXPECT_EQ(server.get("/xxgk/sgs/" + std::to_string(id)).status, 404);
}

FormFields licence_form(const std::string& code, const std::string& number) {
  return {{"kind", "licensing"},
          {"party_name", "吴忠市后台测试协会"},
          {"party_category", "法人及非法人组织"},
          {"credit_code", code},
          {"legal_representative", "杨秀兰"},
          {"document_name", "社会团体准予成立登记决定书"},
          {"document_number", number},
          {"licence_category", "登记"},
          {"licence_content", "准予成立登记"},
          {"decision_date", "2019-04-01"},
          {"valid_from", "2019-04-01"},
          {"valid_until", "2024-03-31"},
          {"authority", "吴忠市民政局"},
          {"authority_credit_code", "11640300010423576U"},
          {"data_source", "吴忠市民政局"},
          {"data_source_credit_code", "11640300010423576U"}};
}

TEST(CreditHttpTest, TheBackOfficeRecordsPublishesAndCorrectsWithAReason) {
  auto& server = AdminServer::instance();
  auto officer = server.login_as(org::Role::kOfficer);
  const std::string list = officer.get("/admin/credit?kind=licensing&year=2017").decoded_body();
  EXPECT_TRUE(contains(list, "href=\"/admin/credit\" aria-current=\"page\">双公示</a>"));
  EXPECT_TRUE(contains(list, "共26条决定信息"));
  EXPECT_TRUE(contains(list, "按时公开"));

  // 51640300MJ0000011Q: the check character is P (worked in tests/keyareas/social_organisation_test.cpp).
  const auto refused = officer.post("/admin/credit", licence_form("51640300MJ0000011Q", "吴民社登〔2019〕1号"));
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(contains(refused.decoded_body(), "统一社会信用代码校验位错误"));
  EXPECT_TRUE(contains(refused.decoded_body(), "value=\"吴忠市后台测试协会\""));  // the form is kept

  const auto created = officer.post("/admin/credit", licence_form("51640300MJ0000011P", "吴民社登〔2019〕1号"));
  ASSERT_EQ(created.status, 303);
  const std::string here = created.header("location");
  EXPECT_EQ(here.rfind("/admin/credit/", 0), 0u);
  EXPECT_EQ(officer.post("/admin/credit", licence_form("51640300MJ0000011P", "吴民社登〔2019〕1号")).status, 409);

  EXPECT_EQ(officer.post(here + "/publish", {}).status, 303);
  EXPECT_EQ(officer.post(here + "/publish", {}).status, 409);
  auto corrected = licence_form("51640300MJ0000011P", "吴民社登〔2019〕1号");
  corrected.push_back({"licence_content", "准予成立登记（更正）"});
  corrected.erase(std::find_if(corrected.begin(), corrected.end(),
                               [](const auto& f) { return f.first == "licence_content"; }));
  const auto no_reason = officer.post(here + "/correct", corrected);
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_TRUE(contains(no_reason.decoded_body(), "更正原因不能为空"));
  corrected.push_back({"reason", "许可内容录入不全"});
  EXPECT_EQ(officer.post(here + "/correct", corrected).status, 303);
  const std::string page = officer.get(here).decoded_body();
  EXPECT_TRUE(contains(page, "更正"));
  EXPECT_TRUE(contains(page, "许可内容录入不全（更正：许可内容）"));
  EXPECT_TRUE(contains(page, "<td>准予成立登记（更正）</td>"));
}

TEST(CreditHttpTest, TheExportIsTheNationalFormatAndTheImportIsAllOrNothing) {
  auto& server = AdminServer::instance();
  auto officer = server.login_as(org::Role::kOfficer);
  const auto csv = officer.get("/admin/credit/export.csv?kind=licensing&year=2017");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  const std::string body = csv.decoded_body();
  EXPECT_EQ(body.rfind("\xEF\xBB\xBF行政相对人名称,行政相对人类别,统一社会信用代码,", 0), 0u);
  EXPECT_TRUE(contains(body, "吴忠市摄影家协会,法人及非法人组织,51640300MJ000107XU,,,,,,赵国栋,,,"
                             "社会团体准予成立登记决定书,吴民社登〔2017〕1号,登记,社会团体法人登记证书,"
                             "51640300MJ000107XU,"));
  size_t lines = 0;
  for (const char c : body) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, 27u);  // the header and 26 decisions
  EXPECT_EQ(officer.get("/admin/credit/export.csv").status, 400);

  const std::string header = officer.get("/admin/credit/template.csv?kind=licensing").decoded_body();
  const std::string good = "吴忠市导入甲协会,法人及非法人组织,51640300MJ0000011P,,,,,,马建国,,,准予成立登记决定书,"
                           "吴民社登〔2020〕1号,登记,,,准予成立登记,2020-03-02,2020-03-02,2025-03-01,吴忠市民政局,"
                           "11640300010423576U,吴忠市民政局,11640300010423576U,\r\n";
  const std::string bad = "吴忠市导入乙协会,社会团体,51640300MJ0000011P,,,,,,马建国,,,准予成立登记决定书,"
                          "吴民社登〔2020〕2号,登记,,,准予成立登记,2020-03-02,2020-03-02,2025-03-01,吴忠市民政局,"
                          "11640300010423576U,吴忠市民政局,11640300010423576U,\r\n";
  const auto refused = officer.post_multipart("/admin/credit/import", {},
                                              {{"file", "sgs.csv", "text/csv", header + good + bad}});
  EXPECT_EQ(refused.status, 422);
  const std::string report = refused.decoded_body();
  EXPECT_TRUE(contains(report, "<td>第3行</td><td>行政相对人类别应为法人及非法人组织、自然人、个体工商户之一：社会团体</td>"));
  EXPECT_TRUE(contains(officer.get("/admin/credit?year=2020").decoded_body(), "共0条决定信息"));
  const auto accepted = officer.post_multipart("/admin/credit/import", {}, {{"file", "sgs.csv", "text/csv", header + good}});
  EXPECT_EQ(accepted.status, 303);
  EXPECT_TRUE(contains(officer.get("/admin/credit?year=2020&published=unpublished").decoded_body(), "共1条决定信息"));

  // The XLSX template, filled in with one more licence and uploaded as XLSX.
  const auto xlsx_template = officer.get("/admin/credit/template.xlsx?kind=licensing");
  ASSERT_EQ(xlsx_template.status, 200);
  EXPECT_EQ(xlsx_template.body.substr(0, 2), "PK");
  EXPECT_TRUE(contains(xlsx_template.header("content-disposition"), "sgs-licensing-template.xlsx"));
  std::string third = good;
  third.replace(third.find("吴忠市导入甲协会"), std::string("吴忠市导入甲协会").size(), "吴忠市导入丙协会");
  third.replace(third.find("〔2020〕1号"), std::string("〔2020〕1号").size(), "〔2020〕3号");
  const std::string xlsx = write_xlsx([&](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "行政许可");
    int r = 0;
    for (const std::string& line : {header.substr(3), third}) {  // the CSV header without its BOM
      int c = 0;
      std::string cell;
      for (const char ch : line.substr(0, line.find("\r\n")) + ",") {
        if (ch != ',') {
          cell += ch;
          continue;
        }
        if (!cell.empty()) worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), cell.c_str(), nullptr);
        cell.clear();
        ++c;
      }
      ++r;
    }
  });
  const auto from_xlsx = officer.post_multipart(
      "/admin/credit/import", {},
      {{"file", "双公示.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx}});
  EXPECT_EQ(from_xlsx.status, 303) << from_xlsx.decoded_body().substr(0, 2000);
  EXPECT_TRUE(contains(officer.get("/admin/credit?year=2020&published=unpublished").decoded_body(), "共2条决定信息"));
}

TEST(CreditHttpTest, TheDashboardListsAnOverdueDecision) {
  auto& server = AdminServer::instance();
  record(person_penalty("吴民罚〔2018〕9号", "2018-06-01"), false);
  auto officer = server.login_as(org::Role::kOfficer);
  const std::string board = officer.get("/admin/").decoded_body();
  EXPECT_TRUE(contains(board, "双公示待公开"));
  // 2018-06-01 (Friday) + 7 working days: 06-04 … 06-08, 06-11, 06-12 (端午节 is 06-18).
  EXPECT_TRUE(contains(board, "吴民罚〔2018〕9号（王建军）：决定日期2018-06-01，公示期限2018-06-12，逾期未公开"));
  auto reviewer = server.login_as(org::Role::kSecrecyReviewer);
  EXPECT_FALSE(contains(reviewer.get("/admin/").decoded_body(), "双公示待公开"));
  EXPECT_EQ(reviewer.get("/admin/credit").status, 403);
}

}  // namespace
}  // namespace gongkai::testing
