// The demo year of 依申请公开 (吴忠市利通区人民政府) loaded by `init --demo`
// through the domain functions, on both engines. Every expected value is a
// literal from docs/demo-ltq-2023.md, worked by hand on the calendar.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include "accounts/user_repository.h"
#include "app/demo_data.h"
#include "catalog/domain_fixture.h"
#include "core/errors.h"
#include "org/agency_repository.h"
#include "requests/demo_requests.h"
#include "requests/request_queries.h"
#include "requests/request_settings.h"

namespace gongkai::testing {
namespace {

const std::filesystem::path kDemoDir = std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo";

class DemoRequestsTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    calendar_ = WorkingDayCalendar::load(kDemoDir.parent_path() / "holidays");
    seal_ = std::make_unique<requests::IdentitySeal>(requests::IdentitySeal::Key{7});
    auto c = db_->lease();
    summary_ = app::load_demo(*c, actor_, kDemoDir, services(), true);
  }

  requests::RequestServices services() const { return {calendar_, *seal_}; }

  org::StaffActor staff(const std::string& username) {
    auto c = db_->lease();
    return accounts::find_user_by_username(*c, username)->actor("127.0.0.1");
  }

  // The application received on `received_on` (one a day in the demo).
  int64_t application(const std::string& received_on) {
    auto c = db_->lease();
    auto row = c->query_one("SELECT id FROM applications WHERE agency_id = ? AND received_on = ?",
                            {summary_.second_agency_id, received_on});
    EXPECT_TRUE(row) << received_on;
    return row ? row->integer(0) : 0;
  }

  struct Projection {
    std::string due_on;
    std::string outcome;
    std::string closed_on;
    std::string status;
  };
  Projection projection(const std::string& received_on) {
    auto c = db_->lease();
    auto row = c->query_one(
        "SELECT due_on, outcome, closed_on, status FROM applications WHERE agency_id = ? AND received_on = ?",
        {summary_.second_agency_id, received_on});
    return {row->text(0), row->text(1), row->text(2), row->text(3)};
  }

  std::map<std::string, int64_t> counts(const std::string& sql) {
    auto c = db_->lease();
    std::map<std::string, int64_t> out;
    for (const auto& r : c->query(sql, {summary_.second_agency_id})) out[r.text(0)] = r.integer(1);
    return out;
  }

  WorkingDayCalendar calendar_;
  std::unique_ptr<requests::IdentitySeal> seal_;
  app::DemoSummary summary_;
};

TEST_P(DemoRequestsTest, InitLoadsTheSecondAgencyWithItsAccountsSettingsAndFortyEightApplications) {
  EXPECT_EQ(summary_.applications, 48);
  EXPECT_EQ(summary_.second_accounts, 6);
  auto c = db_->lease();
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM applications WHERE agency_id = ?", {summary_.second_agency_id})
                ->integer(0),
            48);
  const auto agency = org::find_agency(*c, "ltqzf");
  ASSERT_TRUE(agency);
  EXPECT_EQ(agency->id, summary_.second_agency_id);
  EXPECT_EQ(agency->name, "吴忠市利通区人民政府");

  const auto office = accounts::find_user_by_username(*c, "lt_bangongshi");
  ASSERT_TRUE(office);
  EXPECT_EQ(office->agency_id, summary_.second_agency_id);
  EXPECT_EQ(office->role, org::Role::kOffice);
  EXPECT_TRUE(accounts::find_user_by_username(*c, "lt_admin"));
  EXPECT_EQ(accounts::find_user_by_username(*c, "bangongshi")->agency_id, summary_.agency_id);

  const auto setting = [&](int64_t agency_id, const std::string& key) {
    return c->query_one("SELECT value FROM agency_settings WHERE agency_id = ? AND setting_key = ?", {agency_id, key})
        ->text(0);
  };
  EXPECT_EQ(setting(summary_.second_agency_id, "requests.reply_number_prefix"), "利政依复");
  EXPECT_EQ(setting(summary_.agency_id, "requests.reply_number_prefix"), "吴民政依复");
  EXPECT_EQ(setting(summary_.second_agency_id, "requests.reconsideration_body"), "吴忠市人民政府");
  EXPECT_EQ(setting(summary_.agency_id, "requests.reconsideration_body"), "吴忠市人民政府");

  // Online and API applications came in from the portal; the others were registered by the office.
  const auto by = counts(
      "SELECT registered_by, COUNT(*) FROM applications WHERE agency_id = ? GROUP BY registered_by");
  EXPECT_EQ(by.at("public"), 30);
  EXPECT_EQ(by.at("lt_bangongshi"), 18);
  // Three complaints, all handled.
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM disclosure_complaints WHERE agency_id = ? AND handled_on IS NOT NULL",
                         {summary_.second_agency_id})
                ->integer(0),
            3);
}

