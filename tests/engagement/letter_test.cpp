// 行政首长信箱 in the domain: the letter and its tracking code, the reply
// period in working days (worked out by hand from data/holidays/2017.json),
// the agency's own period, assignment, reply, overdue letters and the
// published exchange with the writer's personal data masked.
#include <gtest/gtest.h>

#include <functional>

#include "core/errors.h"
#include "engagement/engagement_fixture.h"
#include "engagement/engagement_inbox.h"
#include "engagement/engagement_settings.h"
#include "engagement/letter_commands.h"
#include "engagement/letter_queries.h"
#include "engagement/tracking_code.h"

namespace gongkai::testing {
namespace {

using namespace gongkai::engagement;

constexpr const char* kAddress = "吴忠市利通区金星镇富康小区3号楼2单元";

class LetterTest : public EngagementTest {
 protected:
  NewLetter letter(const std::string& subject = "关于富康小区养老服务站的建议") {
    return {"张小明", "13812345678", "", kAddress, subject,
            std::string("我叫张小明，住在") + kAddress + "，电话13812345678，身份证号11010519491231002X。建议增设助餐点。"};
  }

  ReceivedLetter send(const NewLetter& l, const Moment& moment, const std::string& address = "10.2.2.2") {
    auto c = db_->lease();
    return submit_letter(*c, sender(address, moment), agency_, l, calendar_);
  }

  template <typename Error>
  void expect_refused(const std::function<void()>& change, const std::string& reason) {
    try {
      change();
      ADD_FAILURE() << "accepted, expected: " << reason;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(reason), std::string::npos) << e.what();
    }
  }
};

TEST_P(LetterTest, TrackingCodeIsTwelveUnambiguousCharactersAndFindsTheLetter) {
  const ReceivedLetter received = send(letter(), at("2017-09-25"));
  ASSERT_EQ(received.tracking_code.size(), 12u);
  EXPECT_EQ(received.tracking_code.find_first_of("01OIL"), std::string::npos);
  auto c = db_->lease();
  const std::string typed = format_tracking_code(received.tracking_code);  // ABCD-EFGH-JKMN
  auto lower = typed;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const std::string& form : {received.tracking_code, typed, " " + lower + " "}) {
    const auto found = lookup_letter(*c, agency_, form);
    ASSERT_TRUE(found) << form;
    EXPECT_EQ(found->subject, "关于富康小区养老服务站的建议");
    EXPECT_EQ(found->status, LetterStatus::kReceived);
    EXPECT_EQ(format_date(found->due_on), "2017-10-20");
  }
  EXPECT_FALSE(lookup_letter(*c, agency_, "2345-6789-ABCD"));  // well-formed, unknown
  EXPECT_FALSE(lookup_letter(*c, agency_, "0000-0000-0000"));  // 0 is not in the alphabet
  EXPECT_FALSE(lookup_letter(*c, agency_, received.tracking_code.substr(0, 11)));
  // Two letters never share a code.
  EXPECT_NE(send(letter("另一封信"), at("2017-09-25")).tracking_code, received.tracking_code);
}

// Received Monday 2017-09-25; counting from the 26th: 26, 27, 28, 29 (1–4),
// Saturday 30 is a make-up working day (5), 1–8 October are the National
// Day holiday, then 9–13 (6–10) and 16–20 (11–15): due Friday 2017-10-20.
TEST_P(LetterTest, ReplyIsDueFifteenWorkingDaysAfterReceiptAcrossNationalDay) {
  const ReceivedLetter received = send(letter(), at("2017-09-25"));
  EXPECT_EQ(format_date(received.received_on), "2017-09-25");
  EXPECT_EQ(format_date(received.due_on), "2017-10-20");
}

// Five working days from Monday 2017-09-25 end on the make-up Saturday 2017-09-30.
TEST_P(LetterTest, TheAgencySetsItsOwnReplyPeriod) {
  auto c = db_->lease();
  EXPECT_EQ(letter_reply_working_days(*c, agency_), 15);
  expect_refused<Forbidden>([&] { set_letter_reply_working_days(*c, office_, 5); }, "无权");
  expect_refused<InvalidInput>([&] { set_letter_reply_working_days(*c, administrator_, 0); }, "1至60个工作日");
  expect_refused<InvalidInput>([&] { set_letter_reply_working_days(*c, administrator_, 61); }, "1至60个工作日");
  set_letter_reply_working_days(*c, administrator_, 5);
  EXPECT_EQ(letter_reply_working_days(*c, agency_), 5);
  EXPECT_EQ(format_date(submit_letter(*c, sender("10.2.2.3", at("2017-09-25")), agency_, letter(), calendar_).due_on),
            "2017-09-30");
}

TEST_P(LetterTest, ALetterNeedsAWayToReply) {
  auto l = letter();
  l.phone = "";
  expect_refused<InvalidInput>([&] { send(l, at("2017-09-25")); }, "请填写联系电话或电子邮箱");
  l.email = "not-an-address";
  expect_refused<InvalidInput>([&] { send(l, at("2017-09-25")); }, "电子邮箱格式不正确");
  l.email = "writer@example.com";
  EXPECT_GT(send(l, at("2017-09-25")).id, 0);
  auto nameless = letter();
  nameless.writer_name = "";
  expect_refused<InvalidInput>([&] { send(nameless, at("2017-09-25")); }, "姓名不能为空");
}

