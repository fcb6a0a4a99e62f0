// 依申请公开 in the domain, on both engines: filing with the ID sealed, the
// applicant's look-up and its rate limit, the rules on 补正, extension and
// abandonment, the reply with its number and letter, fees, and refusals that
// store nothing.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "engagement/engagement_fixture.h"
#include "requests/reply_citations.h"
#include "requests/reply_letter.h"
#include "requests/reply_letter_pdf.h"
#include "requests/reply_outcomes.h"
#include "requests/request_commands.h"
#include "requests/request_queries.h"

namespace gongkai::testing {
namespace {

using requests::CaseAction;
using requests::RequestEventKind;
using requests::RequestPhase;

constexpr const char* kIdNumber = "11010519491231002X";

class RequestsTest : public EngagementTest {
 protected:
  void SetUp() override {
    EngagementTest::SetUp();
    seal_ = std::make_unique<requests::IdentitySeal>(requests::IdentitySeal::Key{});
  }

  requests::RequestServices services() const { return {calendar_, *seal_}; }

  static requests::ApplicationForm form() {
    requests::ApplicationForm f;
    f.applicant_kind = "natural";
    f.name = "张小明";
    f.id_type = "resident_id";
    f.id_number = kIdNumber;
    f.phone = "13912345678";
    f.address = "宁夏吴忠市利通区胜利镇某村5组12号";
    f.postcode = "751100";
    f.description = "2023年本镇城乡低保对象名单及保障金额";
    f.form_wanted = "paper";
    f.delivery = "post";
    return f;
  }

  requests::FiledRequest file(const std::string& date, const std::string& address = "203.0.113.5") {
    auto c = db_->lease();
    return requests::file_request(*c, services(), sender(address, at(date)), agency_, form(), "online");
  }

  int64_t act(int64_t id, CaseAction action, const std::string& today) {
    auto c = db_->lease();
    return requests::act_on_request(*c, services(), office_, id, action, at(today, 10));
  }

  static CaseAction action(RequestEventKind kind, const std::string& on) {
    CaseAction a;
    a.kind = kind;
    a.on = *parse_date(on);
    return a;
  }

  requests::RequestCase load(int64_t id, const std::string& today) {
    auto c = db_->lease();
    return requests::load_case(*c, services(), office_, id, *parse_date(today));
  }

  // The notice kept with the last event of `kind`: its title, then its paragraphs.
  static std::string notice_of(const requests::RequestCase& c, RequestEventKind kind) {
    for (auto it = c.events.rbegin(); it != c.events.rend(); ++it) {
      if (it->kind != kind || !it->data.contains("letter")) continue;
      const auto letter = requests::reply_letter_from_json(it->data["letter"]);
      std::string text = letter.title + "|" + letter.addressee + "|" + letter.date + "|";
      for (const auto& p : letter.paragraphs) text += p;
      return text;
    }
    return "";
  }

  // The number of the notice kept with the last event of `kind`.
  static std::string notice_number(const requests::RequestCase& c, RequestEventKind kind) {
    for (auto it = c.events.rbegin(); it != c.events.rend(); ++it) {
      if (it->kind == kind && it->data.contains("letter")) return requests::reply_letter_from_json(it->data["letter"]).number;
    }
    return "";
  }