TEST_P(DemoRequestsTest, DueDatesAndOutcomesAreTheHandWorkedOnes) {
  struct Expected {
    const char* key;
    const char* received_on;
    const char* due_on;
    const char* closed_on;
    const char* outcome;
  };
  const Expected cases[] = {
      {"2022-040 across 元旦 and 春节", "2022-12-27", "2023-01-30", "2023-01-28", "unavailable.not_held"},
      {"2023-005 fee paid", "2023-02-20", "2023-03-27", "2023-03-15", "disclosed"},
      {"2023-007 补正 restarts", "2023-03-06", "2023-04-14", "2023-04-11", "disclosed"},
      {"2023-013 third party over 劳动节", "2023-04-17", "2023-06-02", "2023-05-25", "withheld.third_party"},
      {"2023-025 replied late", "2023-07-17", "2023-08-14", "2023-08-15", "disclosed"},
      {"2023-031 extension over 国庆", "2023-08-28", "2023-10-20", "2023-10-18", "partial"},
      {"2023-032 fee unpaid", "2023-09-04", "2023-11-03", "2023-10-20", "other.fee_unpaid"},
      {"2023-034 third party over 国庆", "2023-09-18", "2023-11-08", "2023-11-02", "partial"},
      {"2023-044 补正 across the year", "2023-12-27", "2024-02-02", "2024-01-26", "disclosed"},
  };
  for (const auto& e : cases) {
    const Projection p = projection(e.received_on);
    EXPECT_EQ(p.due_on, e.due_on) << e.key;
    EXPECT_EQ(p.closed_on, e.closed_on) << e.key;
    EXPECT_EQ(p.outcome, e.outcome) << e.key;
    EXPECT_EQ(p.status, "closed") << e.key;
  }
  const Projection lapsed = projection("2023-06-12");  // 2023-020: the correction never came
  EXPECT_EQ(lapsed.outcome, "other.no_correction");
  EXPECT_EQ(lapsed.closed_on, "2023-07-05");

  // Exactly one reply is late: 2023-025, by one working day.
  const auto office = staff("lt_bangongshi");
  auto c = db_->lease();
  const auto late = requests::load_case(*c, services(), office, application("2023-07-17"), today_);
  EXPECT_TRUE(late.clock.replied_late());
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM applications WHERE agency_id = ? AND closed_on > due_on",
                         {summary_.second_agency_id})
                ->integer(0),
            1);
  // 2023-031 was extended once, by 15 working days.
  const auto extended = requests::load_case(*c, services(), office, application("2023-08-28"), today_);
  EXPECT_TRUE(extended.clock.extended);
  EXPECT_EQ(extended.clock.extension_days, 15);
  // The replies are numbered with the agency's prefix.
  EXPECT_EQ(late.request.reply_number.rfind("利政依复〔2023〕", 0), 0u) << late.request.reply_number;
}

