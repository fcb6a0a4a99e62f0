// The yearly figures (requests/request_statistics.h) on a few constructed
// cases, on both engines: an application across the year end counts as
// carried over in one year and carried in and replied in the next; an appeal
// decided after 31 December is pending in its year and not counted again; a
// fee counts in the year it was paid; the 2019 format's single 其他处理 row.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/errors.h"
#include "engagement/engagement_fixture.h"
#include "org/agency_repository.h"
#include "reports/report_checks.h"
#include "requests/appeal.h"
#include "requests/request_commands.h"
#include "requests/request_statistics.h"

namespace gongkai::testing {
namespace {

using requests::CaseAction;
using requests::RequestEventKind;

using Cells = std::vector<double>;
const Cells kNone{0, 0, 0, 0, 0, 0, 0};
const Cells kOneNatural{1, 0, 0, 0, 0, 0, 1};

class RequestYearTest : public EngagementTest {
 protected:
  void SetUp() override {
    EngagementTest::SetUp();
    seal_ = std::make_unique<requests::IdentitySeal>(requests::IdentitySeal::Key{});
  }

  requests::RequestServices services() const { return {calendar_, *seal_}; }

  // A natural person's application through the portal, received on `date`.
  int64_t file(const std::string& date) {
    requests::ApplicationForm f;
    f.applicant_kind = "natural";
    f.name = "张小明";
    f.id_type = "resident_id";
    f.id_number = "11010519491231002X";
    f.phone = "13912345678";
    f.address = "宁夏吴忠市利通区胜利镇某村5组12号";
    f.postcode = "751100";
    f.description = "本镇城乡低保对象名单及保障金额";
    f.form_wanted = "paper";
    f.delivery = "post";
    auto c = db_->lease();
    return requests::file_request(*c, services(), sender("203.0.113.5", at(date)), agency_, f, "online").id;
  }

  void act(int64_t id, RequestEventKind kind, const std::string& on, const std::string& outcome = "",
           int pages = 0) {
    CaseAction a;
    a.kind = kind;
    a.on = *parse_date(on);
    a.outcome = outcome;
    if (pages > 0) {
      a.fee_mode = "per_page";
      a.units = pages;
    }
    auto c = db_->lease();
    requests::act_on_request(*c, services(), office_, id, a, at(on, 10));
  }

  int64_t appeal(int64_t application, const std::string& kind, const std::string& filed_on) {
    requests::Appeal a;
    a.application_id = application;
    a.kind = kind;
    a.filed_on = *parse_date(filed_on);
    a.body = kind == "reconsideration" ? "吴忠市人民政府" : "吴忠市中级人民法院";
    auto c = db_->lease();
    return requests::record_appeal(*c, office_, a, *parse_date(filed_on));
  }

  void decide(int64_t appeal_id, const std::string& result, const std::string& on) {
    auto c = db_->lease();
    requests::decide_appeal(*c, office_, appeal_id, result, parse_date(on), "", *parse_date(on));
  }

  requests::RequestYearFigures tally(int year) {
    auto c = db_->lease();
    return requests::tally_request_year(*c, agency_, year);
  }

  static Cells row(const requests::RequestYearFigures& figures, const std::string& key) {
    const auto found = figures.applications.find(key);
    if (found == figures.applications.end()) return {};
    Cells cells;
    for (const auto& cell : found->second) cells.push_back(cell.value_or(-1));
    return cells;
  }

  static std::vector<reports::Finding> checks(const requests::RequestYearFigures& figures) {
    reports::ReportTables report;
    report.format = figures.format;
    report.year = figures.year;
    requests::put_request_figures(report, figures);
    return reports::check_report(report);
  }

