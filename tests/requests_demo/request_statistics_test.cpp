// The yearly figures (requests/request_statistics.h) of the demo agency
// 吴忠市利通区人民政府 for 2023, counted from its records, against every number
// of docs/demo-ltq-2023.md's table 三, table 四 and fees (the expected values
// are that document's literals), and checked by the report's rules C1–C4.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/demo_data.h"
#include "catalog/domain_fixture.h"
#include "core/errors.h"
#include "reports/report_checks.h"
#include "reports/report_json.h"
#include "requests/request_statistics.h"

namespace gongkai::testing {
namespace {

const std::filesystem::path kDemoDir = std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo";

// docs/demo-ltq-2023.md, "Table 三 (2021 format), year 2023", as JSON (`applications.rows`).
constexpr const char* kTableThree = R"({
  "new": [29,7,2,2,4,1,45], "carried_in": [2,1,0,0,0,0,3],
  "disclosed": [6,2,0,1,1,1,11], "partial": [2,3,0,0,0,0,5],
  "withheld.state_secret": [1,0,0,0,0,0,1], "withheld.prohibited_by_law": [1,0,0,0,0,0,1],
  "withheld.security_stability": [1,0,0,0,0,0,1], "withheld.third_party": [1,0,0,0,0,0,1],
  "withheld.internal_affairs": [1,0,0,0,0,0,1], "withheld.process_info": [1,0,0,0,1,0,2],
  "withheld.enforcement_file": [0,0,0,0,1,0,1], "withheld.inquiry": [1,0,0,0,0,0,1],
  "unavailable.not_held": [5,2,1,0,0,0,8], "unavailable.needs_creation": [0,0,1,1,0,0,2],
  "unavailable.still_unclear": [1,0,0,0,0,0,1],
  "not_handled.petition": [2,0,0,0,0,0,2], "not_handled.repeat": [1,0,0,0,0,0,1],
  "not_handled.publication": [1,0,0,0,0,0,1], "not_handled.excessive": [1,0,0,0,0,0,1],
  "not_handled.confirm_or_reissue": [1,0,0,0,0,0,1],
  "other.no_correction": [1,0,0,0,0,0,1], "other.fee_unpaid": [0,1,0,0,0,0,1],
  "other.other": [1,0,0,0,0,0,1],
  "total": [29,8,2,2,3,1,45], "carried_over": [2,0,0,0,1,0,3]
})";

class RequestYearDemoTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    calendar_ = WorkingDayCalendar::load(kDemoDir.parent_path() / "holidays");
    seal_ = std::make_unique<requests::IdentitySeal>(requests::IdentitySeal::Key{7});
    auto c = db_->lease();
    summary_ = app::load_demo(*c, actor_, kDemoDir, requests::RequestServices{calendar_, *seal_}, true);
  }

  requests::RequestYearFigures tally(int year) {
    auto c = db_->lease();
    return requests::tally_request_year(*c, summary_.second_agency_id, year);
  }

  static std::vector<double> row(const requests::RequestYearFigures& figures, const std::string& key) {
    const auto found = figures.applications.find(key);
    if (found == figures.applications.end()) return {};
    std::vector<double> cells;
    for (const auto& cell : found->second) cells.push_back(cell.value_or(-1));
    return cells;
  }

  static reports::ReportTables report_of(const requests::RequestYearFigures& figures) {
    reports::ReportTables report;
    report.format = figures.format;
    report.agency = "吴忠市利通区人民政府";
    report.year = figures.year;
    requests::put_request_figures(report, figures);
    return report;
  }

  WorkingDayCalendar calendar_;
  std::unique_ptr<requests::IdentitySeal> seal_;
  app::DemoSummary summary_;
};

TEST_P(RequestYearDemoTest, TableThreeOf2023IsTheHandWorkedOneCellByCell) {
  const auto figures = tally(2023);
  EXPECT_EQ(figures.year, 2023);
  EXPECT_EQ(figures.format, reports::ReportFormat::national_2021);
  const auto expected = nlohmann::json::parse(kTableThree);
  ASSERT_EQ(expected.size(), 25u);
  EXPECT_EQ(figures.applications.size(), 25u);  // every row of the 2021 format, none more
  for (const auto& [key, cells] : expected.items()) {
    EXPECT_EQ(row(figures, key), cells.get<std::vector<double>>()) << key;
  }
}

