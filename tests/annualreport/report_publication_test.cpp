// The annual report from draft to publication, on both engines: every save is
// a new version and the old ones stay; publication is refused for a broken
// check (naming rule, row and column) and for a quoted figure that no longer
// matches the records; a published version is frozen; a correction is a new
// published version and the old one is kept as superseded.
#include <gtest/gtest.h>

#include "annualreport/publication_fixture.h"
#include "annualreport/report_queries.h"
#include "core/errors.h"

namespace gongkai::testing {
namespace {

using namespace annualreport;

class ReportPublicationTest : public PublicationTest {
 protected:
  int64_t start(int year = 2022) {
    auto c = db_->lease();
    return start_report(*c, office_, year, drafter_);
  }

  ReportHistory history(int64_t report) {
    auto c = db_->lease();
    return report_history(*c, agency_id_, report);
  }

  int64_t publish(int64_t report, const std::string& day = "2023-01-20") {
    auto c = db_->lease();
    return publish_report(*c, office_, *parse_date(day), report, drafter_);
  }

  // The Conflict message of a refused publication ("" when it went through).
  std::string refusal(int64_t report) {
    try {
      publish(report);
    } catch (const Conflict& e) {
      return e.what();
    }
    return "";
  }

  int64_t edit(int64_t report, int based_on, size_t section, const std::string& text) {
    auto c = db_->lease();
    return edit_section(*c, office_, {report, based_on, section, text});
  }