  std::unique_ptr<requests::IdentitySeal> seal_;
};

TEST_P(RequestYearTest, AnApplicationAcrossTheYearEndIsCarriedOverThenCarriedInAndReplied) {
  const int64_t december = file("2022-12-28");
  act(december, RequestEventKind::kReplied, "2023-01-10", "disclosed");
  const int64_t november = file("2022-11-01");  // received and replied in 2022: not in 2023 at all
  act(november, RequestEventKind::kReplied, "2022-11-10", "unavailable.not_held");

  const auto y2022 = tally(2022);
  EXPECT_EQ(row(y2022, "new"), (Cells{2, 0, 0, 0, 0, 0, 2}));
  EXPECT_EQ(row(y2022, "carried_in"), kNone);
  EXPECT_EQ(row(y2022, "unavailable.not_held"), kOneNatural);
  EXPECT_EQ(row(y2022, "disclosed"), kNone);
  EXPECT_EQ(row(y2022, "total"), kOneNatural);
  EXPECT_EQ(row(y2022, "carried_over"), kOneNatural);

  const auto y2023 = tally(2023);
  EXPECT_EQ(row(y2023, "new"), kNone);
  EXPECT_EQ(row(y2023, "carried_in"), kOneNatural);
  EXPECT_EQ(row(y2023, "disclosed"), kOneNatural);
  EXPECT_EQ(row(y2023, "unavailable.not_held"), kNone);
  EXPECT_EQ(row(y2023, "total"), kOneNatural);
  EXPECT_EQ(row(y2023, "carried_over"), kNone);
  EXPECT_FALSE(reports::has_errors(checks(y2022)));
  EXPECT_FALSE(reports::has_errors(checks(y2023)));
}

TEST_P(RequestYearTest, AnAppealDecidedInTheNextYearIsPendingInItsYearAndNotCountedAgain) {
  const int64_t id = file("2023-01-09");
  act(id, RequestEventKind::kReplied, "2023-01-20", "withheld.process_info");
  const int64_t review = appeal(id, "reconsideration", "2023-02-01");
  const int64_t lawsuit = appeal(id, "litigation_direct", "2023-03-01");
  decide(lawsuit, "corrected", "2023-12-31");  // decided on the year's last day: known at its end
  decide(review, "upheld", "2024-01-15");

  const auto y2023 = tally(2023);
  EXPECT_EQ(reports::cell_at(y2023.appeals, "reconsideration", "pending"), 1.0);
  EXPECT_EQ(reports::cell_at(y2023.appeals, "reconsideration", "upheld"), 0.0);
  EXPECT_EQ(reports::cell_at(y2023.appeals, "reconsideration", "total"), 1.0);
  EXPECT_EQ(reports::cell_at(y2023.appeals, "litigation_direct", "corrected"), 1.0);
  EXPECT_EQ(reports::cell_at(y2023.appeals, "litigation_direct", "total"), 1.0);
  EXPECT_EQ(reports::cell_at(y2023.appeals, "litigation_after_reconsideration", "total"), 0.0);
  EXPECT_FALSE(reports::has_errors(checks(y2023)));

  const auto y2024 = tally(2024);
  for (const char* group : {"reconsideration", "litigation_direct", "litigation_after_reconsideration"}) {
    EXPECT_EQ(reports::cell_at(y2024.appeals, group, "total"), 0.0) << group;
  }
}

TEST_P(RequestYearTest, AFeeCountsInTheYearItWasPaid) {
  const int64_t id = file("2023-12-20");
  act(id, RequestEventKind::kFeeNoticed, "2023-12-22", "", 45);  // 15 pages over 30 at 10 元 = 150 元
  act(id, RequestEventKind::kFeePaid, "2024-01-03");

  const auto y2023 = tally(2023);
  EXPECT_EQ(y2023.fees_collected.at("applications"), 0.0);
  EXPECT_EQ(y2023.fees_collected.at("amount_yuan"), 0.0);
  EXPECT_EQ(row(y2023, "carried_over"), kOneNatural);  // awaiting the fee on 31 December
  const auto y2024 = tally(2024);
  EXPECT_EQ(y2024.fees_collected.at("applications"), 1.0);
  EXPECT_EQ(y2024.fees_collected.at("amount_yuan"), 150.0);
}

TEST_P(RequestYearTest, The2019FormatCountsEvery其他处理InItsSingleRow) {
  const int64_t id = file("2020-06-01");
  act(id, RequestEventKind::kReplied, "2020-06-05", "other.other");
  const auto y2020 = tally(2020);
  EXPECT_EQ(y2020.format, reports::ReportFormat::national_2019);
  EXPECT_EQ(y2020.applications.size(), 23u);
  EXPECT_EQ(row(y2020, "other"), kOneNatural);
  EXPECT_EQ(row(y2020, "other.other"), Cells{});
  EXPECT_EQ(row(y2020, "total"), kOneNatural);
  EXPECT_FALSE(reports::has_errors(checks(y2020)));
}

TEST_P(RequestYearTest, AnotherAgencysRecordsAreNotCounted) {
  file("2023-03-01");
  auto c = db_->lease();
  org::Agency agency;
  agency.code = "other";
  agency.name = "测试市财政局";
  agency.index_code = "000014350";
  agency.index_pattern = "{code}/{year}-{serial:5}";
  store::Transaction t(*c);
  const int64_t other = org::create_agency(*c, actor_, agency);
  t.commit();
  const auto figures = requests::tally_request_year(*c, other, 2023);
  EXPECT_EQ(row(figures, "new"), kNone);
  EXPECT_EQ(row(tally(2023), "new"), kOneNatural);
}

INSTANTIATE_TEST_SUITE_P(Engines, RequestYearTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
