// 意见征集 in the domain: dates and phases, who may open and moderate, when
// the public may comment and how often, what the public view shows, and
// when 采纳情况 may be published.
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

#include "core/errors.h"
#include "engagement/consultation_commands.h"
#include "engagement/consultation_queries.h"
#include "engagement/engagement_fixture.h"
#include "engagement/engagement_inbox.h"
#include "org/agency_repository.h"

namespace gongkai::testing {
namespace {

using namespace gongkai::engagement;

class ConsultationTest : public EngagementTest {
 protected:
  // Open from 2017-04-01 to 2017-04-30, both days included.
  ConsultationDraft april_draft() {
    return {"关于促进慈善事业健康发展的实施意见（征求意见稿）", "第一条 鼓励社会力量参与慈善。",
            "慈善法施行后，需要结合本市实际细化措施。", "《中华人民共和国慈善法》", "2017-04-01", "2017-04-30"};
  }

  int64_t open_april() {
    auto c = db_->lease();
    return open_consultation(*c, office_, april_draft(), at("2017-03-20"));
  }

  int64_t comment(int64_t consultation, const std::string& address, const Moment& moment,
                  const std::string& body = "建议加大对慈善组织的扶持。") {
    auto c = db_->lease();
    return submit_comment(*c, sender(address, moment), consultation, {"", "", body});
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

TEST_P(ConsultationTest, ClosingDayBeforeOpeningDayIsRefusedAndNothingWritten) {
  const int64_t audit_before = count("audit_log");
  auto draft = april_draft();
  draft.closes_on = "2017-03-31";
  auto c = db_->lease();
  expect_refused<InvalidInput>([&] { open_consultation(*c, office_, draft, at("2017-03-20")); },
                               "征集截止日期不能早于开始日期");
  draft.closes_on = "2017-04-31";
  expect_refused<InvalidInput>([&] { open_consultation(*c, office_, draft, at("2017-03-20")); }, "征集截止日期");
  draft = april_draft();
  draft.basis = "  ";
  expect_refused<InvalidInput>([&] { open_consultation(*c, office_, draft, at("2017-03-20")); }, "决策依据不能为空");
  EXPECT_EQ(count("consultations"), 0);
  EXPECT_EQ(count("audit_log"), audit_before);
}

TEST_P(ConsultationTest, DoubleSubmitsChangeNothing) {
  const int64_t id = open_april();
  auto c = db_->lease();
  expect_refused<Conflict>([&] { open_consultation(*c, office_, april_draft(), at("2017-03-20")); }, "请勿重复提交");
  EXPECT_EQ(count("consultations"), 1);
  const int64_t first = comment(id, "10.0.0.1", at("2017-04-10", 9, 0));
  const int64_t audit_before = count("audit_log");
  EXPECT_EQ(comment(id, "10.0.0.1", at("2017-04-10", 9, 1)), first);
  EXPECT_EQ(count("consultation_comments"), 1);
  EXPECT_EQ(count("audit_log"), audit_before);
}

TEST_P(ConsultationTest, OnlyTheOfficeOpensConsultations) {
  auto c = db_->lease();
  expect_refused<Forbidden>([&] { open_consultation(*c, officer_, april_draft(), at("2017-03-20")); },
                            "信息员");
  EXPECT_EQ(count("consultations"), 0);
}

TEST_P(ConsultationTest, OpeningOnTheSameDayItClosesIsAOneDayConsultation) {
  auto draft = april_draft();
  draft.closes_on = "2017-04-01";
  auto c = db_->lease();
  const int64_t id = open_consultation(*c, office_, draft, at("2017-03-20"));
  EXPECT_EQ(find_consultation(*c, id)->phase(*parse_date("2017-04-01")), ConsultationPhase::kOpen);
}

TEST_P(ConsultationTest, PhaseFollowsTheDatesBothDaysIncluded) {
  const int64_t id = open_april();
  auto c = db_->lease();
  const Consultation consultation = *find_consultation(*c, id);
  EXPECT_EQ(consultation.phase(*parse_date("2017-03-31")), ConsultationPhase::kNotStarted);
  EXPECT_EQ(consultation.phase(*parse_date("2017-04-01")), ConsultationPhase::kOpen);
  EXPECT_EQ(consultation.phase(*parse_date("2017-04-30")), ConsultationPhase::kOpen);
  EXPECT_EQ(consultation.phase(*parse_date("2017-05-01")), ConsultationPhase::kClosed);
  EXPECT_EQ(phase_label(ConsultationPhase::kOpen), "征集中");
}

TEST_P(ConsultationTest, CommentsAreAcceptedOnlyWhileOpenInChinaTime) {
  const int64_t id = open_april();
  // 2017-03-31 23:59 in China is still before the opening day.
  expect_refused<Conflict>([&] { comment(id, "10.0.0.1", at("2017-03-31", 23, 59)); }, "意见征集尚未开始");
  // 2017-04-01 00:00 in China is 2017-03-31 16:00 UTC: open.
  EXPECT_GT(comment(id, "10.0.0.1", at("2017-04-01", 0, 0)), 0);
  EXPECT_GT(comment(id, "10.0.0.2", at("2017-04-30", 23, 59)), 0);
  expect_refused<Conflict>([&] { comment(id, "10.0.0.3", at("2017-05-01", 0, 0)); },
                           "意见征集已于2017年4月30日截止");
  EXPECT_EQ(count("consultation_comments"), 2);
}

TEST_P(ConsultationTest, FiveCommentsAnHourFromOneAddressAcrossConsultations) {
  const int64_t first = open_april();
  int64_t second = 0;
  {
    auto c = db_->lease();
    auto draft = april_draft();
    draft.title = "吴忠市促进养老服务业发展行动计划（征求意见稿）";
    second = open_consultation(*c, office_, draft, at("2017-03-20"));
  }
  comment(first, "10.0.0.9", at("2017-04-10", 9, 0), "第一条");
  comment(second, "10.0.0.9", at("2017-04-10", 9, 10), "第二条");
  comment(first, "10.0.0.9", at("2017-04-10", 9, 20), "第三条");
  comment(second, "10.0.0.9", at("2017-04-10", 9, 30), "第四条");
  comment(first, "10.0.0.9", at("2017-04-10", 9, 40), "第五条");
  const int64_t audit_before = count("audit_log");
  expect_refused<TooManyRequests>([&] { comment(second, "10.0.0.9", at("2017-04-10", 9, 50), "第六条"); },
                           "提交过于频繁：同一网络地址60分钟内最多提交5条意见");
  EXPECT_EQ(count("consultation_comments"), 5);
  EXPECT_EQ(count("audit_log"), audit_before);
  // Another address is not held back.
  EXPECT_GT(comment(second, "10.0.0.10", at("2017-04-10", 9, 50), "第六条"), 0);
  // At 10:00 the 9:00 comment is an hour old and no longer counts.
  EXPECT_GT(comment(second, "10.0.0.9", at("2017-04-10", 10, 0), "第六条"), 0);
}

TEST_P(ConsultationTest, TheLimitHoldsWhenCommentsArriveAtOnce) {
  const int64_t id = open_april();
  std::atomic<int> accepted{0};
  std::atomic<int> refused{0};
  std::vector<std::thread> senders;
  for (int i = 0; i < 8; ++i) {
    senders.emplace_back([&, i] {
      try {
        comment(id, "10.0.0.77", at("2017-04-10", 9, 30), "并发意见" + std::to_string(i));
        ++accepted;
      } catch (const TooManyRequests&) {
        ++refused;
      }
    });
  }
  for (auto& sender : senders) sender.join();
  EXPECT_EQ(accepted.load(), 5);
  EXPECT_EQ(refused.load(), 3);
  EXPECT_EQ(count("consultation_comments"), 5);
}

TEST_P(ConsultationTest, CommentNeedsABodyOfAtMost2000Characters) {
  const int64_t id = open_april();
  expect_refused<InvalidInput>([&] { comment(id, "10.0.0.1", at("2017-04-10"), " \n "); }, "意见内容不能为空");
  std::string long_body;
  for (int i = 0; i < 2001; ++i) long_body += "慈";
  expect_refused<InvalidInput>([&] { comment(id, "10.0.0.1", at("2017-04-10"), long_body); },
                               "意见内容不能超过2000字");
  long_body.resize(long_body.size() - 3);  // 2000 characters
  EXPECT_GT(comment(id, "10.0.0.1", at("2017-04-10"), long_body), 0);
}

TEST_P(ConsultationTest, AnUnknownOrUnpublishedConsultationTakesNoComment) {
  auto draft = april_draft();
  draft.published = false;
  int64_t hidden = 0;
  {
    auto c = db_->lease();
    hidden = open_consultation(*c, office_, draft, at("2017-03-20"));
  }
  expect_refused<NotFound>([&] { comment(hidden, "10.0.0.1", at("2017-04-10")); }, "意见征集不存在");
  expect_refused<NotFound>([&] { comment(hidden + 100, "10.0.0.1", at("2017-04-10")); }, "意见征集不存在");
}

TEST_P(ConsultationTest, PublicViewShowsOnlyApprovedCommentsMaskedAndNeverTheContact) {
  const int64_t id = open_april();
  auto c = db_->lease();
  const int64_t approved = submit_comment(*c, sender("10.0.0.1", at("2017-04-10")), id,
                                          {"张小明", "zhangxm@example.com", "建议简化慈善组织登记。我是张小明，电话13912345678，邮箱zhangxm@example.com。"});
  const int64_t rejected = submit_comment(*c, sender("10.0.0.2", at("2017-04-10")), id, {"", "", "广告内容"});
  submit_comment(*c, sender("10.0.0.3", at("2017-04-10")), id, {"李四", "", "尚未审核的意见"});
  EXPECT_TRUE(public_comments(*c, id).empty());

  moderate_comment(*c, office_, approved, {Moderation::kApproved, Adoption::kAdopted, "已在第二条中体现。"},
                   at("2017-04-12"));
  moderate_comment(*c, office_, rejected, {Moderation::kRejected, Adoption::kUndecided, ""}, at("2017-04-12"));
  const auto shown = public_comments(*c, id);
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0].name, "张*明");
  EXPECT_EQ(shown[0].body, "建议简化慈善组织登记。我是张*明，电话139****5678，邮箱z***@example.com。");
  EXPECT_EQ(shown[0].submitted_on, "2017-04-10");
  EXPECT_EQ(shown[0].adoption, "采纳");
  EXPECT_EQ(shown[0].response, "已在第二条中体现。");
  // The staff view keeps what was sent.
  EXPECT_EQ(find_comment(*c, approved)->contact, "zhangxm@example.com");
}

TEST_P(ConsultationTest, AnOfficerMayNotModerate) {
  const int64_t id = open_april();
  const int64_t comment_id = comment(id, "10.0.0.1", at("2017-04-10"));
  auto c = db_->lease();
  expect_refused<Forbidden>(
      [&] { moderate_comment(*c, officer_, comment_id, {Moderation::kApproved, Adoption::kUndecided, ""}, at("2017-04-11")); },
      "无权");
  EXPECT_EQ(find_comment(*c, comment_id)->moderation, Moderation::kPending);
}

TEST_P(ConsultationTest, AdoptionIsPublishedOnlyAfterClosingAndModeration) {
  const int64_t id = open_april();
  const int64_t comment_id = comment(id, "10.0.0.1", at("2017-04-10"));
  auto c = db_->lease();
  expect_refused<Conflict>([&] { publish_adoption(*c, office_, id, "共收到意见1条。", at("2017-04-30", 18)); },
                           "意见征集截止（2017年4月30日）后才能公布采纳情况");
  expect_refused<Conflict>([&] { publish_adoption(*c, office_, id, "共收到意见1条。", at("2017-05-02")); },
                           "还有1条意见未审核");
  moderate_comment(*c, office_, comment_id, {Moderation::kApproved, Adoption::kPartly, "部分采纳。"}, at("2017-05-02"));
  expect_refused<InvalidInput>([&] { publish_adoption(*c, office_, id, " ", at("2017-05-02")); }, "采纳情况不能为空");
  publish_adoption(*c, office_, id, "共收到意见1条，部分采纳1条。", at("2017-05-03"));
  const Consultation published = *find_consultation(*c, id);
  EXPECT_EQ(published.adoption_summary, "共收到意见1条，部分采纳1条。");
  EXPECT_EQ(format_date(*published.adoption_published_on), "2017-05-03");
  expect_refused<Conflict>([&] { publish_adoption(*c, office_, id, "再次公布", at("2017-05-04")); }, "采纳情况已经公布");
  expect_refused<Conflict>([&] { update_consultation(*c, office_, id, april_draft()); }, "采纳情况已公布");
}

TEST_P(ConsultationTest, LinksThePolicyFinallyAdopted) {
  const int64_t id = open_april();
  const int64_t policy = create(item(agency_, "zcwj", "关于促进慈善事业健康发展的实施意见", "2017-06-16"));
  auto c = db_->lease();
  link_consultation_policy(*c, office_, id, policy);
  EXPECT_EQ(find_consultation(*c, id)->policy_item_id, policy);
  expect_refused<InvalidInput>([&] { link_consultation_policy(*c, office_, id, policy + 1000); },
                               "关联的政策文件不存在");
  link_consultation_policy(*c, office_, id, std::nullopt);
  EXPECT_FALSE(find_consultation(*c, id)->policy_item_id);
}

TEST_P(ConsultationTest, AnotherAgencysStaffFindsNothing) {
  const int64_t id = open_april();
  int64_t other_agency = 0;
  {
    auto c = db_->lease();
    store::Transaction t(*c);
    org::Agency other;
    other.code = "other";
    other.name = "另一机关";
    other.index_code = "000000000";
    other.index_pattern = "{code}/{year}-{serial:5}";
    other_agency = org::create_agency(*c, actor_, other);
    t.commit();
  }
  const org::StaffActor stranger = add_staff(other_agency, "stranger", org::Role::kOffice);
  auto c = db_->lease();
  expect_refused<NotFound>([&] { publish_adoption(*c, stranger, id, "采纳情况", at("2017-05-02")); }, "意见征集不存在");
}

TEST_P(ConsultationTest, EveryChangeIsAuditedPublicCommentsAsPublic) {
  const int64_t audit_start = count("audit_log");
  const int64_t id = open_april();
  const int64_t comment_id = comment(id, "10.0.0.7", at("2017-04-10"));
  auto c = db_->lease();
  moderate_comment(*c, office_, comment_id, {Moderation::kApproved, Adoption::kAdopted, ""}, at("2017-04-11"));
  EXPECT_EQ(count("audit_log"), audit_start + 3);
  const auto row = c->query_one("SELECT actor, remote_address, action FROM audit_log WHERE entity = ?",
                                {std::string("consultation_comment")});
  EXPECT_EQ(row->text(0), "public");
  EXPECT_EQ(row->text(1), "10.0.0.7");
  EXPECT_EQ(row->text(2), "consultation.comment");
}

TEST_P(ConsultationTest, DashboardShowsWhatWaitsForTheOffice) {
  const int64_t id = open_april();
  comment(id, "10.0.0.1", at("2017-04-10"));
  auto c = db_->lease();
  const auto tasks = engagement_tasks(*c, office_, *parse_date("2017-05-02"));
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(tasks[0].key, "comments_to_moderate");
  EXPECT_EQ(tasks[0].count, 1);
  EXPECT_EQ(tasks[1].key, "adoption_due");
  EXPECT_EQ(tasks[1].count, 1);
  EXPECT_TRUE(engagement_tasks(*c, officer_, *parse_date("2017-05-02")).empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, ConsultationTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing

namespace gongkai::testing {
namespace {

// Instants are stored in UTC and shown and dated in China time (UTC+8).
TEST(Moment, StoredInstantsReadBackInChinaTime) {
  using engagement::Moment;
  const Moment afternoon = Moment::china(*parse_date("2017-04-24"), 15, 0);
  EXPECT_EQ(afternoon.iso(), "2017-04-24T07:00:00Z");
  EXPECT_EQ(Moment::parse_iso("2017-04-24T07:00:00Z")->china_text(), "2017-04-24 15:00");
  const Moment midnight = Moment::china(*parse_date("2017-05-01"), 0, 0);
  EXPECT_EQ(midnight.iso(), "2017-04-30T16:00:00Z");
  EXPECT_EQ(format_date(midnight.china_date()), "2017-05-01");
  EXPECT_EQ(midnight.iso_minus(std::chrono::hours{1}), "2017-04-30T15:00:00Z");
  EXPECT_FALSE(Moment::parse_iso("2017-04-30T16:00:00"));
  EXPECT_FALSE(Moment::parse_iso("2017-04-30T24:00:00Z"));
  EXPECT_EQ(engagement::china_time_text("不是时间"), "不是时间");
}

}  // namespace
}  // namespace gongkai::testing