  reports::ReportTables& tables(int year = 2022) { return *records_[year].tables; }
};

TEST_P(ReportPublicationTest, StartingCopiesTheDraftAsVersionOne) {
  const auto before = audits();
  const auto h = history(start());
  ASSERT_EQ(h.versions.size(), 1u);
  EXPECT_EQ(h.year, 2022);
  const auto& v = h.latest();
  EXPECT_EQ(v.number, 1);
  EXPECT_EQ(v.status, VersionStatus::draft);
  EXPECT_EQ(v.author, "bgs");
  EXPECT_EQ(v.sections.size(), 6u);
  EXPECT_EQ(v.sections[1].paragraphs[0], "全年通过门户网站公开信息88条，自1988年起设立公开栏。");
  ASSERT_TRUE(v.tables.has_value());
  EXPECT_EQ(*v.tables->applications.at("new")[6], 14);
  EXPECT_EQ(v.title(), "测试市民政局2022年政府信息公开工作年度报告");
  EXPECT_EQ(audits(), before + 1);
}

TEST_P(ReportPublicationTest, StartingTheSameYearTwiceIsAConflict) {
  start();
  EXPECT_THROW(start(), Conflict);
}

TEST_P(ReportPublicationTest, EverySaveIsANewVersionAndTheOldOnesAreKept) {
  const int64_t report = start();
  edit(report, 1, 4, "本年度未发生行政复议。\n\n  未发生行政诉讼。  ");
  edit(report, 2, 5, "意识有待加强。");
  const auto h = history(report);
  ASSERT_EQ(h.versions.size(), 3u);
  EXPECT_EQ(h.versions[0].number, 3);
  EXPECT_EQ(h.versions[0].sections[5].paragraphs, std::vector<std::string>{"意识有待加强。"});
  EXPECT_EQ(h.versions[0].sections[4].paragraphs,
            (std::vector<std::string>{"本年度未发生行政复议。", "未发生行政诉讼。"}));
  EXPECT_EQ(h.versions[1].sections[5].paragraphs, std::vector<std::string>{"部分干部职工主动公开意识不强。"});
  EXPECT_TRUE(h.versions[2].sections[4].paragraphs.empty());  // version 1 as drafted
  EXPECT_EQ(h.versions[0].change_note, "修改“五、存在的主要问题及改进情况”");
}

TEST_P(ReportPublicationTest, SavingOverAnOlderVersionIsAConflict) {
  const int64_t report = start();
  edit(report, 1, 0, "第一次修改。");
  EXPECT_THROW(edit(report, 1, 0, "基于旧版本的修改。"), Conflict);
  EXPECT_EQ(history(report).versions.size(), 2u);
}

TEST_P(ReportPublicationTest, EmptyTextAndUnknownSectionsAreRefused) {
  const int64_t report = start();
  const auto before = audits();
  EXPECT_THROW(edit(report, 1, 0, "  \n \n"), InvalidInput);
  EXPECT_THROW(edit(report, 1, 6, "第七节"), InvalidInput);
  EXPECT_THROW(edit(report, 1, 0, std::string("\xff\xfe")), InvalidInput);
  EXPECT_EQ(history(report).versions.size(), 1u);
  EXPECT_EQ(audits(), before);
}

TEST_P(ReportPublicationTest, ASecrecyReviewerMayNotPrepareTheReport) {
  auto c = db_->lease();
  EXPECT_THROW(start_report(*c, reviewer_, 2022, drafter_), Forbidden);
}

TEST_P(ReportPublicationTest, AConsistentReportIsPublishedOnTheDay) {
  const int64_t report = start();
  publish(report, "2023-01-20");
  auto c = db_->lease();
  const auto r = public_report(*c, agency_id_, 2022);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->current.status, VersionStatus::published);
  EXPECT_EQ(r->current.published_on, "2023-01-20");
  EXPECT_EQ(published_years(*c, agency_id_), std::vector<int>{2022});
}

TEST_P(ReportPublicationTest, ADraftIsNotPublic) {
  start();
  auto c = db_->lease();
  EXPECT_FALSE(public_report(*c, agency_id_, 2022).has_value());
  EXPECT_TRUE(published_years(*c, agency_id_).empty());
}

// C1: new + carried_in = total + carried_over. 自然人: 11 + 1 ≠ 9 + 2.
TEST_P(ReportPublicationTest, C1BrokenIsRefusedNamingRuleRowAndColumn) {
  tables().applications["new"][0] = 11;
  tables().applications["new"][6] = 15;
  const int64_t report = start();
  const std::string message = refusal(report);
  EXPECT_NE(message.find("C1 错误"), std::string::npos) << message;
  EXPECT_NE(message.find("(natural)"), std::string::npos) << message;
  EXPECT_NE(message.find("列“自然人”"), std::string::npos) << message;
  EXPECT_EQ(message.find("C3"), std::string::npos) << message;  // the new row still adds up
  EXPECT_EQ(history(report).latest().status, VersionStatus::draft);
}

// C3: the 总计 column of 予以公开 says 6 where its six columns add to 5.
TEST_P(ReportPublicationTest, C3BrokenIsRefusedNamingRuleRowAndColumn) {
  tables().applications["disclosed"][6] = *tables().applications["disclosed"][6] + 1;
  const std::string message = refusal(start());
  EXPECT_NE(message.find("C3 错误 行“三、本年度办理结果（一）予以公开”(disclosed) 列“总计”(total)"), std::string::npos)
      << message;
}

// C4: 行政复议 total 1 while its four results are 0.
TEST_P(ReportPublicationTest, C4BrokenIsRefusedNamingRuleRowAndColumn) {
  tables().appeals["reconsideration"]["total"] = 1;
  const std::string message = refusal(start());
  EXPECT_NE(message.find("C4 错误 行“行政复议”(reconsideration) 列“总计”(total)"), std::string::npos) << message;
}

// C5: a negative count.
TEST_P(ReportPublicationTest, C5BrokenIsRefusedNamingRuleRowAndColumn) {
  tables().proactive["rules"]["issued"] = -1;
  const std::string message = refusal(start());
  EXPECT_NE(message.find("C5 错误"), std::string::npos) << message;
  EXPECT_NE(message.find("(rules)"), std::string::npos) << message;
  EXPECT_NE(message.find("(issued)"), std::string::npos) << message;
}

// C6: last year's published report carried over 0 to 2022, which says it took in 1.
TEST_P(ReportPublicationTest, C6AgainstLastYearsPublishedReportIsRefused) {
  auto& last = tables(2021);
  for (size_t column : {size_t{0}, size_t{6}}) {  // 自然人 and 总计: one more disclosed, none carried over
    last.applications["disclosed"][column] = *last.applications["disclosed"][column] + 1;
    last.applications["total"][column] = *last.applications["total"][column] + 1;
    last.applications["carried_over"][column] = 0;
  }
  publish(start(2021));
  const std::string message = refusal(start(2022));
  EXPECT_NE(message.find("C6 错误"), std::string::npos) << message;
  EXPECT_NE(message.find("(carried_in)"), std::string::npos) << message;
  EXPECT_NE(message.find("(natural)"), std::string::npos) << message;
}

TEST_P(ReportPublicationTest, AFigureThatNoLongerMatchesTheRecordsBlocksPublication) {
  const int64_t report = start();
  records_[2022].figures[0].value = "90";  // an item published on the portal later
  const std::string message = refusal(report);
  EXPECT_NE(message.find("通过政府门户网站公开的信息（条），正文为88，最新数据为90"), std::string::npos) << message;
  auto c = db_->lease();
  EXPECT_FALSE(public_report(*c, agency_id_, 2022).has_value());
}

TEST_P(ReportPublicationTest, UpdatingTheFiguresReplacesTheOldValueInANewVersion) {
  const int64_t report = start();
  records_[2022].figures[0].value = "90";
  FiguresUpdated updated;
  {
    auto c = db_->lease();
    updated = update_figures(*c, office_, report, drafter_);
  }
  EXPECT_EQ(updated.replaced, std::vector<std::string>{"通过政府门户网站公开的信息（条）"});
  EXPECT_TRUE(updated.by_hand.empty());
  const auto h = history(report);
  ASSERT_EQ(h.versions.size(), 2u);
  // 88 becomes 90; the 88 inside 1988 stays.
  EXPECT_EQ(h.latest().sections[1].paragraphs[0], "全年通过门户网站公开信息90条，自1988年起设立公开栏。");
  EXPECT_EQ(h.latest().figures[0].value, "90");
  EXPECT_EQ(h.versions[1].sections[1].paragraphs[0], "全年通过门户网站公开信息88条，自1988年起设立公开栏。");
  EXPECT_EQ(refusal(report), "");
}

TEST_P(ReportPublicationTest, ChangedTablesBlockPublicationUntilUpdated) {
  const int64_t report = start();
  tables().proactive["normative_docs"]["in_force"] = *tables().proactive["normative_docs"]["in_force"] + 1;
  EXPECT_NE(refusal(report).find("统计表与最新数据不一致"), std::string::npos);
  {
    auto c = db_->lease();
    update_figures(*c, office_, report, drafter_);
  }
  EXPECT_EQ(refusal(report), "");
}

TEST_P(ReportPublicationTest, APartLeftToTheOfficeBlocksPublicationUntilWritten) {
  records_[2022].sections[5].paragraphs = {"【待办公室填写：本年度政府信息公开工作存在的主要问题】"};
  const int64_t report = start();
  EXPECT_NE(refusal(report).find("正文尚有【待办公室填写】的内容，不能发布：五、存在的主要问题及改进情况"),
            std::string::npos);
  edit(report, 1, 5, "部分干部职工主动公开意识不强。");
  EXPECT_EQ(refusal(report), "");
}

TEST_P(ReportPublicationTest, UpdatingWhenNothingChangedIsAConflict) {
  const int64_t report = start();
  auto c = db_->lease();
  EXPECT_THROW(update_figures(*c, office_, report, drafter_), Conflict);
}

TEST_P(ReportPublicationTest, APublishedVersionIsFrozen) {
  const int64_t report = start();
  publish(report);
  records_[2022].figures[0].value = "120";
  records_[2022].sections[1].paragraphs[0] = "全年通过门户网站公开信息120条。";
  tables().applications["new"][0] = 40;
  auto c = db_->lease();
  const auto r = public_report(*c, agency_id_, 2022);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->current.sections[1].paragraphs[0], "全年通过门户网站公开信息88条，自1988年起设立公开栏。");
  EXPECT_EQ(*r->current.tables->applications.at("new")[0], 10);
  EXPECT_THROW(edit_section(*c, office_, {report, 1, 0, "发布后修改"}), Conflict);
  EXPECT_THROW(update_figures(*c, office_, report, drafter_), Conflict);
}

