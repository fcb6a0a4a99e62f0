// PublicationTest: a migrated store on each engine with one small agency, the
// disclosure office (办公室, who prepares the annual report), a secrecy
// reviewer (who may not), and a drafter that returns a report built by hand
// — the "records" a test changes to see what a fresh draft would say.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "annualreport/report_publication.h"
#include "catalog/domain_fixture.h"
#include "org/staff.h"
#include "reports/report_json.h"

namespace gongkai::testing {

// The constructed sample tables of tests/reports/data (every check holds).
inline reports::ReportTables sample_tables(const std::string& name) {
  std::ifstream in(std::string(GONGKAI_SOURCE_DIR) + "/tests/reports/data/" + name);
  std::ostringstream text;
  text << in.rdbuf();
  return reports::read_report_json(text.str());
}

// A national-format draft for 2022: three parts, two quoted figures.
inline annualreport::ReportDraft hand_draft(int64_t agency_id, int year = 2022) {
  annualreport::ReportDraft d;
  d.agency_id = agency_id;
  d.agency_name = "测试市民政局";
  d.year = year;
  d.format = reports::ReportFormat::national_2021;
  d.tables = sample_tables(year == 2021 ? "consistent_2021.json" : "consistent_2022.json");
  d.figures = {{"proactive.channel.portal", "通过政府门户网站公开的信息（条）", "88"},
               {"applications.new", "本年新收政府信息公开申请（件）", "14"}};
  d.sections = {
      {"一、总体情况", 1, {"本报告由测试市民政局办公室编制。"}, ""},
      {"（一）主动公开", 2, {"全年通过门户网站公开信息88条，自1988年起设立公开栏。"}, ""},
      {"二、主动公开政府信息情况", 1, {}, "proactive"},
      {"三、收到和处理政府信息公开申请情况", 1, {"全年新收申请14件。"}, "applications"},
      {"四、政府信息公开行政复议、行政诉讼情况", 1, {}, "appeals"},
      {"五、存在的主要问题及改进情况", 1, {"部分干部职工主动公开意识不强。"}, ""},
  };
  return d;
}

class PublicationTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_id_ = create_small_agency();
    office_ = {1, agency_id_, "bgs", "王丽", org::Role::kOffice, std::nullopt, "127.0.0.1"};
    reviewer_ = {2, agency_id_, "baomi", "杨建国", org::Role::kSecrecyReviewer, std::nullopt, "127.0.0.1"};
    records_[2022] = hand_draft(agency_id_, 2022);
    records_[2021] = hand_draft(agency_id_, 2021);
    drafter_ = [this](store::Connection&, int64_t agency, int year) {
      auto found = records_.find(year);
      if (agency != agency_id_ || found == records_.end()) throw InvalidInput("年度不对");
      return found->second;
    };
  }

  int64_t audits() {
    auto c = db_->lease();
    return c->query_one("SELECT COUNT(*) FROM audit_log")->integer(0);
  }

  int64_t agency_id_ = 0;
  org::StaffActor office_;
  org::StaffActor reviewer_;
  std::map<int, annualreport::ReportDraft> records_;  // what the records say now, per year
  annualreport::Drafter drafter_;
};

}  // namespace gongkai::testing
