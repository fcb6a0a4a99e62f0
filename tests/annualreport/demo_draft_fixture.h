// DemoDraftTest: a migrated store on each engine with the whole demo loaded
// (`init --demo`: 吴忠市民政局 2017 and 吴忠市利通区人民政府 2023), as the
// annual-report drafting tests need it.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "annualreport/report_draft.h"
#include "app/demo_data.h"
#include "catalog/domain_fixture.h"
#include "core/working_day_calendar.h"
#include "requests/identity_seal.h"
#include "requests/request_services.h"

namespace gongkai::testing {

class DemoDraftTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    calendar_ = WorkingDayCalendar::load(demo_dir().parent_path() / "holidays");
    seal_ = std::make_unique<requests::IdentitySeal>(requests::IdentitySeal::Key{7});
    auto c = db_->lease();
    summary_ = app::load_demo(*c, actor_, demo_dir(), requests::RequestServices{calendar_, *seal_}, true);
  }

  static std::filesystem::path demo_dir() {
    return std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo";
  }

  annualreport::ReportDraft draft(int64_t agency_id, int year) {
    auto c = db_->lease();
    return annualreport::draft_annual_report(*c, agency_id, year);
  }

  // The whole text, headings and paragraphs, one per line.
  static std::string text_of(const annualreport::ReportDraft& draft) {
    std::string out;
    for (const auto& section : draft.sections) {
      out += section.heading + "\n";
      for (const auto& paragraph : section.paragraphs) out += paragraph + "\n";
    }
    return out;
  }

  WorkingDayCalendar calendar_;
  std::unique_ptr<requests::IdentitySeal> seal_;
  app::DemoSummary summary_;
};

}  // namespace gongkai::testing