// The table "Every application: the due date" of docs/demo-ltq-2023.md, row by
// row (key, received, due, replied, outcome). 2023-020's correction never came:
// the document gives no due date ("lapsed") and names 2023-07-11 as the one
// "measured against the original period"; the system keeps that one.
TEST_P(DemoRequestsTest, EveryApplicationMatchesTheDocumentsTable) {
  struct Row {
    const char* key;
    const char* received_on;
    const char* due_on;
    const char* closed_on;
    const char* outcome;
  };
  const Row table[] = {
      {"2022-038", "2022-12-12", "2023-01-10", "2023-01-06", "disclosed"},
      {"2022-039", "2022-12-19", "2023-01-17", "2023-01-13", "partial"},
      {"2022-040", "2022-12-27", "2023-01-30", "2023-01-28", "unavailable.not_held"},
      {"2023-001", "2023-01-09", "2023-02-09", "2023-02-01", "disclosed"},
      {"2023-002", "2023-01-16", "2023-02-16", "2023-01-20", "not_handled.petition"},
      {"2023-003", "2023-02-06", "2023-03-06", "2023-02-24", "withheld.enforcement_file"},
      {"2023-004", "2023-02-13", "2023-03-13", "2023-03-03", "disclosed"},
      {"2023-005", "2023-02-20", "2023-03-27", "2023-03-15", "disclosed"},
      {"2023-006", "2023-03-01", "2023-03-29", "2023-03-17", "unavailable.not_held"},
      {"2023-007", "2023-03-06", "2023-04-14", "2023-04-11", "disclosed"},
      {"2023-008", "2023-03-13", "2023-04-11", "2023-04-04", "unavailable.needs_creation"},
      {"2023-009", "2023-03-20", "2023-04-18", "2023-04-12", "withheld.process_info"},
      {"2023-010", "2023-03-27", "2023-04-24", "2023-04-14", "disclosed"},
      {"2023-011", "2023-04-03", "2023-05-04", "2023-04-21", "unavailable.not_held"},
      {"2023-012", "2023-04-10", "2023-05-09", "2023-04-26", "disclosed"},
      {"2023-013", "2023-04-17", "2023-06-02", "2023-05-25", "withheld.third_party"},
      {"2023-014", "2023-04-24", "2023-05-24", "2023-05-12", "partial"},
      {"2023-015", "2023-05-08", "2023-06-05", "2023-05-26", "unavailable.not_held"},
      {"2023-016", "2023-05-15", "2023-06-12", "2023-06-02", "partial"},
      {"2023-017", "2023-05-22", "2023-06-19", "2023-05-26", "not_handled.confirm_or_reissue"},
      {"2023-018", "2023-05-29", "2023-06-27", "2023-06-16", "withheld.internal_affairs"},
      {"2023-019", "2023-06-05", "2023-07-04", "2023-06-21", "unavailable.not_held"},
      {"2023-020", "2023-06-12", "2023-07-11", "2023-07-05", "other.no_correction"},
      {"2023-021", "2023-06-19", "2023-07-18", "2023-07-07", "disclosed"},
      {"2023-022", "2023-06-26", "2023-07-24", "2023-07-14", "unavailable.not_held"},
      {"2023-023", "2023-07-03", "2023-07-31", "2023-07-20", "withheld.state_secret"},
      {"2023-024", "2023-07-10", "2023-08-09", "2023-07-31", "disclosed"},
      {"2023-025", "2023-07-17", "2023-08-14", "2023-08-15", "disclosed"},
      {"2023-026", "2023-07-24", "2023-08-21", "2023-07-27", "not_handled.publication"},
      {"2023-027", "2023-08-01", "2023-08-29", "2023-08-18", "unavailable.not_held"},
      {"2023-028", "2023-08-07", "2023-09-04", "2023-08-29", "unavailable.needs_creation"},
      {"2023-029", "2023-08-14", "2023-09-11", "2023-09-01", "withheld.security_stability"},
      {"2023-030", "2023-08-21", "2023-09-18", "2023-08-25", "not_handled.petition"},
      {"2023-031", "2023-08-28", "2023-10-20", "2023-10-18", "partial"},
      {"2023-032", "2023-09-04", "2023-11-03", "2023-10-20", "other.fee_unpaid"},
      {"2023-033", "2023-09-11", "2023-10-13", "2023-09-27", "withheld.prohibited_by_law"},
      {"2023-034", "2023-09-18", "2023-11-08", "2023-11-02", "partial"},
      {"2023-035", "2023-09-25", "2023-10-27", "2023-09-28", "not_handled.repeat"},
      {"2023-036", "2023-10-09", "2023-11-06", "2023-10-27", "unavailable.not_held"},
      {"2023-037", "2023-10-16", "2023-11-13", "2023-10-20", "withheld.inquiry"},
      {"2023-038", "2023-10-23", "2023-12-04", "2023-11-30", "unavailable.still_unclear"},
      {"2023-039", "2023-11-01", "2023-11-29", "2023-11-17", "disclosed"},
      {"2023-040", "2023-11-06", "2023-12-04", "2023-11-24", "not_handled.excessive"},
      {"2023-041", "2023-11-20", "2023-12-18", "2023-12-08", "withheld.process_info"},
      {"2023-042", "2023-12-04", "2024-01-02", "2023-12-08", "other.other"},
      {"2023-043", "2023-12-26", "2024-01-24", "2024-01-17", "disclosed"},
      {"2023-044", "2023-12-27", "2024-02-02", "2024-01-26", "disclosed"},
      {"2023-045", "2023-12-28", "2024-01-26", "2024-01-22", "partial"},
  };
  ASSERT_EQ(std::size(table), 48u);
  for (const auto& row : table) {
    const Projection p = projection(row.received_on);
    EXPECT_EQ(p.due_on, row.due_on) << row.key;
    EXPECT_EQ(p.closed_on, row.closed_on) << row.key;
    EXPECT_EQ(p.outcome, row.outcome) << row.key;
  }
}

