// Keeping the text's figures in step with the records, worked by hand: a
// value is replaced only where it stands as a whole number, two changes in
// one update do not chain, and a value two figures share but move apart is
// left for the office.
#include <gtest/gtest.h>

#include "annualreport/figures_in_step.h"

namespace gongkai::annualreport {
namespace {

TEST(FiguresInStep, AValueIsReplacedOnlyWhereItStandsAlone) {
  std::string text = "公开信息88条，1988年设立，0.88万元，88.5分，共88项";
  EXPECT_EQ(replace_figure(text, "88", "90"), 2);
  EXPECT_EQ(text, "公开信息90条，1988年设立，0.88万元，88.5分，共90项");
}

TEST(FiguresInStep, ADriftShowsBothValues) {
  const std::vector<QuotedFigure> stored{{"a", "门户网站", "88"}, {"b", "媒体", "63"}, {"c", "旧项", "5"}};
  const std::vector<QuotedFigure> fresh{{"a", "门户网站", "90"}, {"b", "媒体", "63"}};
  const auto drifts = figures_out_of_step(stored, fresh);
  ASSERT_EQ(drifts.size(), 1u);
  EXPECT_EQ(drifts[0].key, "a");
  EXPECT_EQ(drifts[0].written, "88");
  EXPECT_EQ(drifts[0].current, "90");
}

TEST(FiguresInStep, TwoChangesInOneUpdateDoNotChain) {
  const std::vector<ReportSection> sections{{"一", 1, {"门户网站88条，媒体90条。"}, ""}};
  const std::vector<QuotedFigure> stored{{"a", "门户网站", "88"}, {"b", "媒体", "90"}};
  const std::vector<QuotedFigure> fresh{{"a", "门户网站", "90"}, {"b", "媒体", "95"}};
  const auto update = bring_in_step(sections, stored, fresh);
  EXPECT_EQ(update.sections[0].paragraphs[0], "门户网站90条，媒体95条。");
  EXPECT_EQ(update.replaced.size(), 2u);
  EXPECT_EQ(update.figures[0].value, "90");
  EXPECT_EQ(update.figures[1].value, "95");
}

TEST(FiguresInStep, AValueSharedByFiguresMovingApartIsLeftForTheOffice) {
  const std::vector<ReportSection> sections{{"一", 1, {"新收申请0件，行政复议0件。"}, ""}};
  const std::vector<QuotedFigure> stored{{"new", "新收申请", "0"}, {"appeal", "行政复议", "0"}};
  const std::vector<QuotedFigure> fresh{{"new", "新收申请", "2"}, {"appeal", "行政复议", "0"}};
  const auto update = bring_in_step(sections, stored, fresh);
  EXPECT_EQ(update.sections[0].paragraphs[0], "新收申请0件，行政复议0件。");
  EXPECT_EQ(update.by_hand, std::vector<std::string>{"新收申请"});
  EXPECT_EQ(update.figures[0].value, "2");
}

TEST(FiguresInStep, AValueNotFoundInTheTextIsLeftForTheOffice) {
  const std::vector<ReportSection> sections{{"一", 1, {"全年公开信息八十八条。"}, ""}};
  const auto update = bring_in_step(sections, {{"a", "门户网站", "88"}}, {{"a", "门户网站", "90"}});
  EXPECT_EQ(update.by_hand, std::vector<std::string>{"门户网站"});
  EXPECT_TRUE(update.replaced.empty());
}

}  // namespace
}  // namespace gongkai::annualreport
