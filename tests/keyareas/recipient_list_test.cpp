// Recipient lists (公示名单) on both engines: the import keeps only what a
// list may show and refuses every bad row by its number, all or nothing;
// duplicates within a list and across the period's lists are refused; a
// list is published (audited) and withdrawn with a reason (audited), and the
// public view masks each field as spec/conventions.md says, shows no rows of
// a withdrawn list or of a 7-day 公示 whose window has ended.
#include <gtest/gtest.h>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "keyareas/assistance_fixture.h"
#include "keyareas/assistance_template.h"
#include "keyareas/recipient_commands.h"
#include "keyareas/recipient_import.h"
#include "keyareas/recipient_queries.h"
#include "core/xlsx_reader.h"

namespace gongkai::testing {
namespace {

namespace ka = gongkai::keyareas;

// 640302198503120018, worked by hand: Σ digit×weight over the first 17
// (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) = 224; 224 mod 11 = 4; the
// check character at 4 of "10X98765432" is 8.
constexpr const char* kId1 = "640302198503120018";
constexpr const char* kId2 = "640302196207041228";
constexpr const char* kId3 = "640302197811302038";
constexpr const char* kId4 = "640302199001010040";
const std::string kHeader = "户主姓名,身份证号码,乡镇（街道）,村（社区）,家庭人口,保障金额（元）,变动情况\n";

class RecipientListTest : public AssistanceTest {
 protected:
  ka::RecipientImportReport import_text(const std::string& text, const ka::RecipientListInput& list,
                                        const std::string& name = "list.csv") {
    auto c = db_->lease();
    return ka::import_recipient_list(*c, officer_, seal_, day("2017-12-05"), list,
                                     ka::parse_recipient_file(text, name));
  }
  static CivilDate day(const char* text) { return *parse_date(text); }
  static ka::RecipientListInput december() { return {"城市低保", "2017-12", "金积镇", ""}; }
  int count(const std::string& sql) {
    auto c = db_->lease();
    return static_cast<int>(c->query_one(sql)->integer(0));
  }

  const requests::IdentitySeal seal_{requests::IdentitySeal::Key{7, 1, 2, 3}};
};

const std::string kGoodList = kHeader +
                              "马秀兰," + kId1 + ",金积镇,西门村,3,1260.00,新增\n" +
                              "杨林," + kId2 + ",,金积社区,1,420.5,\n" +
                              "欧阳小明," + kId3 + ",金积镇,大庙村,4,0,停发\n";

TEST_P(RecipientListTest, AListKeepsOnlyWhatItMayShowAndNeverTheIdNumber) {
  const auto report = import_text(kGoodList, december());
  ASSERT_TRUE(report.problems.empty()) << ka::describe_problems(report.problems);
  EXPECT_EQ(report.imported, 3);
  // The ID numbers are nowhere in the store: only keyed hashes, 64 hex digits here.
  EXPECT_EQ(count(std::string("SELECT COUNT(*) FROM assistance_recipients WHERE id_digest = '") + kId1 + "'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM assistance_recipients WHERE id_digest LIKE '%0018'"), 0);
  auto c = db_->lease();
  const auto rows = ka::list_recipients(*c, officer_, report.list_id);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].township, "金积镇");  // empty: the list's area
  EXPECT_EQ(rows[1].amount.value, 42050);
  EXPECT_EQ(rows[1].change_kind, "continued");  // empty: 续保
  const auto list = ka::agency_list(*c, officer_, report.list_id);
  EXPECT_EQ(list.status, ka::ListStatus::kDraft);
  EXPECT_EQ(list.rows, 3);
  // A draft is not public.
  EXPECT_THROW(ka::public_list(*c, agency_id_, report.list_id, day("2017-12-06")), NotFound);
  EXPECT_TRUE(ka::public_lists(*c, agency_id_, "").empty());
}

