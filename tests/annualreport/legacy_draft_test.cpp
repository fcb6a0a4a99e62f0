// The 2017 draft of the demo agency 吴忠市民政局 against its source document
// (/work/shared/seeds/000_81b4ed55c119b43f.txt): every figure the source
// states, listed here by hand from it, is computed from the records, and the
// text quotes it in a sentence in the source's register. Both engines.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "annualreport/quoted_figures.h"
#include "core/errors.h"
#include "demo_draft_fixture.h"

namespace gongkai::testing {
namespace {

using annualreport::figure_value;

class LegacyDraftTest : public DemoDraftTest {};

TEST_P(LegacyDraftTest, The2017DraftIsInTheLegacyFormatWithoutTables) {
  const auto d = draft(summary_.agency_id, 2017);
  EXPECT_EQ(d.agency_name, "吴忠市民政局");
  EXPECT_EQ(d.year, 2017);
  EXPECT_EQ(d.format, reports::ReportFormat::legacy);
  EXPECT_FALSE(d.tables);
}

// Every number of the source, read off the document by hand.
TEST_P(LegacyDraftTest, The2017DraftReproducesEveryFigureOfTheSource) {
  const auto d = draft(summary_.agency_id, 2017);
  const std::vector<std::pair<std::string, std::string>> source{
      // 三、主动公开: 门户网站 88 条, 新闻媒体 63 条
      {"proactive.portal", "88"},
      {"proactive.media", "63"},
      // 一（三）: two policies consulted on and interpreted; no 舆情 through the mailbox
      {"engagement.consultations", "2"},
      {"engagement.interpretations", "2"},
      {"engagement.opinions_mailbox", "0"},
      // 二（二）社会救助
      {"assistance.temporary_assistance.person_times", "65302"},
      {"assistance.temporary_assistance.amount", "3853.75万元"},
      {"assistance.tekun_centralised.headcount", "605"},
      {"assistance.tekun_centralised.amount", "623.92万元"},
      {"assistance.tekun_centralised.level", "707"},
      {"assistance.tekun_dispersed.headcount", "1640"},
      {"assistance.tekun_dispersed.amount", "866.25万元"},
      {"assistance.tekun_dispersed.level", "407"},
      {"assistance.urban_dibao.person_times", "398090"},
      {"assistance.urban_dibao.amount", "14556万元"},
      {"assistance.urban_dibao.level", "365.64"},
      {"assistance.rural_dibao.person_times", "1129772"},
      {"assistance.rural_dibao.amount", "30082.48万元"},
      {"assistance.rural_dibao.level", "266.27"},
      {"assistance.festival_eid.amount", "3221万元"},
      {"assistance.heating.amount", "5188.17万元"},
      {"assistance.spring_festival.amount", "527.53万元"},
      // 二（三）社会组织: 17 + 8 + 1 registered, 13 + 12 cancelled
      {"organisations.social_group.registered", "17"},
      {"organisations.private_non_enterprise.registered", "8"},
      {"organisations.elderly_care.registered", "1"},
      {"organisations.social_group.cancelled", "13"},
      {"organisations.private_non_enterprise.cancelled", "12"},
      // 二（五）: 30 service items, 5 of them 行政审批 (行政许可)
      {"services.items", "30"},
      {"services.licensing", "5"},
      // 四、建议提案: 2 + 2 regional, 4 + 10 city
      {"proposals.npc.region.items", "2"},
      {"proposals.npc.region.topics", "行政区划调整和养老服务体系建设"},
      {"proposals.cppcc.region.items", "2"},
      {"proposals.cppcc.region.topics", "儿童福利机构发展和社区（村）居委会建设"},
      {"proposals.npc.city.items", "4"},
      {"proposals.cppcc.city.items", "10"},
      // 五、依申请公开: none, and no appeal or complaint
      {"requests.received", "0"},
      {"requests.reconsiderations", "0"},
      {"requests.lawsuits", "0"},
      {"requests.complaints", "0"},
      {"fees.applications", "0"},
  };
  for (const auto& [key, value] : source) {
    ASSERT_NO_THROW(figure_value(d.figures, key)) << key;
    EXPECT_EQ(figure_value(d.figures, key), value) << key;
  }
}

TEST_P(LegacyDraftTest, The2017TextQuotesTheFiguresInTheSourcesSentences) {
  const auto text = text_of(draft(summary_.agency_id, 2017));
  const std::vector<std::string> sentences{
      "全年通过吴忠市政府门户网站公开公示民政信息88条",
      "等新闻媒体公开公示各类政务信息63条",
      "临时救助累计救助65302人次，发放救助金额3853.75万元",
      "集中供养605人，累计支出供养经费623.92万元，人均供养水平为每人每月707元",
      "分散供养1640人，累计支出供养经费866.25万元，人均供养水平为每人每月407元",
      "城市低保累计保障对象398090人次，支出资金14556万元，人均补助水平每人每月365.64元",
      "农村低保累计保障对象1129772人次，支出资金30082.48万元，人均补助水平每人每月266.27元",
      "开斋节、古尔邦节困难补助津贴3221万元",
      "低保户取暖费5188.17万元",
      "春节过节补贴527.53万元",
      "共依法登记注册社会团体17家，民办非企业单位8家，批复设立养老机构1家；依法注销社会团体13家，民办非企业单位12家",
      "政务服务中心窗口将30项政务服务信息和服务流程（包含5项行政许可事项）在吴忠市政府门户网站公开",
      "办理自治区第十一届人大七次会议代表建议2件，内容涉及行政区划调整和养老服务体系建设",
      "办理政协自治区十届五次会议委员提案2件，内容涉及儿童福利机构发展和社区（村）居委会建设",
      "办理吴忠市五届人大一次会议代表建议4件",
      "办理政协吴忠市五届一次会议委员提案10件",
      "全年未接到公民、法人或其他组织有关公开政府信息的申请，也未发生因政府信息公开引起的行政复议、行政诉讼和投诉举报情况",
      "2017年，我局没有收到“行政首长信箱”舆情信息",
      "全年未收取信息处理费。",
      "《关于促进慈善事业健康发展的实施意见》《吴忠市促进养老服务业发展行动计划》2项决策草案公开征求意见",
      "联系电话：0953-2036045，邮政编码：751100，电子邮箱：wzsmzjbgswf@163.com",
      "所列数据统计期限为2017年1月1日至2017年12月31日",
      "一般事项报分管领导审批，重大事项报主要领导审批",
  };
  for (const auto& sentence : sentences) EXPECT_NE(text.find(sentence), std::string::npos) << sentence << "\n" << text;
}

TEST_P(LegacyDraftTest, The2017TextHasTheSixPartsOfTheSource) {
  const auto d = draft(summary_.agency_id, 2017);
  std::vector<std::string> parts;
  for (const auto& section : d.sections) {
    if (section.level == 1 && !section.heading.empty()) parts.push_back(section.heading);
  }
  const std::vector<std::string> expected{
      "一、概述",
      "二、重点领域政府信息公开情况",
      "三、政府信息主动公开情况",
      "四、人大代表建议和政协提案办理结果公开情况",
      "五、依申请公开政府信息和因政府信息公开申请行政复议、提起行政诉讼、收到投诉举报情况",
      "六、政府信息公开存在的主要问题及改进措施",
  };
  EXPECT_EQ(parts, expected);
  const auto text = text_of(d);
  for (const auto* heading : {"（一）组织领导", "（二）制度机制建设情况", "（三）政策解读及热点舆情回应情况",
                              "（一）积极推进社会救助信息公开", "（二）积极推动社会组织信息公开"}) {
    EXPECT_NE(text.find(heading), std::string::npos) << heading;
  }
  // The disclosure rules the agency issued in 2017, from the catalogue, and the leading group.
  EXPECT_NE(text.find("《吴忠市民政局政务公开制度》"), std::string::npos);
  EXPECT_NE(text.find("《吴忠市民政局政府信息公开保密制度》"), std::string::npos);
  EXPECT_NE(text.find("印发《吴忠市民政局关于调整政府信息公开工作领导小组的通知》（吴民发〔2017〕6号）"),
            std::string::npos);
  // What only the office can write is marked, not invented.
  EXPECT_NE(text.find("【待办公室填写："), std::string::npos);
}

// The demo's records begin in 2016 (a few items from March on): 2016 is not
// wholly on record, so the 2017 text makes no comparison with it.
TEST_P(LegacyDraftTest, NoComparisonWithAPreviousYearThatIsNotWhollyOnRecord) {
  const auto text = text_of(draft(summary_.agency_id, 2017));
  EXPECT_EQ(text.find("比上年"), std::string::npos);
  EXPECT_EQ(text.find("与上年持平"), std::string::npos);
}

TEST_P(LegacyDraftTest, AYearWithoutRecordsSaysSoWithoutInventingFigures) {
  const auto d = draft(summary_.agency_id, 2012);
  EXPECT_EQ(figure_value(d.figures, "proactive.portal"), "0");
  const auto text = text_of(d);
  EXPECT_NE(text.find("全年通过吴忠市政府门户网站公开公示民政信息0条。"), std::string::npos) << text;
  EXPECT_NE(text.find("2012年，我局未承办人大代表建议和政协委员提案。"), std::string::npos);
  EXPECT_EQ(text.find("社会救助信息公开"), std::string::npos);
}

TEST_P(LegacyDraftTest, RefusesAYearBefore2008AYearNotBegunAndAnUnknownAgency) {
  EXPECT_THROW(draft(summary_.agency_id, 2007), InvalidInput);
  EXPECT_THROW(draft(summary_.agency_id, 2999), InvalidInput);
  EXPECT_THROW(draft(987654, 2017), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Engines, LegacyDraftTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