TEST_P(DemoRequestsTest, TheYear2023CountsAsTablesThreeAndFour) {
  // Table 三, outcome rows: replied in 2023.
  const std::map<std::string, int64_t> closed_2023{
      {"disclosed", 11},
      {"partial", 5},
      {"withheld.state_secret", 1},
      {"withheld.prohibited_by_law", 1},
      {"withheld.security_stability", 1},
      {"withheld.third_party", 1},
      {"withheld.internal_affairs", 1},
      {"withheld.process_info", 2},
      {"withheld.enforcement_file", 1},
      {"withheld.inquiry", 1},
      {"unavailable.not_held", 8},
      {"unavailable.needs_creation", 2},
      {"unavailable.still_unclear", 1},
      {"not_handled.petition", 2},
      {"not_handled.repeat", 1},
      {"not_handled.publication", 1},
      {"not_handled.excessive", 1},
      {"not_handled.confirm_or_reissue", 1},
      {"other.no_correction", 1},
      {"other.fee_unpaid", 1},
      {"other.other", 1},
  };
  EXPECT_EQ(counts("SELECT outcome, COUNT(*) FROM applications WHERE agency_id = ? "
                   "AND closed_on >= '2023-01-01' AND closed_on <= '2023-12-31' GROUP BY outcome"),
            closed_2023);
  // Row 一: received in 2023, per applicant kind.
  const std::map<std::string, int64_t> new_2023{{"natural", 29},        {"business", 7},     {"research", 2},
                                                {"public_interest", 2}, {"legal_service", 4}, {"other", 1}};
  EXPECT_EQ(counts("SELECT applicant_kind, COUNT(*) FROM applications WHERE agency_id = ? "
                   "AND received_on >= '2023-01-01' AND received_on <= '2023-12-31' GROUP BY applicant_kind"),
            new_2023);
  // Row 二: carried in (received in 2022, replied in 2023).
  const std::map<std::string, int64_t> carried_in{{"business", 1}, {"natural", 2}};
  EXPECT_EQ(counts("SELECT applicant_kind, COUNT(*) FROM applications WHERE agency_id = ? "
                   "AND received_on < '2023-01-01' GROUP BY applicant_kind"),
            carried_in);
  // Row 四: open on 2023-12-31 (received in December, replied in January 2024).
  const std::map<std::string, int64_t> carried_over{{"legal_service", 1}, {"natural", 2}};
  EXPECT_EQ(counts("SELECT applicant_kind, COUNT(*) FROM applications WHERE agency_id = ? "
                   "AND received_on <= '2023-12-31' AND closed_on > '2023-12-31' GROUP BY applicant_kind"),
            carried_over);

  // Table 四: five appeals filed in 2023, with the results known at the year's end.
  const std::map<std::string, int64_t> appeals{
      {"litigation_after_reconsideration/pending", 1},
      {"litigation_direct/upheld", 1},
      {"reconsideration/corrected", 1},
      {"reconsideration/other", 1},
      {"reconsideration/upheld", 1},
  };
  std::map<std::string, int64_t> found;
  auto c = db_->lease();
  for (const auto& r : c->query("SELECT p.kind, p.result, p.filed_on FROM application_appeals p "
                                "JOIN applications a ON a.id = p.application_id WHERE a.agency_id = ?",
                                {summary_.second_agency_id})) {
    EXPECT_EQ(r.text(2).substr(0, 4), "2023");
    ++found[r.text(0) + "/" + r.text(1)];
  }
  EXPECT_EQ(found, appeals);
  const auto litigation = requests::appeals_of(*c, application("2023-02-06"));  // 2023-003
  ASSERT_EQ(litigation.size(), 1u);
  EXPECT_EQ(litigation[0].case_number, "（2023）宁03行初9号");
  EXPECT_EQ(format_date(*litigation[0].decided_on), "2023-08-18");
}

