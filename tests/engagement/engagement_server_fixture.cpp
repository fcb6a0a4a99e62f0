#include "engagement/engagement_server_fixture.h"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <thread>

#include "app/app.h"
#include "http/test_site_fixture.h"
#include "catalog/catalog_commands.h"
#include "engagement/consultation_commands.h"
#include "engagement/letter_commands.h"
#include "org/agency_repository.h"
#include "portal/portal.h"
#include "web/http.h"
#include "web/router.h"
#include "web/server.h"

namespace gongkai::testing {
namespace {

using namespace gongkai::engagement;

const audit::Actor kActor{"tester", "127.0.0.1"};

org::StaffActor office_actor(store::Connection& c, int64_t agency) {
  const int64_t id = c.query_one(
                          "INSERT INTO users (agency_id, username, display_name, role, password_hash, created_at) "
                          "VALUES (?, 'office', '办公室', 'office', 'x', '2017-01-01T00:00:00Z') RETURNING id",
                          {agency})
                         ->integer(0);
  org::StaffActor staff;
  staff.user_id = id;
  staff.agency_id = agency;
  staff.username = "office";
  staff.role = org::Role::kOffice;
  staff.remote_address = "127.0.0.1";
  return staff;
}

CivilDate days_from(CivilDate day, int days) { return CivilDate{std::chrono::sys_days{day} + std::chrono::days{days}}; }

EngagementIds seed(store::Connection& c, const WorkingDayCalendar& calendar) {
  EngagementIds ids;
  org::Agency agency;
  agency.code = "wzsmzj";
  agency.name = "吴忠市民政局";
  agency.index_code = "000014349";
  agency.index_pattern = "{code}/{year}-{serial:5}";
  agency.office = {"吴忠市民政局办公室", "宁夏吴忠市利通区明珠西路23号", "0953-2036045", "", "751100",
                   "wzsmzjbgswf@163.com", ""};
  const int64_t agency_id = org::create_agency(c, kActor, agency);
  catalog::create_category(c, kActor, {agency_id, "zcwj", std::nullopt, "政策文件", ""});
  catalog::NewItem policy;
  policy.agency_id = agency_id;
  policy.category_code = "zcwj";
  policy.title = "关于促进慈善事业健康发展的实施意见";
  policy.written_date = "2017-06-08";
  policy.published_date = "2017-06-16";
  policy.summary = "慈善";
  policy.body = "正文。";
  ids.policy = catalog::create_item(c, kActor, policy);

  const org::StaffActor office = office_actor(c, agency_id);
  const CivilDate today = today_in_china();
  const Moment opened = Moment::china(days_from(today, -10));
  ids.open = open_consultation(c, office,
                               {"吴忠市促进养老服务业发展行动计划（征求意见稿）", "第一条 发展居家社区养老服务。",
                                "老龄化加快，养老服务需求增长。", "《国务院关于加快发展养老服务业的若干意见》",
                                format_date(days_from(today, -10)), format_date(days_from(today, 30))},
                               opened);
  const int64_t comment = submit_comment(c, {"10.9.9.9", Moment::china(days_from(today, -9))}, ids.open,
                                         {kCommenterName, kCommenterContact, "建议增加农村老年饭桌。"});
  moderate_comment(c, office, comment, {Moderation::kApproved, Adoption::kUndecided, ""}, opened);

  ids.closed = open_consultation(c, office,
                                 {"关于促进慈善事业健康发展的实施意见（征求意见稿）", "一、总体要求。",
                                  "慈善法施行。", "《中华人民共和国慈善法》", "2017-04-01", "2017-04-30"},
                                 Moment::china(*parse_date("2017-03-25")));
  const int64_t old_comment = submit_comment(c, {"10.9.9.8", Moment::china(*parse_date("2017-04-05"))}, ids.closed,
                                             {"", "", "建议简化慈善组织登记程序。"});
  moderate_comment(c, office, old_comment, {Moderation::kApproved, Adoption::kAdopted, "已采纳。"},
                   Moment::china(*parse_date("2017-05-02")));
  publish_adoption(c, office, ids.closed, "共收到意见1条，采纳1条。", Moment::china(*parse_date("2017-05-10")));
  link_consultation_policy(c, office, ids.closed, ids.policy);

  ids.upcoming = open_consultation(c, office,
                                   {"尚未开始的征集", "草案。", "背景。", "依据。", format_date(days_from(today, 5)),
                                    format_date(days_from(today, 20))},
                                   opened);
  ConsultationDraft hidden{"未发布的征集甲乙", "草案。", "背景。", "依据。", format_date(days_from(today, -1)),
                           format_date(days_from(today, 20))};
  hidden.published = false;
  ids.unpublished = open_consultation(c, office, hidden, opened);

  const NewLetter letter{kLetterWriterName, kLetterWriterPhone, "", "吴忠市利通区金星镇富康小区3号楼",
                         "关于富康小区养老服务站的建议",
                         "我是富康小区居民张小明，电话13812345678，建议增设助餐点。"};
  const auto received = submit_letter(c, {"10.8.8.8", Moment::china(*parse_date("2017-09-25"))}, agency_id, letter,
                                      calendar);
  reply_letter(c, office, received.id, "张小明同志：您好！已安排增设助餐点。", Moment::china(*parse_date("2017-09-28")));
  publish_letter(c, office, received.id, {});
  ids.published_letter = received.id;

  const NewLetter secret{"李四", "", "lisi@example.com", "", "未公开的来信丙丁", "内容。"};
  const auto second = submit_letter(c, {"10.8.8.7", Moment::china(*parse_date("2017-10-09"))}, agency_id, secret,
                                    calendar);
  ids.unpublished_letter = second.id;
  ids.unpublished_letter_code = second.tracking_code;
  return ids;
}

}  // namespace

struct EngagementServerStarter {
  TestSite site{"engagement"};

  explicit EngagementServerStarter(EngagementServer& shared) {
    app::App& app = site.app();
    {
      auto c = app.database().lease();
      store::Transaction t(*c);
      shared.ids_ = seed(*c, app.calendar());
      t.commit();
    }
    portal::register_portal_routes(site.router(), app);
    shared.port_ = site.serve();
    shared.app_ = &app;
  }
};

EngagementServer& EngagementServer::instance() {
  static EngagementServer shared;
  static EngagementServerStarter starter(shared);
  return shared;
}

HttpReply EngagementServer::get(const std::string& target) const {
  auto reply = http_request(port_, "GET", target);
  if (!reply) throw std::runtime_error("no response for " + target);
  return *reply;
}

HttpReply EngagementServer::post_form(const std::string& target, const std::string& body,
                                      const HeaderList& extra) const {
  HeaderList headers{{"Content-Type", "application/x-www-form-urlencoded"}};
  headers.insert(headers.end(), extra.begin(), extra.end());
  auto reply = http_request(port_, "POST", target, headers, body);
  if (!reply) throw std::runtime_error("no response for POST " + target);
  return *reply;
}

std::string form_encode(const std::string& text) { return web::percent_encode(text); }

}  // namespace gongkai::testing