  std::unique_ptr<requests::IdentitySeal> seal_;
};

TEST_P(RequestsTest, FilingGivesCodePasswordAndTheDueDateAndKeepsTheIdNumberSealed) {
  const auto filed = file("2023-09-28");
  EXPECT_EQ(filed.tracking_code.size(), 12u);
  EXPECT_EQ(filed.query_password.size(), 10u);
  EXPECT_EQ(filed.due_on, *parse_date("2023-11-01"));
  EXPECT_EQ(count("applications"), 1);
  auto c = db_->lease();
  const auto row = c->query_one("SELECT * FROM applications");
  for (size_t i = 0; i < row->size(); ++i) {
    EXPECT_EQ(row->text(i).find(kIdNumber), std::string::npos) << "column " << i;
    EXPECT_EQ(row->text(i).find(filed.query_password), std::string::npos) << "column " << i;
  }
  EXPECT_EQ(row->text("id_number_masked"), "11*************02X");
  EXPECT_EQ(requests::reveal_id_number(*c, services(), office_, filed.id), kIdNumber);
  EXPECT_TRUE(c->query_one("SELECT id FROM audit_log WHERE action = 'request.reveal_id'").has_value());
  EXPECT_THROW(requests::reveal_id_number(*c, services(), officer_, filed.id), Forbidden);
}

TEST_P(RequestsTest, BadFormsAreRefusedAndStoreNothing) {
  auto c = db_->lease();
  const int64_t audits = count("audit_log");
  auto wrong_check_digit = form();
  wrong_check_digit.id_number = "110105194912310021";
  EXPECT_THROW(requests::file_request(*c, services(), sender("203.0.113.5", at("2023-09-28")), agency_,
                                      wrong_check_digit, "online"),
               InvalidInput);
  auto no_description = form();
  no_description.description = "  ";
  EXPECT_THROW(requests::file_request(*c, services(), sender("203.0.113.5", at("2023-09-28")), agency_,
                                      no_description, "online"),
               InvalidInput);
  auto post_without_postcode = form();
  post_without_postcode.postcode = "";
  EXPECT_THROW(requests::file_request(*c, services(), sender("203.0.113.5", at("2023-09-28")), agency_,
                                      post_without_postcode, "online"),
               InvalidInput);
  auto business_with_bad_code = form();
  business_with_bad_code.applicant_kind = "business";
  business_with_bad_code.id_type = "credit_code";
  business_with_bad_code.id_number = "11640300010423576A";
  EXPECT_THROW(requests::file_request(*c, services(), sender("203.0.113.5", at("2023-09-28")), agency_,
                                      business_with_bad_code, "online"),
               InvalidInput);
  requests::RequestFile huge{"scan.pdf", "application/pdf", std::string(requests::kMaxRequestFileBytes + 1, 'x')};
  EXPECT_THROW(requests::file_request(*c, services(), sender("203.0.113.5", at("2023-09-28")), agency_, form(),
                                      "online", {huge}),
               InvalidInput);
  EXPECT_EQ(count("applications"), 0);
  EXPECT_EQ(count("application_events"), 0);
  EXPECT_EQ(count("audit_log"), audits);
}

TEST_P(RequestsTest, ApplicantLooksUpWithCodeAndPasswordAndGuessingIsLimited) {
  const auto filed = file("2023-09-28");
  auto c = db_->lease();
  const auto view = requests::look_up_request(*c, services(), sender("198.51.100.7", at("2023-10-09")),
                                              filed.tracking_code, filed.query_password, *parse_date("2023-10-09"));
  EXPECT_EQ(view.phase, RequestPhase::kProcessing);
  EXPECT_EQ(view.due_on, *parse_date("2023-11-01"));
  EXPECT_EQ(view.applicant_name, "张*明");
  ASSERT_EQ(view.steps.size(), 1u);
  EXPECT_EQ(view.steps[0].name, "收到申请");
  EXPECT_FALSE(view.letter.has_value());

  for (int i = 0; i < requests::kLookupFailuresPerAddress; ++i) {
    EXPECT_THROW(requests::look_up_request(*c, services(), sender("192.0.2.66", at("2023-10-09", 9, i)),
                                           filed.tracking_code, "wrong" + std::to_string(i), *parse_date("2023-10-09")),
                 NotFound);
  }
  EXPECT_THROW(requests::look_up_request(*c, services(), sender("192.0.2.66", at("2023-10-09", 9, 6)),
                                         filed.tracking_code, filed.query_password, *parse_date("2023-10-09")),
               TooManyRequests);
  // Another address is not locked out; the lock lifts after 15 minutes.
  EXPECT_NO_THROW(requests::look_up_request(*c, services(), sender("198.51.100.7", at("2023-10-09", 9, 7)),
                                            filed.tracking_code, filed.query_password, *parse_date("2023-10-09")));
  EXPECT_NO_THROW(requests::look_up_request(*c, services(), sender("192.0.2.66", at("2023-10-09", 9, 30)),
                                            filed.tracking_code, filed.query_password, *parse_date("2023-10-09")));
}

TEST_P(RequestsTest, CorrectionMustBeAskedWithinSevenWorkingDaysAndOnlyOnce) {
  // Received 2023-03-01: 03-10 is the 7th working day after it, 03-13 the 8th.
  const auto filed = file("2023-03-01");
  auto late = action(RequestEventKind::kCorrectionRequested, "2023-03-13");
  late.comment = "请写明所需信息的文号";
  late.reply_by = *parse_date("2023-03-27");
  EXPECT_THROW(act(filed.id, late, "2023-03-13"), InvalidInput);
  auto in_time = late;
  in_time.on = *parse_date("2023-03-10");
  act(filed.id, in_time, "2023-03-10");
  const auto asked = load(filed.id, "2023-03-10");
  EXPECT_EQ(asked.clock.phase, RequestPhase::kAwaitingCorrection);
  const std::string notice = notice_of(asked, RequestEventKind::kCorrectionRequested);
  EXPECT_EQ(notice.rfind("政府信息公开申请补正告知书|张小明：|2023年3月10日|", 0), 0u) << notice;
  EXPECT_NE(notice.find("经审查，您的申请内容不明确（请写明所需信息的文号），本机关无法确定您所需的政府信息。"
                        "根据《中华人民共和国政府信息公开条例》第三十条的规定，请您于2023年3月27日前对申请作出补正。"),
            std::string::npos)
      << notice;
  EXPECT_NE(notice.find("视为放弃申请"), std::string::npos);
  EXPECT_THROW(act(filed.id, in_time, "2023-03-10"), Conflict);
  // Abandonment only once the applicant's time has run out.
  auto abandoned = action(RequestEventKind::kReplied, "2023-03-27");
  abandoned.outcome = "other.no_correction";
  EXPECT_THROW(act(filed.id, abandoned, "2023-03-27"), Conflict);
  abandoned.on = *parse_date("2023-03-28");
  act(filed.id, abandoned, "2023-03-28");
  const auto closed = load(filed.id, "2023-03-28");
  EXPECT_EQ(closed.clock.phase, RequestPhase::kClosed);
  EXPECT_EQ(closed.clock.outcome, "other.no_correction");
  ASSERT_TRUE(closed.letter.has_value());
  EXPECT_EQ(closed.letter->title, "政府信息公开申请处理告知书");
}

// Each kind of notice has its own series per year: the agency's prefix when
// set (吴民政依补), else its name and 依补 / 依延 / 依费.
TEST_P(RequestsTest, NoticesAreNumberedPerKindAndYear) {
  {
    auto c = db_->lease();
    c->execute("INSERT INTO agency_settings (agency_id, setting_key, value) VALUES (?, ?, ?)",
               {agency_, std::string("requests.correction_number_prefix"), std::string("吴民政依补")});
  }
  auto correction = [&](int64_t id, const char* on, const char* reply_by) {
    auto a = action(RequestEventKind::kCorrectionRequested, on);
    a.comment = "请写明所需信息的文号";
    a.reply_by = *parse_date(reply_by);
    act(id, a, on);
    return notice_number(load(id, on), RequestEventKind::kCorrectionRequested);
  };
  const auto first = file("2023-03-01");
  const auto second = file("2023-03-01", "203.0.113.6");
  EXPECT_EQ(correction(first.id, "2023-03-10", "2023-03-27"), "吴民政依补〔2023〕1号");
  EXPECT_EQ(correction(second.id, "2023-03-10", "2023-03-27"), "吴民政依补〔2023〕2号");
  const auto third = file("2023-05-04", "203.0.113.7");
  auto extend = action(RequestEventKind::kExtended, "2023-05-25");
  extend.days = 15;
  extend.approved_by = "王主任";
  extend.comment = "涉及多个科室";
  act(third.id, extend, "2023-05-25");
  EXPECT_EQ(notice_number(load(third.id, "2023-05-25"), RequestEventKind::kExtended), "测试市民政局依延〔2023〕1号");
  const auto next_year = file("2024-01-02", "203.0.113.8");
  EXPECT_EQ(correction(next_year.id, "2024-01-05", "2024-01-19"), "吴民政依补〔2024〕1号");
}

TEST_P(RequestsTest, OneExtensionOnlyAndARefusedStepChangesNothing) {
  const auto filed = file("2023-05-04");
  auto extend = action(RequestEventKind::kExtended, "2023-05-25");
  extend.days = 21;
  extend.approved_by = "王主任";
  extend.comment = "涉及多个科室";
  EXPECT_THROW(act(filed.id, extend, "2023-05-25"), InvalidInput);  // at most 20
  extend.days = 15;
  act(filed.id, extend, "2023-05-25");
  const auto extended = load(filed.id, "2023-05-25");
  EXPECT_EQ(extended.clock.due_on, *parse_date("2023-06-21"));
  // The 延期答复告知书 tells the applicant why, under which article, and the new deadline.
  const std::string notice = notice_of(extended, RequestEventKind::kExtended);
  EXPECT_EQ(notice.rfind("政府信息公开申请延期答复告知书|张小明：|2023年5月25日|本机关于2023年5月4日收到", 0), 0u) << notice;
  EXPECT_NE(notice.find("因涉及多个科室，本机关不能在20个工作日内作出答复。经本机关政府信息公开工作机构负责人同意，"
                        "根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，答复期限延长15个工作日，"
                        "本机关将于2023年6月21日前作出答复。"),
            std::string::npos)
      << notice;
  const int64_t events = count("application_events");
  const int64_t audits = count("audit_log");
  EXPECT_THROW(act(filed.id, extend, "2023-05-26"), Conflict);
  EXPECT_EQ(count("application_events"), events);
  EXPECT_EQ(count("audit_log"), audits);
  auto c = db_->lease();
  EXPECT_THROW(requests::act_on_request(*c, services(), officer_, filed.id, action(RequestEventKind::kNote, "2023-05-26"),
                                        at("2023-05-26")),
               Forbidden);
}

TEST_P(RequestsTest, ReplyIsNumberedPerYearAndItsLetterCitesTheGroundAndTheRemedies) {
  {
    auto c = db_->lease();
    c->execute("INSERT INTO agency_settings (agency_id, setting_key, value) VALUES (?, ?, ?)",
               {agency_, std::string("requests.reply_number_prefix"), std::string("吴民政依复")});
  }
  const auto first = file("2023-09-28");
  const auto second = file("2023-09-28", "203.0.113.6");
  auto withhold = action(RequestEventKind::kReplied, "2023-10-20");
  withhold.outcome = "withheld.third_party";
  withhold.comment = "第三方书面表示不同意公开。";
  act(first.id, withhold, "2023-10-20");
  auto disclose = action(RequestEventKind::kReplied, "2023-10-23");
  disclose.outcome = "disclosed";
  act(second.id, disclose, "2023-10-23");

  const auto one = load(first.id, "2023-10-23");
  ASSERT_TRUE(one.letter.has_value());
  EXPECT_EQ(one.letter->number, "吴民政依复〔2023〕1号");
  EXPECT_EQ(one.letter->addressee, "张小明：");
  EXPECT_EQ(one.letter->date, "2023年10月20日");
  std::string body;
  for (const auto& p : one.letter->paragraphs) body += p;
  EXPECT_NE(body.find("第十五条、第三十二条"), std::string::npos);
  EXPECT_NE(body.find("第三方书面表示不同意公开。"), std::string::npos);
  EXPECT_NE(body.find("60日内"), std::string::npos);
  EXPECT_NE(body.find("6个月内"), std::string::npos);
  EXPECT_EQ(load(second.id, "2023-10-23").letter->number, "吴民政依复〔2023〕2号");
  EXPECT_THROW(act(first.id, disclose, "2023-10-23"), Conflict);  // already closed
}

TEST_P(RequestsTest, PerPageFeeIsComputedNoticedAndPaidWithTheClockPaused) {
  const auto filed = file("2023-06-01");
  auto notice = action(RequestEventKind::kFeeNoticed, "2023-06-05");
  notice.fee_mode = "per_application";  // the applicant's first this month: free, so refused
  EXPECT_THROW(act(filed.id, notice, "2023-06-05"), InvalidInput);
  notice.fee_mode = "per_page";
  notice.units = 120;
  act(filed.id, notice, "2023-06-05");
  auto waiting = load(filed.id, "2023-06-07");
  EXPECT_EQ(waiting.clock.phase, RequestPhase::kAwaitingFee);
  EXPECT_EQ(waiting.events.back().integer("amount_fen"), 110000);
  // 20 working days from the day after 06-05, 端午 06-22..24 off and 06-25 worked: 07-04.
  EXPECT_EQ(waiting.events.back().text("pay_by"), "2023-07-04");
  const std::string fee_notice = notice_of(waiting, RequestEventKind::kFeeNoticed);
  EXPECT_EQ(fee_notice.rfind("政府信息公开信息处理费缴费通知书|张小明：|2023年6月5日|", 0), 0u) << fee_notice;
  EXPECT_NE(fee_notice.find("根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，您的申请需缴纳信息处理费。"
                            "按量计收：共120页（30页以下免费，31至100页每页10元，101至200页每页20元，201页以上每页40元），"
                            "应缴1,100.00元。请您于2023年7月4日前缴纳。"),
            std::string::npos)
      << fee_notice;
  act(filed.id, action(RequestEventKind::kFeePaid, "2023-06-12"), "2023-06-12");
  const auto paid = load(filed.id, "2023-06-12");
  EXPECT_EQ(paid.clock.phase, RequestPhase::kProcessing);
  EXPECT_EQ(paid.clock.due_on, *parse_date("2023-07-07"));
}

TEST_P(RequestsTest, StaffRegisterALetterByTheDaySignedFor) {
  auto c = db_->lease();
  const auto filed = requests::register_request(*c, services(), office_, form(), "letter", *parse_date("2023-10-07"),
                                                {{"申请表.pdf", "application/pdf", "%PDF-1.4 scan"}},
                                                at("2023-10-09"));
  EXPECT_EQ(filed.due_on, *parse_date("2023-11-02"));
  const auto loaded = load(filed.id, "2023-10-09");
  EXPECT_EQ(loaded.request.channel, "letter");
  EXPECT_EQ(loaded.request.registered_by, office_.username);
  ASSERT_EQ(loaded.files.size(), 1u);
  EXPECT_EQ(loaded.files[0].purpose, "scanned_form");
  EXPECT_THROW(requests::register_request(*c, services(), office_, form(), "letter", *parse_date("2023-10-10"), {},
                                          at("2023-10-09")),
               InvalidInput);  // received tomorrow
  EXPECT_THROW(requests::register_request(*c, services(), officer_, form(), "letter", *parse_date("2023-10-07"), {},
                                          at("2023-10-09")),
               Forbidden);
}

TEST_P(RequestsTest, CalendarCorrectionRecomputesOpenDeadlinesAndRecordsIt) {
  const auto filed = file("2023-09-28");
  // The same calendar with one more day off, 2023-10-16, as a corrected notice might set.
  std::map<CivilDate, SpecialDay> days;
  for (CivilDate day = *parse_date("2023-09-29"); day <= *parse_date("2023-10-06");
       day = from_days_since_epoch(days_since_epoch(day) + 1)) {
    days[day] = {DayKind::kHoliday, "国庆节"};
  }
  days[*parse_date("2023-10-07")] = {DayKind::kMakeUpWorkingDay, "国庆节"};
  days[*parse_date("2023-10-08")] = {DayKind::kMakeUpWorkingDay, "国庆节"};
  days[*parse_date("2023-10-16")] = {DayKind::kHoliday, "更正"};
  const WorkingDayCalendar corrected(days, {2023}, {{2023, {"更正后的通知"}}});
  auto c = db_->lease();
  EXPECT_EQ(requests::recompute_open_deadlines(*c, {calendar_, *seal_}, {"cli", ""}, at("2023-10-09")), 0);
  EXPECT_EQ(requests::recompute_open_deadlines(*c, {corrected, *seal_}, {"cli", ""}, at("2023-10-09")), 1);
  const auto row = c->query_one("SELECT due_on FROM applications WHERE id = ?", {filed.id});
  EXPECT_EQ(row->text(0), "2023-11-02");
  const auto event = c->query_one("SELECT comment FROM application_events WHERE kind = 'deadline_recomputed'");
  ASSERT_TRUE(event.has_value());
  EXPECT_NE(event->text(0).find("由2023-11-01改为2023-11-02"), std::string::npos);
}

TEST_P(RequestsTest, ALetterCitesTheRulesInForceOnTheDayOfReceipt) {
  // Received in 2017, under the 2008 regulation: process information was
  // withheld on the ground of 国办发〔2010〕5号, not the 2019 Art. 16.
  const auto in_2017 = file("2017-03-01");
  auto withhold = action(RequestEventKind::kReplied, "2017-03-08");
  withhold.outcome = "withheld.process_info";
  act(in_2017.id, withhold, "2017-03-08");
  const auto answered_2017 = load(in_2017.id, "2017-03-08");
  ASSERT_TRUE(answered_2017.letter.has_value());
  std::string body;
  for (const auto& p : answered_2017.letter->paragraphs) body += p;
  EXPECT_NE(body.find("根据《国务院办公厅关于做好政府信息依申请公开工作的意见》（国办发〔2010〕5号）的规定，特此答复。"),
            std::string::npos)
      << body;
  EXPECT_EQ(body.find("第十六条"), std::string::npos);
  EXPECT_NE(body.find("6个月内"), std::string::npos);

  // Answered in 2014: Art. 21 (1) of the 2008 regulation, and 行政诉讼 within
  // 3 months (行政诉讼法 before its 2014 amendment took effect on 2015-05-01).
  const auto in_2014 = file("2014-06-03", "203.0.113.7");
  auto disclose = action(RequestEventKind::kReplied, "2014-06-10");
  disclose.outcome = "disclosed";
  act(in_2014.id, disclose, "2014-06-10");
  const auto answered_2014 = load(in_2014.id, "2014-06-10");
  ASSERT_TRUE(answered_2014.letter.has_value());
  body.clear();
  for (const auto& p : answered_2014.letter->paragraphs) body += p;
  EXPECT_NE(body.find("根据《中华人民共和国政府信息公开条例》第二十一条第（一）项的规定，特此答复。"), std::string::npos)
      << body;
  EXPECT_NE(body.find("自收到本答复之日起3个月内依法向人民法院提起行政诉讼"), std::string::npos) << body;

  // A 补正告知书 under the 2008 regulation asks for 更改、补充 (Art. 21), and
  // threatens no abandonment, which only the 2019 regulation provides.
  const auto unclear_2017 = file("2017-03-02", "203.0.113.8");
  auto ask = action(RequestEventKind::kCorrectionRequested, "2017-03-06");
  ask.comment = "请写明所需信息的年份";
  ask.reply_by = *parse_date("2017-03-20");
  act(unclear_2017.id, ask, "2017-03-06");
  const std::string notice = notice_of(load(unclear_2017.id, "2017-03-06"), RequestEventKind::kCorrectionRequested);
  EXPECT_NE(notice.find("根据《中华人民共和国政府信息公开条例》第二十一条的规定，请您于2017年3月20日前对申请内容作出更改、补充。"),
            std::string::npos)
      << notice;
  EXPECT_EQ(notice.find("视为放弃申请"), std::string::npos);
}

TEST_P(RequestsTest, NoInformationFeeUnderThe2008Regulation) {
  // 国办函〔2020〕109号 set the fee for applications under the 2019 regulation.
  const auto in_2017 = file("2017-03-03", "203.0.113.9");
  auto fee = action(RequestEventKind::kFeeNoticed, "2017-03-06");
  fee.fee_mode = "per_page";
  fee.units = 120;
  const int64_t events = count("application_events");
  EXPECT_THROW(act(in_2017.id, fee, "2017-03-06"), InvalidInput);
  EXPECT_EQ(count("application_events"), events);
}

TEST_P(RequestsTest, EveryOutcomeProducesItsLetterWithItsCitationAsHtmlModelAndPdf) {
  int serial = 0;
  for (const auto& outcome : requests::reply_outcomes()) {
    SCOPED_TRACE(std::string(outcome.key));
    const auto filed = file("2023-03-01", "203.0.113." + std::to_string(++serial));
    std::string reply_on = "2023-03-08";
    if (outcome.key == "other.no_correction" || outcome.key == "unavailable.still_unclear") {
      auto ask = action(RequestEventKind::kCorrectionRequested, "2023-03-03");
      ask.comment = "请明确所需信息的时间范围";
      ask.reply_by = *parse_date("2023-03-10");
      act(filed.id, ask, "2023-03-03");
      if (outcome.key == "other.no_correction") reply_on = "2023-03-13";
      else act(filed.id, action(RequestEventKind::kCorrected, "2023-03-06"), "2023-03-06");
    }
    if (outcome.key == "other.fee_unpaid") {
      auto notice = action(RequestEventKind::kFeeNoticed, "2023-03-03");
      notice.fee_mode = "per_page";
      notice.units = 120;
      act(filed.id, notice, "2023-03-03");
      reply_on = "2023-04-03";  // payment was due 2023-03-31, 20 working days after 03-03
    }
    auto reply = action(RequestEventKind::kReplied, reply_on);
    reply.outcome = std::string(outcome.key);
    act(filed.id, reply, reply_on);
    const auto closed = load(filed.id, reply_on);
    ASSERT_TRUE(closed.letter.has_value());
    EXPECT_EQ(closed.clock.outcome, outcome.key);
    EXPECT_EQ(closed.letter->title,
              outcome.closes_without_reply ? "政府信息公开申请处理告知书" : "政府信息公开申请答复书");
    EXPECT_NE(closed.letter->number.find("〔2023〕" + std::to_string(serial) + "号"), std::string::npos);
    std::string body;
    for (const auto& p : closed.letter->paragraphs) body += p;
    EXPECT_NE(body.find("根据" + requests::reply_citation(outcome.key, *parse_date("2023-03-01")) + "的规定"),
              std::string::npos);
    EXPECT_NE(body.find(std::string(outcome.standard_reason)), std::string::npos);
    EXPECT_NE(body.find("6个月内"), std::string::npos);
    EXPECT_EQ(requests::reply_letter_pdf(*closed.letter).rfind("%PDF-", 0), 0u);
  }
  EXPECT_EQ(serial, 21);
}

INSTANTIATE_TEST_SUITE_P(Engines, RequestsTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
