// 双公示 records on both engines: what the back office refuses (each with
// nothing stored and nothing audited), and the life of a record — recorded,
// published, corrected with its reason, withdrawn — each step audited.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "credit/decision_commands.h"
#include "credit/decision_queries.h"
#include "credit/decision_tally.h"
#include "credit/credit_fixture.h"

namespace gongkai::testing {
namespace {

using credit::DecisionInput;

class DecisionCommandsTest : public CreditTest {
 protected:
  int64_t record(const DecisionInput& input) {
    auto c = db_->lease();
    return credit::record_decision(*c, officer_, today_, input);
  }
  // Refused with InvalidInput whose message holds `reason`; nothing stored.
  void expect_refused(const DecisionInput& input, const std::string& reason) {
    try {
      record(input);
      ADD_FAILURE() << "accepted, expected: " << reason;
    } catch (const InvalidInput& error) {
      EXPECT_NE(std::string(error.what()).find(reason), std::string::npos) << error.what();
    }
    EXPECT_EQ(decisions(), 0);
    EXPECT_EQ(audits(), 0);
  }
};

TEST_P(DecisionCommandsTest, AValidLicenceIsRecordedUnpublishedWithItsEventAndAudit) {
  const int64_t id = record(licence());
  auto c = db_->lease();
  const auto d = credit::find_decision(*c, agency_id_, id);
  EXPECT_EQ(d.status, credit::DecisionStatus::kRecorded);
  EXPECT_EQ(d.field("credit_code"), "51640300MJ0000011P");
  EXPECT_EQ(d.public_name, "吴忠市测试协会");
  EXPECT_EQ(credit::decision_history(*c, id).size(), 1u);
  EXPECT_EQ(audits(), 1);
}

TEST_P(DecisionCommandsTest, AWrongCheckCharacterIsRefused) {
  auto input = licence();
  input.values["credit_code"] = "51640300MJ0000011Q";  // 'Q' instead of the worked 'P'
  expect_refused(input, "统一社会信用代码校验位错误");
  input.values["credit_code"] = "51640300MJ0000011";  // 17 characters
  expect_refused(input, "统一社会信用代码应为18位");
  input = licence();
  input.values["authority_credit_code"] = "11640300010423576V";
  expect_refused(input, "许可机关统一社会信用代码校验位错误");
}

TEST_P(DecisionCommandsTest, ADecisionDateInTheFutureIsRefused) {
  auto input = licence();  // today_ is 2026-11-27
  input.values["decision_date"] = "2026-11-28";
  input.values["valid_from"] = "2026-11-28";
  input.values["valid_until"] = "2031-11-27";
  expect_refused(input, "许可决定日期不能晚于今天");
  input.values["decision_date"] = "2017-02-30";
  expect_refused(input, "许可决定日期");
}

TEST_P(DecisionCommandsTest, ValidityEndingBeforeItStartsIsRefused) {
  auto input = licence();
  input.values["valid_until"] = "2017-02-28";
  expect_refused(input, "有效期至不能早于有效期自");
  auto penalty = penalty_of_person();
  penalty.values["penalty_valid_until"] = "2017-05-09";
  expect_refused(penalty, "处罚有效期不能早于处罚决定日期");
}

TEST_P(DecisionCommandsTest, ANegativeOrMalformedAmountIsRefused) {
  auto input = penalty_of_person();
  input.values["fine_amount"] = "-0.5";
  expect_refused(input, "罚款金额（万元）不能为负数");
  input.values["fine_amount"] = "五千";
  expect_refused(input, "罚款金额（万元）应为以万元为单位的数字");
  input = penalty_of_person();
  input.values["confiscated_amount"] = "-1";
  expect_refused(input, "没收违法所得、没收非法财物的金额（万元）不能为负数");
  input = penalty_of_person();
  input.values["fine_amount"] = "";
  expect_refused(input, "处罚类别含罚款，罚款金额（万元）应大于零");
}

TEST_P(DecisionCommandsTest, AnUnknownCategoryIsRefused) {
  auto input = licence();
  input.values["party_category"] = "事业单位";
  expect_refused(input, "行政相对人类别应为法人及非法人组织、自然人、个体工商户之一：事业单位");
  input = licence();
  input.values["licence_category"] = "审批";
  expect_refused(input, "许可类别应为普通、特许、认可、核准、登记、其他之一");
  auto penalty = penalty_of_person();
  penalty.values["penalty_category"] = "警告；训诫";
  expect_refused(penalty, "处罚类别应为");
  input = licence();
  input.kind = "行政确认";
  expect_refused(input, "决定类别应为行政许可、行政处罚或行政强制");
}

TEST_P(DecisionCommandsTest, RequiredFieldsAndThePartyRules) {
  auto input = licence();
  input.values["licence_content"] = "  ";
  expect_refused(input, "许可内容不能为空");
  input = licence();
  input.values.erase("credit_code");
  input.values.erase("licence_number");
  expect_refused(input, "应填写统一社会信用代码");
  input = licence();
  input.values["legal_representative"] = "";
  expect_refused(input, "法定代表人不能为空");
  auto person = penalty_of_person();
  person.values["id_number"] = "";
  expect_refused(person, "行政相对人为自然人时，证件号码不能为空");
  person = penalty_of_person();
  person.values["id_number"] = "640302198505120012";  // check digit 1, not 2
  expect_refused(person, "证件号码不是有效的身份证号码");
  person = penalty_of_person();
  person.values["credit_code"] = kPartyCode;
  expect_refused(person, "行政相对人为自然人时，不填写统一社会信用代码");
}

TEST_P(DecisionCommandsTest, WithoutThePermissionNothingIsRecorded) {
  auto c = db_->lease();
  EXPECT_THROW(credit::record_decision(*c, reviewer_, today_, licence()), Forbidden);
  EXPECT_EQ(decisions(), 0);
}

TEST_P(DecisionCommandsTest, ADocumentNumberIsUsedOnce) {
  record(licence());
  EXPECT_THROW(record(licence()), Conflict);
  EXPECT_EQ(decisions(), 1);
}

TEST_P(DecisionCommandsTest, PublishCorrectAndWithdrawAreAuditedAndRefusedWhenOutOfOrder) {
  const int64_t id = record(licence());
  auto c = db_->lease();
  const CivilDate published = *parse_date("2017-03-06");
  credit::publish_decision(*c, officer_, published, id);
  EXPECT_THROW(credit::publish_decision(*c, officer_, today_, id), Conflict);

  auto corrected = licence();
  corrected.values["licence_content"] = "准予成立登记。业务范围：开展学术交流活动";
  EXPECT_THROW(credit::correct_decision(*c, officer_, today_, id, corrected, " "), InvalidInput);
  EXPECT_THROW(credit::correct_decision(*c, officer_, today_, id, licence(), "核对"), InvalidInput);  // no change
  credit::correct_decision(*c, officer_, today_, id, corrected, "业务范围录入有误");
  auto d = credit::find_decision(*c, agency_id_, id);
  EXPECT_EQ(d.field("licence_content"), "准予成立登记。业务范围：开展学术交流活动");
  EXPECT_EQ(d.status, credit::DecisionStatus::kPublished);
  const auto history = credit::decision_history(*c, id);
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[2].reason, "业务范围录入有误（更正：许可内容）");
  const auto before = c->query_one(
      "SELECT before_json FROM audit_log WHERE action = 'credit_decisions.correct' AND entity_id = ?",
      {std::to_string(id)});
  ASSERT_TRUE(before.has_value());
  EXPECT_NE(before->text(0).find("开展交流活动"), std::string::npos);