TEST_P(DemoRequestsTest, FeesCollectedIn2023Are1250Yuan) {
  auto c = db_->lease();
  int64_t collected_fen = 0;
  int paid = 0;
  for (const auto& r : c->query("SELECT e.data_json FROM application_events e JOIN applications a "
                                "ON a.id = e.application_id WHERE a.agency_id = ? AND e.kind = 'fee_paid' "
                                "AND e.on_date >= '2023-01-01' AND e.on_date <= '2023-12-31'",
                                {summary_.second_agency_id})) {
    collected_fen += nlohmann::json::parse(r.text(0)).at("amount_fen").get<int64_t>();
    ++paid;
  }
  EXPECT_EQ(paid, 2);
  EXPECT_EQ(collected_fen, 125000);
  // 2023-032 was notified 5100 元 and never paid.
  auto unpaid = c->query_one(
      "SELECT e.data_json FROM application_events e JOIN applications a ON a.id = e.application_id "
      "WHERE a.agency_id = ? AND a.received_on = '2023-09-04' AND e.kind = 'fee_notice'",
      {summary_.second_agency_id});
  ASSERT_TRUE(unpaid);
  const auto notice = nlohmann::json::parse(unpaid->text(0));
  EXPECT_EQ(notice.at("amount_fen").get<int64_t>(), 510000);
  EXPECT_EQ(notice.at("pay_by").get<std::string>(), "2023-10-17");
}