TEST_P(ReportPublicationTest, ACorrectionIsANewPublishedVersionAndTheOldOneStaysReachable) {
  const int64_t report = start();
  const int64_t first = publish(report, "2023-01-20");
  int64_t correction = 0;
  {
    auto c = db_->lease();
    EXPECT_THROW(start_correction(*c, office_, report, "  "), InvalidInput);
    correction = start_correction(*c, office_, report, "概述中的机构名称有误");
    EXPECT_THROW(start_correction(*c, office_, report, "再次更正"), Conflict);
  }
  edit(report, 2, 0, "本报告由测试市民政局办公室编制（更正）。");
  publish(report, "2023-02-10");
  auto c = db_->lease();
  const auto r = public_report(*c, agency_id_, 2022);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->current.number, 3);
  EXPECT_EQ(r->current.published_on, "2023-02-10");
  EXPECT_EQ(r->current.sections[0].paragraphs[0], "本报告由测试市民政局办公室编制（更正）。");
  ASSERT_EQ(r->superseded.size(), 1u);
  EXPECT_EQ(r->superseded[0].id, first);
  EXPECT_EQ(r->superseded[0].published_on, "2023-01-20");
  EXPECT_EQ(r->superseded[0].superseded_on, "2023-02-10");
  const auto old = public_version(*c, agency_id_, first);
  EXPECT_EQ(old.sections[0].paragraphs[0], "本报告由测试市民政局办公室编制。");
  EXPECT_EQ(any_version(*c, agency_id_, correction).change_note, "更正：概述中的机构名称有误");
  EXPECT_THROW(public_version(*c, agency_id_, correction), NotFound);  // a draft is not public
}

TEST_P(ReportPublicationTest, PublishingTwiceWithoutADraftIsAConflict) {
  const int64_t report = start();
  publish(report);
  EXPECT_NE(refusal(report).find("没有待发布的草稿"), std::string::npos);
}

TEST_P(ReportPublicationTest, TheBackOfficeListShowsEachYearsState) {
  publish(start(2021));
  start(2022);
  auto c = db_->lease();
  const auto states = report_states(*c, agency_id_);
  ASSERT_EQ(states.size(), 2u);
  EXPECT_EQ(states[0].year, 2022);
  EXPECT_EQ(states[0].latest_status, VersionStatus::draft);
  EXPECT_EQ(states[0].published_on, "");
  EXPECT_EQ(states[1].year, 2021);
  EXPECT_EQ(states[1].latest_status, VersionStatus::published);
  EXPECT_EQ(states[1].published_on, "2023-01-20");
}

TEST_P(ReportPublicationTest, AnotherAgencysReportIsNotFound) {
  const int64_t report = start();
  org::StaffActor stranger = office_;
  stranger.agency_id = agency_id_ + 100;
  auto c = db_->lease();
  EXPECT_THROW(edit_section(*c, stranger, {report, 1, 0, "文本"}), NotFound);
  EXPECT_THROW(report_history(*c, agency_id_ + 100, report), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReportPublicationTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