  EXPECT_EQ(credit::tally_decisions(*c, agency_id_, 2017).licensing, 1);
  EXPECT_THROW(credit::withdraw_decision(*c, officer_, today_, id, ""), InvalidInput);
  credit::withdraw_decision(*c, officer_, today_, id, "许可决定已被撤销");
  EXPECT_THROW(credit::withdraw_decision(*c, officer_, today_, id, "再次撤销"), Conflict);
  EXPECT_THROW(credit::correct_decision(*c, officer_, today_, id, licence(), "改回"), Conflict);
  EXPECT_EQ(credit::tally_decisions(*c, agency_id_, 2017).licensing, 0);  // withdrawn: not counted
  EXPECT_EQ(audits(), 4);  // record, publish, correct, withdraw
}

TEST_P(DecisionCommandsTest, AnotherAgencysDecisionIsNotFound) {
  const int64_t id = record(licence());
  org::StaffActor stranger = officer_;
  stranger.agency_id = agency_id_ + 1000;
  auto c = db_->lease();
  EXPECT_THROW(credit::publish_decision(*c, stranger, today_, id), NotFound);
}

TEST_P(DecisionCommandsTest, ThePublicSeesPublishedDecisionsAndANaturalPersonsMaskedNameOnly) {
  const int64_t licence_id = record(licence());
  const int64_t penalty_id = record(penalty_of_person());
  auto c = db_->lease();
  credit::DecisionQuery all;
  EXPECT_EQ(credit::search_public_decisions(*c, agency_id_, today_, all).total, 0);  // nothing published yet
  EXPECT_THROW(credit::find_public_decision(*c, agency_id_, licence_id, today_), NotFound);
  credit::publish_decision(*c, officer_, *parse_date("2017-03-06"), licence_id);
  credit::publish_decision(*c, officer_, *parse_date("2017-05-12"), penalty_id);
  EXPECT_EQ(credit::search_public_decisions(*c, agency_id_, today_, all).total, 2);
  const auto d = credit::find_public_decision(*c, agency_id_, penalty_id, today_);
  EXPECT_EQ(d.public_name, "王*军");
  credit::DecisionQuery by_name;
  by_name.text = "王建军";  // the real name finds nothing on the public side
  EXPECT_EQ(credit::search_public_decisions(*c, agency_id_, today_, by_name).total, 0);
  by_name.text = "王*军";
  EXPECT_EQ(credit::search_public_decisions(*c, agency_id_, today_, by_name).total, 1);
  credit::DecisionQuery penalties;
  penalties.kind = "行政处罚";
  penalties.year = "2017";
  EXPECT_EQ(credit::search_public_decisions(*c, agency_id_, today_, penalties).total, 1);
  penalties.year = "2016";
  EXPECT_EQ(credit::search_public_decisions(*c, agency_id_, today_, penalties).total, 0);
  penalties.year = "17";
  EXPECT_THROW(credit::search_public_decisions(*c, agency_id_, today_, penalties), InvalidInput);
}

TEST_P(DecisionCommandsTest, APenaltyLeavesThePublicPagesAfterItsPublicityPeriod) {
  auto input = penalty_of_person();
  input.values["publicity_until"] = "2018-05-09";
  const int64_t id = record(input);
  auto c = db_->lease();
  credit::publish_decision(*c, officer_, *parse_date("2017-05-12"), id);
  EXPECT_NO_THROW(credit::find_public_decision(*c, agency_id_, id, *parse_date("2018-05-09")));
  EXPECT_THROW(credit::find_public_decision(*c, agency_id_, id, *parse_date("2018-05-10")), NotFound);
  EXPECT_EQ(credit::tally_decisions(*c, agency_id_, 2017).penalty, 1);  // still a decision of 2017
}

INSTANTIATE_TEST_SUITE_P(Engines, DecisionCommandsTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