TEST_P(DemoRequestsTest, IdNumbersAreSealedAtRestAndUnsealForTheOfficeOnly) {
  std::ifstream in(kDemoDir / "ltq" / "applications.json");
  const auto data = nlohmann::json::parse(in);
  std::vector<std::string> id_numbers;
  for (const auto& a : data.at("applications")) id_numbers.push_back(a.at("applicant").at("id_number"));
  ASSERT_EQ(id_numbers.size(), 48u);

  auto c = db_->lease();
  const auto rows = c->query("SELECT * FROM applications");
  ASSERT_EQ(rows.size(), 48u);
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string value = row.text(i);
      for (const auto& id : id_numbers) EXPECT_EQ(value.find(id), std::string::npos) << id;
    }
  }
  for (const auto& r : c->query("SELECT data_json, comment FROM application_events")) {
    for (const auto& id : id_numbers) EXPECT_EQ((r.text(0) + r.text(1)).find(id), std::string::npos) << id;
  }

  const auto office = staff("lt_bangongshi");
  EXPECT_EQ(requests::reveal_id_number(*c, services(), office, application("2023-03-06")),
            "640302199004181224");  // 2023-007 田玉梅
  EXPECT_EQ(requests::reveal_id_number(*c, services(), office, application("2023-02-06")),
            "31640000457812367D");  // 2023-003 宁夏正衡律师事务所
  EXPECT_THROW(requests::reveal_id_number(*c, services(), staff("lt_xinxiyuan"), application("2023-03-06")),
               Forbidden);
  // The first agency's office does not see the second agency's applications.
  EXPECT_THROW(requests::reveal_id_number(*c, services(), staff("bangongshi"), application("2023-03-06")), NotFound);
}

TEST_P(DemoRequestsTest, AFeeThatDiffersFromTheDataNamesTheApplicationAndStoresNothing) {
  std::ifstream in(kDemoDir / "ltq" / "applications.json");
  auto data = nlohmann::json::parse(in);
  nlohmann::json wrong = nlohmann::json::array();
  for (auto& a : data.at("applications")) {
    if (a.at("key") == "2023-005") {
      a["received_on"] = "2024-02-19";  // a Monday, like 2023-02-20
      a["events"][0]["on"] = "2024-03-01";
      a["events"][0]["pay_by"] = nullptr;
      a["events"][0]["expected_amount_yuan"] = 1000;  // 120 pages cost 1100 元
      a["events"] = nlohmann::json::array({a["events"][0]});
      wrong.push_back(a);
    }
  }
  ASSERT_EQ(wrong.size(), 1u);
  const auto file = std::filesystem::temp_directory_path() / ("gongkai_demo_wrong_fee_" + store::testing::random_suffix(8) + ".json");
  std::ofstream(file) << nlohmann::json{{"applications", wrong}}.dump();

  auto c = db_->lease();
  try {
    requests::load_demo_requests(*c, services(), staff("lt_bangongshi"), file);
    ADD_FAILURE() << "a wrong fee was accepted";
  } catch (const InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("2023-005"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("110000"), std::string::npos) << e.what();
  }
  std::filesystem::remove(file);
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM applications")->integer(0), 48);
}

TEST_P(DemoRequestsTest, OnlyKnownRequestSettingsAreAccepted) {
  auto c = db_->lease();
  EXPECT_THROW(requests::set_request_setting(*c, actor_, summary_.second_agency_id, "requests.unknown", "x"),
               InvalidInput);
  EXPECT_THROW(requests::set_request_setting(*c, actor_, summary_.second_agency_id, "requests.fee_time_counted", "2"),
               InvalidInput);
  EXPECT_THROW(requests::set_request_setting(*c, actor_, summary_.second_agency_id, "requests.reply_number_prefix", ""),
               InvalidInput);
  EXPECT_THROW(requests::set_request_setting(*c, actor_, 999999, "requests.reply_number_prefix", "某依复"), NotFound);
  requests::set_request_setting(*c, actor_, summary_.second_agency_id, "requests.reply_number_prefix", "利政公开复");
  EXPECT_EQ(c->query_one("SELECT value FROM agency_settings WHERE agency_id = ? AND setting_key = ?",
                         {summary_.second_agency_id, std::string("requests.reply_number_prefix")})
                ->text(0),
            "利政公开复");
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM audit_log WHERE action = 'setting.update' AND entity_id = ?",
                         {std::to_string(summary_.second_agency_id) + ":requests.reply_number_prefix"})
                ->integer(0),
            2);
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoRequestsTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