TEST_P(RecipientListTest, EveryBadRowIsReportedByNumberAndNothingIsStored) {
  const std::string file = kHeader +
                           "马秀兰," + kId1 + ",金积镇,西门村,3,1260,新增\n" +   // 2: good
                           "杨林,640302198503120019,金积镇,西门村,2,300,\n" +      // 3: check character 9, not 8
                           "丁成,64030219850312001,金积镇,西门村,2,300,\n" +       // 4: 17 characters
                           "海明," + kId1 + ",金积镇,大庙村,2,300,\n" +            // 5: same ID as row 2
                           "苏兰," + kId2 + ",古城镇,大庙村,2,300,\n" +            // 6: another township
                           "田芳," + kId3 + ",金积镇,西门村3组12号,2,300,\n" +     // 7: a detailed address
                           "纳强," + kId4 + ",金积镇,西门村,0,300,\n" +            // 8: household of 0
                           ",640302195508153018,金积镇,西门村,2,300,\n" +          // 9: no name
                           "沙军,640302195508153018,金积镇,西门村,2,-1,\n" +       // 10: negative amount
                           "金花,640302195508153018,金积镇,西门村,2,0,新增\n" +    // 11: 0 but not stopped
                           "李勇,640302195508153018,金积镇,西门村,2,100,转走\n";   // 12: unknown change
  const auto report = import_text(file, december());
  EXPECT_EQ(report.imported, 0);
  EXPECT_EQ(report.list_id, 0);
  ASSERT_EQ(report.problems.size(), 10u) << ka::describe_problems(report.problems);
  EXPECT_EQ(report.problems[0].row, 3);
  EXPECT_EQ(report.problems[0].reason, "身份证号码无效（校验位或出生日期不符合GB 11643）：64*************019");
  EXPECT_EQ(report.problems[1].row, 4);
  EXPECT_EQ(report.problems[1].reason, "身份证号码应为18位：64************001");
  EXPECT_EQ(report.problems[2].row, 5);
  EXPECT_EQ(report.problems[2].reason, "身份证号码与第2行重复");
  EXPECT_EQ(report.problems[3].row, 6);
  EXPECT_EQ(report.problems[3].reason, "乡镇（街道）“古城镇”不是本名单的公示范围“金积镇”");
  EXPECT_EQ(report.problems[4].row, 7);
  EXPECT_EQ(report.problems[4].reason, "村（社区）只填村或社区名称，不填组、门牌号等详细地址");
  EXPECT_EQ(report.problems[5].row, 8);
  EXPECT_EQ(report.problems[5].reason, "家庭人口应在1至30人之间：0");
  EXPECT_EQ(report.problems[6].row, 9);
  EXPECT_EQ(report.problems[6].reason, "户主姓名不能为空");
  EXPECT_EQ(report.problems[7].row, 10);
  EXPECT_EQ(report.problems[7].reason, "保障金额不能为负数：-1");
  EXPECT_EQ(report.problems[8].row, 11);
  EXPECT_EQ(report.problems[8].reason, "保障金额为0的应填“停发”");
  EXPECT_EQ(report.problems[9].row, 12);
  EXPECT_EQ(report.problems[9].reason, "变动情况应为新增、调整、停发、续保之一：转走");
  // All or nothing: not even the good row 2, nor a list, nor an audit record.
  EXPECT_EQ(count("SELECT COUNT(*) FROM assistance_recipients"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM assistance_recipient_lists"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'recipient_list.%'"), 0);
}

TEST_P(RecipientListTest, ColumnsAListMayNotHoldAreRefusedByName) {
  EXPECT_THROW(
      {
        try {
          import_text("户主姓名,身份证号码,村（社区）,家庭人口,保障金额（元）,联系电话\n马秀兰,1,西门村,1,1,13812341234\n",
                      december());
        } catch (const InvalidInput& e) {
          EXPECT_STREQ(e.what(), "第1行：公示名单不得包含“联系电话”，请删除该列后重新导入");
          throw;
        }
      },
      InvalidInput);
  EXPECT_THROW(import_text("户主姓名,身份证号码,村（社区）,家庭人口,保障金额（元）,详细地址\n", december()), InvalidInput);
  EXPECT_THROW(import_text("户主姓名,村（社区）,家庭人口,保障金额（元）\n马秀兰,西门村,1,1\n", december()), InvalidInput);
}

