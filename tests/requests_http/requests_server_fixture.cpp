#include "requests_http/requests_server_fixture.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "http/test_site_fixture.h"
#include "org/agency_repository.h"
#include "portal/portal.h"
#include "requests/request_commands.h"
#include "store/database.h"
#include "web/http.h"

namespace gongkai::testing {
namespace {

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

int64_t seed_agencies(store::Connection& c) {
  org::Agency agency;
  agency.code = "wzsmzj";
  agency.name = "吴忠市民政局";
  agency.index_code = "000014349";
  agency.index_pattern = "{code}/{year}-{serial:5}";
  agency.office = {"吴忠市民政局办公室", "宁夏吴忠市利通区明珠西路23号", "0953-2036045", "", "751100",
                   "wzsmzjbgswf@163.com", "工作日 8:30-12:00，14:30-18:00"};
  const int64_t id = org::create_agency(c, kActor, agency);
  org::Agency county;
  county.code = "ltq";
  county.name = "吴忠市利通区人民政府";
  county.index_code = "000014350";
  county.index_pattern = "{code}/{year}-{serial:5}";
  org::create_agency(c, kActor, county);
  return id;
}

// Filed from 10.7.7.7, its reply period extended by 5 working days, and
// replied 予以公开 with one file, the same day.
RepliedCase seed_replied(store::Connection& c, const requests::RequestServices& services, int64_t agency_id) {
  requests::ApplicationForm form;
  form.applicant_kind = "natural";
  form.name = "马建国";
  form.id_type = "resident_id";
  form.id_number = "640302198506120013";
  form.phone = "13700001111";
  form.email = "ma@example.com";
  form.description = "2017年城乡低保资金发放情况。";
  form.form_wanted = "electronic";
  form.delivery = "email";
  const auto now = engagement::Moment::now();
  const auto filed = requests::file_request(c, services, {"10.7.7.7", now}, agency_id, form, "online");
  const org::StaffActor staff = office_actor(c, agency_id);
  requests::CaseAction extend;
  extend.kind = requests::RequestEventKind::kExtended;
  extend.on = now.china_date();
  extend.days = 5;
  extend.approved_by = "王主任";
  extend.comment = "需要汇总多个县区的数据";
  const int64_t extension_id = requests::act_on_request(c, services, staff, filed.id, extend, now);
  requests::CaseAction reply;
  reply.kind = requests::RequestEventKind::kReplied;
  reply.on = now.china_date();
  reply.outcome = "disclosed";
  reply.comment = "所申请信息见附件。";
  RepliedCase replied;
  replied.file_content = "%PDF-1.4 低保资金发放情况（测试）";
  requests::act_on_request(c, services, staff, filed.id, reply, now,
                           {{"2017年城乡低保资金发放情况.pdf", "application/pdf", replied.file_content}});
  replied.extension_event_id = extension_id;
  replied.code = filed.tracking_code;
  replied.password = filed.query_password;
  replied.file_id = c.query_one("SELECT id FROM application_files WHERE application_id = ? AND purpose = 'disclosed'",
                                {filed.id})
                        ->integer(0);
  return replied;
}

std::map<std::string, bool> special_days() {
  std::map<std::string, bool> days;  // date → off
  const auto dir = std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "holidays";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    const auto file = nlohmann::json::parse(in);
    for (const auto& day : file.at("days")) days[day.at("date").get<std::string>()] = day.at("off").get<bool>();
  }
  return days;
}

}  // namespace

struct RequestsServerStarter {
  TestSite site{"requests-http"};

  explicit RequestsServerStarter(RequestsServer& shared) {
    app::App& app = site.app();
    {
      auto c = app.database().lease();
      int64_t agency_id = 0;
      {
        store::Transaction t(*c);
        agency_id = seed_agencies(*c);
        t.commit();
      }
      shared.replied_ = seed_replied(*c, app.request_services(), agency_id);
    }
    portal::register_portal_routes(site.router(), app);
    api::register_api_routes(site.router(), app);
    shared.port_ = site.serve(1024 * 1024, portal::portal_body_limits(1024 * 1024));
    shared.app_ = &app;
  }
};

RequestsServer& RequestsServer::instance() {
  static RequestsServer shared;
  static RequestsServerStarter starter(shared);
  return shared;
}

HttpReply RequestsServer::get(const std::string& target, const HeaderList& headers) const {
  auto reply = http_request(port_, "GET", target, headers);
  if (!reply) throw std::runtime_error("no response for " + target);
  return *reply;
}

HttpReply RequestsServer::post(const std::string& target, const std::string& content_type, const std::string& body,
                               const HeaderList& extra) const {
  HeaderList headers{{"Content-Type", content_type}};
  headers.insert(headers.end(), extra.begin(), extra.end());
  auto reply = http_request(port_, "POST", target, headers, body);
  if (!reply) throw std::runtime_error("no response for POST " + target);
  return *reply;
}

HttpReply RequestsServer::post_form(const std::string& target, const std::string& body, const HeaderList& extra) const {
  return post(target, "application/x-www-form-urlencoded", body, extra);
}

int64_t RequestsServer::count(const std::string& sql) const {
  auto c = app_->database().lease();
  return c->query_one(sql)->integer(0);
}

std::string multipart_type() { return std::string("multipart/form-data; boundary=") + kBoundary; }

std::string multipart_body(const std::vector<std::pair<std::string, std::string>>& fields,
                           const std::vector<MultipartFile>& files) {
  std::string body;
  for (const auto& [name, value] : fields) {
    body += std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
            value + "\r\n";
  }
  for (const auto& file : files) {
    body += std::string("--") + kBoundary +
            "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"" + file.name +
            "\"\r\nContent-Type: " + file.content_type + "\r\n\r\n" + file.bytes + "\r\n";
  }
  body += std::string("--") + kBoundary + "--\r\n";
  return body;
}

std::vector<std::pair<std::string, std::string>> valid_application_fields() {
  return {{"agency", "wzsmzj"},
          {"applicant_kind", "natural"},
          {"name", kApplicantName},
          {"id_type", "resident_id"},
          {"id_number", kApplicantId},
          {"phone", kApplicantPhone},
          {"address", kApplicantAddress},
          {"postcode", "751100"},
          {"email", ""},
          {"description", "请公开2017年吴忠市城乡最低生活保障资金发放明细。"},
          {"form_wanted", "paper"},
          {"delivery", "post"},
          {"website", ""}};
}

std::string form_encode(const std::string& text) { return web::percent_encode(text); }

CivilDate nth_working_day_after(CivilDate from, int n) {
  static const std::map<std::string, bool> days = special_days();
  std::chrono::sys_days day{from};
  while (n > 0) {
    day += std::chrono::days{1};
    const CivilDate date{day};
    char text[11];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    const auto found = days.find(text);
    const unsigned weekday = std::chrono::weekday{day}.c_encoding();  // 0 = Sunday
    const bool working = found != days.end() ? !found->second : (weekday != 0 && weekday != 6);
    if (working) --n;
  }
  return CivilDate{day};
}

CivilDate china_today() {
  const auto now = std::chrono::system_clock::now() + std::chrono::hours{8};
  return CivilDate{std::chrono::floor<std::chrono::days>(now)};
}

std::string chinese_date(CivilDate date) {
  return std::to_string(static_cast<int>(date.year())) + "年" + std::to_string(static_cast<unsigned>(date.month())) +
         "月" + std::to_string(static_cast<unsigned>(date.day())) + "日";
}

}  // namespace gongkai::testing
