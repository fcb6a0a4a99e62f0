// `init --demo` publishes the two demo reports, on both engines: 吴忠市民政局's
// 2017 report on 2018-03-26 (the source document's date) and 吴忠市利通区人民政府's
// 2023 report in the national format on 2024-03-29, whose tables pass every
// check and whose PDF shows its tables, agency and date.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "annualreport/report_document.h"
#include "annualreport/report_queries.h"
#include "app/demo_data.h"
#include "catalog/domain_fixture.h"
#include "core/working_day_calendar.h"
#include "pdf/pdf_probe_support.h"
#include "reports/report_checks.h"
#include "requests/identity_seal.h"
#include "requests/request_services.h"

namespace gongkai::testing {
namespace {

using namespace annualreport;

class ReportDemoTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    const auto demo = std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo";
    calendar_ = WorkingDayCalendar::load(demo.parent_path() / "holidays");
    seal_ = std::make_unique<requests::IdentitySeal>(requests::IdentitySeal::Key{7});
    auto c = db_->lease();
    summary_ = app::load_demo(*c, actor_, demo, requests::RequestServices{calendar_, *seal_}, true);
  }

  WorkingDayCalendar calendar_;
  std::unique_ptr<requests::IdentitySeal> seal_;
  app::DemoSummary summary_;
};

TEST_P(ReportDemoTest, The2017ReportIsPublishedOnTheSourcesDate) {
  EXPECT_EQ(summary_.annual_reports, 2);
  auto c = db_->lease();
  const auto report = public_report(*c, summary_.agency_id, 2017);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->current.published_on, "2018-03-26");
  EXPECT_EQ(report->current.format, reports::ReportFormat::legacy);
  EXPECT_EQ(report->current.author, "bangongshi");
  EXPECT_EQ(report->current.title(), "吴忠市民政局2017年政府信息公开工作年度报告");
  EXPECT_EQ(published_years(*c, summary_.agency_id), std::vector<int>{2017});
  // The part the draft leaves to the office holds the source's own words.
  std::string text;
  for (const auto& s : report->current.sections) {
    for (const auto& p : s.paragraphs) text += p + "\n";
  }
  EXPECT_EQ(text.find("【待办公室填写"), std::string::npos);
  EXPECT_NE(text.find("年龄较大的干部职工对微博、微信等新媒体公开平台的运用不熟练"), std::string::npos);
}

TEST_P(ReportDemoTest, The2023ReportOfTheSecondAgencyPassesEveryCheck) {
  auto c = db_->lease();
  const auto report = public_report(*c, summary_.second_agency_id, 2023);
  ASSERT_TRUE(report.has_value());
  const auto& v = report->current;
  EXPECT_EQ(v.published_on, "2024-03-29");
  EXPECT_EQ(v.author, "lt_bangongshi");
  ASSERT_TRUE(v.tables.has_value());
  EXPECT_FALSE(reports::has_errors(reports::check_report(*v.tables)));
  const pdf::testing::PdfProbe probe(report_pdf(v));
  const std::string all = pdf::testing::run_together(probe.text());
  EXPECT_NE(all.find("吴忠市利通区人民政府2023年政府信息公开工作年度报告"), std::string::npos);
  EXPECT_NE(all.find("申请人情况"), std::string::npos);
  EXPECT_NE(all.find("2024年3月29日"), std::string::npos);
  EXPECT_EQ(all.find("【待办公室填写"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportDemoTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