TEST_P(RequestYearDemoTest, TableFourOf2023CountsTheAppealsFiledWithTheirResultsAtTheYearsEnd) {
  const auto figures = tally(2023);
  // "The fifteen numbers in order: 1, 1, 1, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1."
  const std::array<double, 15> expected{1, 1, 1, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1};
  size_t i = 0;
  for (const char* group : {"reconsideration", "litigation_direct", "litigation_after_reconsideration"}) {
    for (const char* column : {"upheld", "corrected", "other", "pending", "total"}) {
      EXPECT_EQ(reports::cell_at(figures.appeals, group, column), expected[i]) << group << " " << column;
      ++i;
    }
  }
}

TEST_P(RequestYearDemoTest, FeesCollectedIn2023AreTwoApplicationsAnd1250Yuan) {
  const auto figures = tally(2023);
  EXPECT_EQ(figures.fees_collected.at("applications"), 2.0);  // 2023-005 and 2023-024
  EXPECT_EQ(figures.fees_collected.at("amount_yuan"), 1250.0);  // 1100 + 150; 2023-032's 5100 never paid
  EXPECT_EQ(figures.fees_collected.size(), 2u);
}

TEST_P(RequestYearDemoTest, TheFiguresPassTheReportsChecksAndWriteTheReportJson) {
  const auto report = report_of(tally(2023));
  const auto findings = reports::check_report(report);
  for (const auto& f : findings) {
    const bool tables_three_four = f.rule == "C1" || f.rule == "C2" || f.rule == "C3" || f.rule == "C4";
    if (!tables_three_four) continue;
    ADD_FAILURE() << reports::describe(f);  // no finding at all: no error, no blank, no skip
  }
  EXPECT_FALSE(reports::has_errors(findings));

  // Written as the report JSON, the tables read back with the document's literals.
  const auto json = nlohmann::json::parse(reports::write_report_json(report));
  EXPECT_EQ(json.at("applications").at("rows"), nlohmann::json::parse(kTableThree));
  EXPECT_EQ(json.at("fees_collected"), nlohmann::json::parse(R"({"applications": 2, "amount_yuan": 1250})"));
  EXPECT_EQ(json.at("appeals").at("reconsideration"),
            nlohmann::json::parse(R"({"upheld": 1, "corrected": 1, "other": 1, "pending": 0, "total": 3})"));
  EXPECT_NO_THROW(reports::read_report_json(reports::write_report_json(report)));
}

// 2024: the three applications carried over from 2023 are carried in and
// closed in January (2023-043 disclosed n, 2023-044 disclosed l, 2023-045
// partial n); the demo has no application received in 2024, no appeal, no fee.
TEST_P(RequestYearDemoTest, Year2024CarriesInWhat2023CarriedOver) {
  const auto figures = tally(2024);
  EXPECT_EQ(row(figures, "carried_in"), (std::vector<double>{2, 0, 0, 0, 1, 0, 3}));
  EXPECT_EQ(row(figures, "new"), (std::vector<double>{0, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(row(figures, "disclosed"), (std::vector<double>{1, 0, 0, 0, 1, 0, 2}));
  EXPECT_EQ(row(figures, "partial"), (std::vector<double>{1, 0, 0, 0, 0, 0, 1}));
  EXPECT_EQ(row(figures, "total"), (std::vector<double>{2, 0, 0, 0, 1, 0, 3}));
  EXPECT_EQ(row(figures, "carried_over"), (std::vector<double>{0, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(reports::cell_at(figures.appeals, "reconsideration", "total"), 0.0);
  EXPECT_EQ(figures.fees_collected.at("applications"), 0.0);
  // C6 with 2023 as last year's report: carried_in = last year's carried_over.
  const auto findings = reports::check_report(report_of(figures), nullptr);
  EXPECT_FALSE(reports::has_errors(findings));
  const auto last_year = report_of(tally(2023));
  for (const auto& f : reports::check_report(report_of(figures), &last_year)) {
    EXPECT_NE(f.rule, "C6") << reports::describe(f);
  }
}

TEST_P(RequestYearDemoTest, AYearWithoutNationalTablesOrAnUnknownAgencyIsRefused) {
  auto c = db_->lease();
  EXPECT_THROW(requests::tally_request_year(*c, summary_.second_agency_id, 2018), InvalidInput);
  EXPECT_THROW(requests::tally_request_year(*c, summary_.second_agency_id, 2007), InvalidInput);
  EXPECT_THROW(requests::tally_request_year(*c, 999999, 2023), NotFound);
  // A report for another year does not take the figures.
  reports::ReportTables other_year;
  other_year.year = 2022;
  EXPECT_THROW(requests::put_request_figures(other_year, tally(2023)), InvalidInput);
}

INSTANTIATE_TEST_SUITE_P(Engines, RequestYearDemoTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