TEST_P(LetterTest, SendingTheSameLetterAgainGivesTheSameCode) {
  const auto first = send(letter(), at("2017-09-25", 9, 0));
  const auto again = send(letter(), at("2017-09-25", 9, 1));
  EXPECT_EQ(again.tracking_code, first.tracking_code);
  EXPECT_EQ(count("letters"), 1);
}

TEST_P(LetterTest, ThreeLettersAnHourFromOneAddress) {
  send(letter("一"), at("2017-09-25", 9, 0));
  send(letter("二"), at("2017-09-25", 9, 10));
  send(letter("三"), at("2017-09-25", 9, 20));
  expect_refused<TooManyRequests>([&] { send(letter("四"), at("2017-09-25", 9, 30)); }, "60分钟内最多提交3条来信");
  EXPECT_GT(send(letter("四"), at("2017-09-25", 10, 1)).id, 0);
}

TEST_P(LetterTest, AssignedOnlyToSomeoneWhoHandlesLetters) {
  const auto received = send(letter(), at("2017-09-25"));
  auto c = db_->lease();
  expect_refused<Forbidden>([&] { assign_letter(*c, officer_, received.id, office2_.user_id); }, "无权");
  expect_refused<InvalidInput>([&] { assign_letter(*c, office_, received.id, officer_.user_id); },
                               "承办人的角色（信息员）不能办理信件");
  expect_refused<InvalidInput>([&] { assign_letter(*c, office_, received.id, 99999); }, "承办人不存在");
  expect_refused<NotFound>([&] { assign_letter(*c, office_, received.id + 1000, office2_.user_id); }, "信件不存在");
  assign_letter(*c, office_, received.id, office2_.user_id);
  const Letter assigned = *find_letter(*c, received.id);
  EXPECT_EQ(assigned.status(), LetterStatus::kAssigned);
  EXPECT_EQ(assigned.assigned_user_name, "用户office2");
  const auto tasks = engagement_tasks(*c, office2_, *parse_date("2017-09-26"));
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].key, "letters_mine");
}

TEST_P(LetterTest, OverdueWhenNotRepliedAfterTheDueDay) {
  const auto received = send(letter(), at("2017-09-25"));
  auto c = db_->lease();
  LetterFilter overdue;
  overdue.overdue_only = true;
  EXPECT_TRUE(list_letters(*c, agency_, overdue, *parse_date("2017-10-20")).empty());
  ASSERT_EQ(list_letters(*c, agency_, overdue, *parse_date("2017-10-23")).size(), 1u);
  EXPECT_TRUE(find_letter(*c, received.id)->overdue(*parse_date("2017-10-23")));
  reply_letter(*c, office_, received.id, "张小明同志：您好！已安排增设助餐点。", at("2017-10-24"));
  EXPECT_TRUE(list_letters(*c, agency_, overdue, *parse_date("2017-10-25")).empty());
  const auto looked_up = lookup_letter(*c, agency_, received.tracking_code);
  EXPECT_EQ(looked_up->status, LetterStatus::kReplied);
  EXPECT_EQ(looked_up->reply, "张小明同志：您好！已安排增设助餐点。");
  EXPECT_EQ(format_date(*looked_up->replied_on), "2017-10-24");
}

TEST_P(LetterTest, PublishedExchangeHasThePersonalDataMasked) {
  const auto received = send(letter(), at("2017-09-25"));
  auto c = db_->lease();
  expect_refused<Conflict>([&] { publish_letter(*c, office_, received.id, {}); }, "信件答复后才能公开");
  reply_letter(*c, office_, received.id, "张小明同志：您好！已安排增设助餐点。", at("2017-09-28"));
  // Staff may edit the public text, but not leave the writer's name in it.
  expect_refused<InvalidInput>(
      [&] { publish_letter(*c, office_, received.id, {"", "张小明的来信", ""}); }, "仍有未脱敏的个人信息");
  EXPECT_TRUE(published_letters(*c, agency_).empty());
  publish_letter(*c, office_, received.id, {});
  expect_refused<Conflict>([&] { publish_letter(*c, office_, received.id, {}); }, "该信件已公开");
  const auto shown = published_letters(*c, agency_);
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0].subject, "关于富康小区养老服务站的建议");
  EXPECT_EQ(shown[0].body,
            "我叫张*明，住在吴忠市利通区金星镇****，电话138****5678，身份证号11*************02X。建议增设助餐点。");
  EXPECT_EQ(shown[0].reply, "张*明同志：您好！已安排增设助餐点。");
  expect_refused<Conflict>([&] { reply_letter(*c, office_, received.id, "修改答复", at("2017-09-29")); },
                           "请先撤回公开");
  unpublish_letter(*c, office_, received.id);
  EXPECT_TRUE(published_letters(*c, agency_).empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, LetterTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
