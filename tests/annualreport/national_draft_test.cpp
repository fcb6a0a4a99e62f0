// National-format drafts: the 2023 tables of the second demo agency
// (吴忠市利通区人民政府) against the values worked out by hand in
// docs/demo-ltq-2023.md (二, 三, 四, fees) and every check of the spec; table
// 二's document rows from genres, validity changes and dates on constructed
// items (with C7 against the year before); the 2019 format. Both engines.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "accounts/user_repository.h"
#include "annualreport/quoted_figures.h"
#include "demo_draft_fixture.h"
#include "reports/report_checks.h"
#include "workflow/workflow_commands.h"

namespace gongkai::testing {
namespace {

using annualreport::figure_value;
using reports::Cell;

class NationalDraftTest : public DemoDraftTest {
 protected:
  std::vector<double> row(const reports::ReportTables& tables, const std::string& key) {
    std::vector<double> out;
    for (const auto& cell : tables.applications.at(key)) out.push_back(cell.value_or(-1));
    return out;
  }
  double proactive(const reports::ReportTables& tables, const std::string& row, const std::string& column) {
    return reports::cell_at(tables.proactive, row, column).value_or(-1);
  }
  int64_t document(const std::string& genre, const std::string& written, const std::string& published) {
    auto n = item(summary_.agency_id, "zcwj", genre + written, published);
    n.genre = genre;
    n.written_date = written;
    return create(n);
  }
  void repeal(int64_t item_id, const std::string& on) {
    auto c = db_->lease();
    const auto office = accounts::find_user_by_username(*c, "bangongshi")->actor("127.0.0.1");
    workflow::mark_validity(*c, office, item_id, "废止", *parse_date(on));
  }
};

// docs/demo-ltq-2023.md, "Table 三 (2021 format), year 2023", row by row.
TEST_P(NationalDraftTest, Ltq2023TableThreeIsTheHandWorkedOne) {
  const auto d = draft(summary_.second_agency_id, 2023);
  ASSERT_TRUE(d.tables);
  const auto& t = *d.tables;
  EXPECT_EQ(t.format, reports::ReportFormat::national_2021);
  EXPECT_EQ(t.agency, "吴忠市利通区人民政府");
  const std::map<std::string, std::vector<double>> expected{
      {"new", {29, 7, 2, 2, 4, 1, 45}},
      {"carried_in", {2, 1, 0, 0, 0, 0, 3}},
      {"disclosed", {6, 2, 0, 1, 1, 1, 11}},
      {"partial", {2, 3, 0, 0, 0, 0, 5}},
      {"withheld.state_secret", {1, 0, 0, 0, 0, 0, 1}},
      {"withheld.prohibited_by_law", {1, 0, 0, 0, 0, 0, 1}},
      {"withheld.security_stability", {1, 0, 0, 0, 0, 0, 1}},
      {"withheld.third_party", {1, 0, 0, 0, 0, 0, 1}},
      {"withheld.internal_affairs", {1, 0, 0, 0, 0, 0, 1}},
      {"withheld.process_info", {1, 0, 0, 0, 1, 0, 2}},
      {"withheld.enforcement_file", {0, 0, 0, 0, 1, 0, 1}},
      {"withheld.inquiry", {1, 0, 0, 0, 0, 0, 1}},
      {"unavailable.not_held", {5, 2, 1, 0, 0, 0, 8}},
      {"unavailable.needs_creation", {0, 0, 1, 1, 0, 0, 2}},
      {"unavailable.still_unclear", {1, 0, 0, 0, 0, 0, 1}},
      {"not_handled.petition", {2, 0, 0, 0, 0, 0, 2}},
      {"not_handled.repeat", {1, 0, 0, 0, 0, 0, 1}},
      {"not_handled.publication", {1, 0, 0, 0, 0, 0, 1}},
      {"not_handled.excessive", {1, 0, 0, 0, 0, 0, 1}},
      {"not_handled.confirm_or_reissue", {1, 0, 0, 0, 0, 0, 1}},
      {"other.no_correction", {1, 0, 0, 0, 0, 0, 1}},
      {"other.fee_unpaid", {0, 1, 0, 0, 0, 0, 1}},
      {"other.other", {1, 0, 0, 0, 0, 0, 1}},
      {"total", {29, 8, 2, 2, 3, 1, 45}},
      {"carried_over", {2, 0, 0, 0, 1, 0, 3}},
  };
  EXPECT_EQ(t.applications.size(), expected.size());
  for (const auto& [key, cells] : expected) EXPECT_EQ(row(t, key), cells) << key;
}

// docs/demo-ltq-2023.md: table 四 (fifteen numbers), fees, and table 二.
TEST_P(NationalDraftTest, Ltq2023TablesTwoAndFourAndFeesAreTheHandWorkedOnes) {
  const auto d = draft(summary_.second_agency_id, 2023);
  const auto& t = *d.tables;
  const std::vector<std::pair<std::string, std::vector<double>>> appeals{
      {"reconsideration", {1, 1, 1, 0, 3}},
      {"litigation_direct", {1, 0, 0, 0, 1}},
      {"litigation_after_reconsideration", {0, 0, 0, 1, 1}},
  };
  for (const auto& [group, cells] : appeals) {
    std::vector<double> got;
    for (const auto* column : {"upheld", "corrected", "other", "pending", "total"}) {
      got.push_back(reports::cell_at(t.appeals, group, column).value_or(-1));
    }
    EXPECT_EQ(got, cells) << group;
  }
  ASSERT_TRUE(t.fees_collected);
  EXPECT_EQ(t.fees_collected->at("applications"), Cell{2});
  EXPECT_EQ(t.fees_collected->at("amount_yuan"), Cell{1250});
  // 二: no 规章 or 行政规范性文件 in the district's catalogue; 双公示 2023:
  // 4 licensing, 4 penalties of which one withdrawn (not counted), 2 coercive measures.
  for (const auto* doc_row : {"rules", "normative_docs"}) {
    for (const auto* column : {"issued", "repealed", "in_force"}) EXPECT_EQ(proactive(t, doc_row, column), 0) << doc_row;
  }
  EXPECT_EQ(proactive(t, "licensing", "decisions"), 4);
  EXPECT_EQ(proactive(t, "penalty", "decisions"), 3);
  EXPECT_EQ(proactive(t, "coercion", "decisions"), 2);
  EXPECT_EQ(proactive(t, "fees", "amount_wan"), 0);
}

TEST_P(NationalDraftTest, Ltq2023TablesPassEveryCheckWithoutAWarning) {
  const auto d = draft(summary_.second_agency_id, 2023);
  const auto findings = reports::check_report(*d.tables);
  for (const auto& finding : findings) ADD_FAILURE() << reports::describe(finding);
  EXPECT_TRUE(findings.empty());
}

TEST_P(NationalDraftTest, Ltq2023TextHasTheSixNationalPartsAndQuotesTheTables) {
  const auto d = draft(summary_.second_agency_id, 2023);
  std::vector<std::pair<std::string, std::string>> parts;
  for (const auto& section : d.sections) {
    if (section.level == 1 && !section.heading.empty()) parts.emplace_back(section.heading, section.table);
  }
  const std::vector<std::pair<std::string, std::string>> expected{
      {"一、总体情况", ""},
      {"二、主动公开政府信息情况", "proactive"},
      {"三、收到和处理政府信息公开申请情况", "applications"},
      {"四、政府信息公开行政复议、行政诉讼情况", "appeals"},
      {"五、存在的主要问题及改进情况", ""},
      {"六、其他需要报告的事项", "fees"},
  };
  EXPECT_EQ(parts, expected);
  const auto text = text_of(d);
  for (const auto* sentence :
       {"2023年，我区新收政府信息公开申请45件，上年结转3件；本年度办理完结45件，结转下年度继续办理3件。",
        "因政府信息公开申请行政复议3件、提起行政诉讼2件",
        "收到涉及政府信息公开工作的投诉举报3件",
        "对2件申请收取信息处理费共计1250元",
        "作出并依法公示行政许可决定4件、行政处罚决定3件、行政强制决定2件",
        "“行政事业性收费”本年收费金额按0填报"}) {
    EXPECT_NE(text.find(sentence), std::string::npos) << sentence << "\n" << text;
  }
  EXPECT_EQ(figure_value(d.figures, "requests.handled"), "45");
  EXPECT_EQ(figure_value(d.figures, "fees.amount_yuan"), "1250");
}

// Table 二's first block from constructed documents of the demo agency,
// worked by hand for 2021 (成文日期, 发布日期, 废止 dates):
//   A 行政规范性文件 2019-05-10, in force          → in force 2020, 2021
//   B 行政规范性文件 2021-03-01                    → issued 2021, in force 2021
//   C 行政规范性文件 2018-02-01, 废止 2021-06-30   → in force 2020; repealed 2021
//   D 规章           2021-04-01                    → rules issued 2021, in force 2021
//   E 规范性文件     2020-01-01, 废止 2022-03-01   → in force 2020 and 2021 (repealed later)
//   F 通知           2021-05-01                    → not a regulatory genre, not counted
// 2021: rules 1/0/1; normative_docs issued 1 (B), repealed 1 (C), in force 3 (A, B, E).
// 2020: rules 0/0/0; normative_docs issued 1 (E), repealed 0, in force 3 (A, C, E).
// C7: 3 + 1 − 1 = 3 and 0 + 1 − 0 = 1.
TEST_P(NationalDraftTest, DocumentRowsFollowGenreValidityChangesAndDates) {
  document("行政规范性文件", "2019-05-10", "2019-05-20");
  document("行政规范性文件", "2021-03-01", "2021-03-05");
  const auto c = document("行政规范性文件", "2018-02-01", "2018-02-10");
  document("规章", "2021-04-01", "2021-04-10");
  const auto e = document("规范性文件", "2020-01-01", "2020-01-08");
  document("通知", "2021-05-01", "2021-05-06");
  repeal(c, "2021-06-30");
  repeal(e, "2022-03-01");

  const auto d2021 = draft(summary_.agency_id, 2021);
  const auto d2020 = draft(summary_.agency_id, 2020);
  const auto& t = *d2021.tables;
  EXPECT_EQ(proactive(t, "rules", "issued"), 1);
  EXPECT_EQ(proactive(t, "rules", "repealed"), 0);
  EXPECT_EQ(proactive(t, "rules", "in_force"), 1);
  EXPECT_EQ(proactive(t, "normative_docs", "issued"), 1);
  EXPECT_EQ(proactive(t, "normative_docs", "repealed"), 1);
  EXPECT_EQ(proactive(t, "normative_docs", "in_force"), 3);
  // 2020 is a 2019-format year: made / published / total_public.
  const auto& p = *d2020.tables;
  EXPECT_EQ(p.format, reports::ReportFormat::national_2019);
  EXPECT_EQ(proactive(p, "normative_docs", "made"), 1);
  EXPECT_EQ(proactive(p, "normative_docs", "published"), 1);
  EXPECT_EQ(proactive(p, "normative_docs", "total_public"), 3);
  EXPECT_EQ(proactive(p, "rules", "total_public"), 0);
  // C7 is skipped against a 2019-format year; the 2022 report checks against 2021.
  const auto d2022 = draft(summary_.agency_id, 2022);
  EXPECT_EQ(proactive(*d2022.tables, "normative_docs", "repealed"), 1);  // E
  EXPECT_EQ(proactive(*d2022.tables, "normative_docs", "in_force"), 2);  // A, B
  EXPECT_FALSE(reports::has_errors(reports::check_report(*d2022.tables, &t)));
  EXPECT_NE(text_of(d2021).find("制发规章1件、行政规范性文件1件，废止规章0件、行政规范性文件1件；截至2021年12月31日，现行有效规章1件、行政规范性文件3件。"),
            std::string::npos)
      << text_of(d2021);
}

// The 2019 format: its own rows, blanks where nothing is on record (warnings,
// never errors), the single 其他处理 row.
TEST_P(NationalDraftTest, A2020DraftUsesThe2019FormatAndPassesTheChecks) {
  const auto d = draft(summary_.agency_id, 2020);
  ASSERT_TRUE(d.tables);
  EXPECT_EQ(d.format, reports::ReportFormat::national_2019);
  EXPECT_TRUE(d.tables->applications.contains("other"));
  EXPECT_FALSE(d.tables->applications.contains("other.other"));
  EXPECT_TRUE(d.tables->proactive.contains("procurement"));
  const auto findings = reports::check_report(*d.tables);
  EXPECT_FALSE(reports::has_errors(findings));
}

INSTANTIATE_TEST_SUITE_P(Engines, NationalDraftTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