TEST_P(RecipientListTest, TheListHeaderFollowsTheProgrammesSchedule) {
  EXPECT_THROW(import_text(kGoodList, {"城市低保", "2017-Q4", "金积镇", ""}), InvalidInput);  // monthly
  EXPECT_THROW(import_text(kGoodList, {"临时救助", "2017-12", "金积镇", ""}), InvalidInput);  // quarterly
  EXPECT_THROW(import_text(kGoodList, {"取暖费", "2017-11-15", "金积镇", ""}), InvalidInput);  // no lists
  EXPECT_THROW(import_text(kGoodList, {"城市低保", "2018-01", "金积镇", ""}), InvalidInput);   // not begun on 12-05
  EXPECT_THROW(import_text(kGoodList, {"城市低保", "2017-12", "", ""}), InvalidInput);
  EXPECT_THROW(import_text(kGoodList, {"城市低保", "2017-12", "金积镇", "长期"}), InvalidInput);
  const auto quarterly = import_text(kGoodList, {"临时救助", "2017-Q4", "金积镇", ""});
  EXPECT_TRUE(quarterly.problems.empty());
  // A secrecy reviewer may not enter lists (docs/roles.md).
  auto c = db_->lease();
  EXPECT_THROW(ka::import_recipient_list(*c, reviewer_, seal_, day("2017-12-05"), december(),
                                         ka::parse_recipient_file(kGoodList, "list.csv")),
               Forbidden);
}

TEST_P(RecipientListTest, AHouseholdIsOnOneListOfAProgrammeAndPeriod) {
  ASSERT_TRUE(import_text(kGoodList, december()).problems.empty());
  const auto other = import_text(kHeader + "马秀兰," + kId1 + ",古城镇,红星村,3,1260,\n", {"城市低保", "2017-12", "古城镇", ""});
  ASSERT_EQ(other.problems.size(), 1u);
  EXPECT_EQ(other.problems[0].row, 2);
  EXPECT_EQ(other.problems[0].reason, "该户已在同期“金积镇”的名单中");
  // Another month, or another programme, is another list.
  EXPECT_TRUE(import_text(kHeader + "马秀兰," + kId1 + ",金积镇,西门村,3,1260,\n", {"城市低保", "2017-11", "金积镇", ""})
                  .problems.empty());
}

TEST_P(RecipientListTest, ADraftIsReplacedAPublishedListIsNot) {
  const auto first = import_text(kGoodList, december());
  const auto second = import_text(kHeader + "马秀兰," + kId1 + ",金积镇,西门村,3,1300,调整\n", december());
  ASSERT_TRUE(second.problems.empty());
  EXPECT_EQ(second.list_id, first.list_id);
  EXPECT_EQ(count("SELECT COUNT(*) FROM assistance_recipients"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'recipient_list.replace'"), 1);
  auto c = db_->lease();
  ka::publish_recipient_list(*c, officer_, day("2017-12-08"), first.list_id);
  EXPECT_THROW(import_text(kGoodList, december()), Conflict);
  EXPECT_THROW(ka::publish_recipient_list(*c, officer_, day("2017-12-09"), first.list_id), Conflict);
}

TEST_P(RecipientListTest, ThePublicViewMasksEachFieldAsTheRulesSay) {
  const auto report = import_text(kGoodList, december());
  auto c = db_->lease();
  ka::publish_recipient_list(*c, officer_, day("2017-12-08"), report.list_id);
  const auto view = ka::public_list(*c, agency_id_, report.list_id, day("2026-11-27"));
  EXPECT_EQ(view.state, ka::PublicState::kShown);  // 保障名单: no end
  ASSERT_EQ(view.rows.size(), 3u);
  // 马秀兰: three characters, the middle one starred; 杨林: two, the second;
  // 欧阳小明: four, the two in the middle.
  EXPECT_EQ(view.rows[0].head_name, "马*兰");
  EXPECT_EQ(view.rows[1].head_name, "杨*");
  EXPECT_EQ(view.rows[2].head_name, "欧**明");
  EXPECT_EQ(view.rows[0].township, "金积镇");
  EXPECT_EQ(view.rows[0].village, "西门村");
  EXPECT_EQ(view.rows[0].household_size, 3);
  EXPECT_EQ(view.rows[0].amount, "1,260.00");
  EXPECT_EQ(view.rows[0].change, "新增");
  EXPECT_EQ(view.rows[1].change, "续保");
  EXPECT_EQ(view.rows[2].change, "停发");
  // Totals leave the stopped household out: 2 households, 3 + 1 persons, 1260 + 420.50 元.
  EXPECT_EQ(view.households, 2);
  EXPECT_EQ(view.persons, 4);
  EXPECT_EQ(view.total.value, 168050);
  const auto lists = ka::public_lists(*c, agency_id_, "urban_dibao");
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(ka::list_title(lists[0]), "城市低保2017年12月金积镇保障名单公示");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'recipient_list.publish'"), 1);
}

TEST_P(RecipientListTest, ASevenDayPublicityShowsItsRowsSevenDaysInclusive) {
  const auto report = import_text(kGoodList, {"城市低保", "2017-12", "金积镇", "初审意见公示"});
  auto c = db_->lease();
  ka::publish_recipient_list(*c, officer_, day("2017-12-08"), report.list_id);
  // Published 12-08: the 7 days are 12-08 … 12-14.
  const auto list = ka::agency_list(*c, officer_, report.list_id);
  ASSERT_TRUE(list.window_ends_on.has_value());
  EXPECT_EQ(format_date(*list.window_ends_on), "2017-12-14");
  EXPECT_EQ(ka::public_list(*c, agency_id_, report.list_id, day("2017-12-14")).rows.size(), 3u);
  const auto ended = ka::public_list(*c, agency_id_, report.list_id, day("2017-12-15"));
  EXPECT_EQ(ended.state, ka::PublicState::kWindowEnded);
  EXPECT_TRUE(ended.rows.empty());
}

TEST_P(RecipientListTest, AWithdrawnListShowsTheWithdrawalAndNoRows) {
  const auto report = import_text(kGoodList, december());
  {
  auto c = db_->lease();
  EXPECT_THROW(ka::withdraw_recipient_list(*c, officer_, day("2017-12-09"), report.list_id, "有误"), Conflict);  // a draft
  ka::publish_recipient_list(*c, officer_, day("2017-12-08"), report.list_id);
  EXPECT_THROW(ka::withdraw_recipient_list(*c, officer_, day("2017-12-09"), report.list_id, "  "), InvalidInput);
  EXPECT_THROW(ka::withdraw_recipient_list(*c, reviewer_, day("2017-12-09"), report.list_id, "有误"), Forbidden);
  ka::withdraw_recipient_list(*c, officer_, day("2017-12-09"), report.list_id, "第2户家庭人口有误");
  const auto view = ka::public_list(*c, agency_id_, report.list_id, day("2017-12-10"));
  EXPECT_EQ(view.state, ka::PublicState::kWithdrawn);
  EXPECT_TRUE(view.rows.empty());
  EXPECT_EQ(view.list.withdrawal_reason, "第2户家庭人口有误");
  EXPECT_EQ(format_date(*view.list.withdrawn_on), "2017-12-09");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'recipient_list.withdraw'"), 1);
  EXPECT_THROW(ka::withdraw_recipient_list(*c, officer_, day("2017-12-10"), report.list_id, "再次"), Conflict);
  }
  // Withdrawn, its households may be listed again: the corrected list.
  EXPECT_TRUE(import_text(kGoodList, december()).problems.empty());
}

TEST_P(RecipientListTest, AnotherAgencysListIsNotFound) {
  const auto report = import_text(kGoodList, december());
  auto c = db_->lease();
  EXPECT_THROW(ka::public_list(*c, agency_id_ + 1000, report.list_id, day("2017-12-10")), NotFound);
  org::StaffActor stranger = officer_;
  stranger.agency_id = agency_id_ + 1000;
  EXPECT_THROW(ka::publish_recipient_list(*c, stranger, day("2017-12-08"), report.list_id), NotFound);
}

TEST_P(RecipientListTest, TheXlsxTemplateReadsBackAndImports) {
  const std::string xlsx = ka::recipient_template_xlsx();
  ASSERT_TRUE(looks_like_xlsx(xlsx));
  const auto sheet = read_first_sheet(xlsx);
  ASSERT_EQ(sheet.size(), 1u);
  EXPECT_EQ(sheet[0].cells.size(), 7u);
  EXPECT_EQ(sheet[0].cells[1], "身份证号码");
  EXPECT_EQ(ka::recipient_template_csv(), "\xEF\xBB\xBF" "户主姓名,身份证号码,乡镇（街道）,村（社区）,家庭人口,保障金额（元）,变动情况\r\n");
  // The template alone: no rows, nothing stored.
  const auto report = import_text(xlsx, december(), "模板.xlsx");
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].reason, "文件中没有数据行");
}

INSTANTIATE_TEST_SUITE_P(Engines, RecipientListTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
