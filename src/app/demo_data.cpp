#include "app/demo_data.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <utility>

#include "accounts/demo_accounts.h"
#include "catalog/catalog_commands.h"
#include "catalog/item_import.h"
#include "core/errors.h"
#include "engagement/demo_engagement.h"
#include "keyareas/demo_assistance.h"
#include "keyareas/demo_recipients.h"
#include "keyareas/demo_social_organisations.h"
#include "credit/demo_credit_decisions.h"
#include "org/agency_repository.h"
#include "proposals/demo_proposals.h"
#include "accounts/user_repository.h"
#include "annualreport/demo_reports.h"
#include "requests/demo_requests.h"
#include "services/demo_services.h"
#include "requests/request_settings.h"
#include "workflow/demo_publications.h"

namespace gongkai::app {
namespace {

nlohmann::json read_json(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw InvalidInput("无法读取演示数据文件：" + file.string());
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InvalidInput("演示数据文件格式错误：" + file.string() + "（" + e.what() + "）");
  }
}

std::string field(const nlohmann::json& object, const char* name) {
  if (!object.contains(name) || object[name].is_null()) return "";
  if (!object[name].is_string()) throw InvalidInput(std::string("演示数据字段须为字符串：") + name);
  return object[name].get<std::string>();
}

int64_t load_agency(store::Connection& connection, const audit::Actor& actor, const nlohmann::json& j) {
  org::Agency agency;
  agency.code = field(j, "code");
  agency.name = field(j, "name");
  agency.credit_code = field(j, "credit_code");
  agency.index_code = field(j, "index_code");
  agency.index_pattern = field(j, "index_pattern");
  agency.website = field(j, "website");
  const auto& office = j.value("office", nlohmann::json::object());
  agency.office = {field(office, "name"),     field(office, "address"), field(office, "phone"),
                   field(office, "fax"),      field(office, "postcode"), field(office, "email"),
                   field(office, "hours")};
  const int64_t id = org::create_agency(connection, actor, agency);
  for (const auto& d : j.value("departments", nlohmann::json::array())) {
    org::create_department(connection, actor, {0, id, field(d, "code"), field(d, "name")});
  }
  return id;
}

int load_categories(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                    const nlohmann::json& list) {
  int count = 0;
  for (const auto& c : list) {
    catalog::NewCategory category{agency_id, field(c, "code"), std::nullopt, field(c, "name"),
                                  field(c, "description")};
    if (const std::string parent = field(c, "parent"); !parent.empty()) category.parent_code = parent;
    catalog::create_category(connection, actor, category);
    ++count;
  }
  return count;
}

void load_guide(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                const nlohmann::json& sections) {
  int order = 0;
  for (const auto& s : sections) {
    org::put_guide_section(connection, actor, agency_id, {field(s, "key"), field(s, "title"), field(s, "body")},
                           ++order);
  }
}

std::string read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InvalidInput("无法读取演示附件：" + file.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int load_attachments(store::Connection& connection, const audit::Actor& actor, const std::filesystem::path& dir,
                     const nlohmann::json& list, const std::map<std::string, int64_t>& ids_by_key) {
  int count = 0;
  for (const auto& a : list) {
    const auto item = ids_by_key.find(field(a, "item"));
    if (item == ids_by_key.end()) throw InvalidInput("演示附件引用的信息不存在：" + field(a, "item"));
    catalog::add_attachment(connection, actor, item->second, field(a, "name"), read_bytes(dir / field(a, "file")));
    ++count;
  }
  return count;
}

// The 依申请公开 settings of the two demo agencies: the prefixes of the reply
// letters' and the notices' numbers, and the body that hears a
// reconsideration (the government one level up).
struct DemoRequestSettings {
  const char* agency_code;
  const char* number_prefix;  // 吴民政 → 吴民政依复, 吴民政依补, 吴民政依延, 吴民政依费
  const char* reconsideration_body;
};
constexpr DemoRequestSettings kDemoRequestSettings[] = {
    {"wzsmzj", "吴民政", "吴忠市人民政府"},
    {"ltqzf", "利政", "吴忠市人民政府"},
};
constexpr std::pair<const char*, const char*> kNumberedLetters[] = {
    {"requests.reply_number_prefix", "依复"},
    {"requests.correction_number_prefix", "依补"},
    {"requests.extension_number_prefix", "依延"},
    {"requests.fee_number_prefix", "依费"},
};

void apply_request_settings(store::Connection& connection, const audit::Actor& actor) {
  for (const auto& s : kDemoRequestSettings) {
    const auto agency = org::find_agency(connection, s.agency_code);
    if (!agency) throw InvalidInput(std::string("演示机关不存在：") + s.agency_code);
    for (const auto& [key, suffix] : kNumberedLetters) {
      requests::set_request_setting(connection, actor, agency->id, key, std::string(s.number_prefix) + suffix);
    }
    requests::set_request_setting(connection, actor, agency->id, "requests.reconsideration_body",
                                  s.reconsideration_body);
  }
}

// 吴忠市利通区人民政府: its office and departments, the demo accounts under
// the lt_ prefix (the first agency's 办公室 and 社会救助科 placed in its
// 政务公开办公室 and 综合调研科), and its year of applications handled by lt_bangongshi.
void load_second_agency(store::Connection& connection, const audit::Actor& actor, const std::filesystem::path& dir,
                        const requests::RequestServices& services, bool accounts_ready, DemoSummary& summary) {
  summary.second_agency_id = load_agency(connection, actor, read_json(dir / "agency.json"));
  const accounts::DemoAccountPlacement placement{kSecondDemoAccountPrefix, {{"bgs", "zwgkb"}, {"shjzk", "zhdyk"}}};
  summary.second_accounts = accounts::create_demo_accounts(connection, actor, summary.second_agency_id,
                                                           accounts_ready, std::chrono::system_clock::now(), placement);
  const auto office = accounts::find_user_by_username(connection, std::string(kSecondDemoAccountPrefix) + "bangongshi");
  if (!office) throw InvalidInput("演示机关的办公室账号不存在");
  apply_request_settings(connection, actor);
  summary.applications =
      requests::load_demo_requests(connection, services, office->actor(actor.remote_address), dir / "applications.json");
  // Its 2023 双公示 records (docs/credit.md), kept by its information officer.
  const auto ltq_officer = accounts::find_user_by_username(connection, std::string(kSecondDemoAccountPrefix) + "xinxiyuan");
  if (!ltq_officer) throw InvalidInput("演示机关的信息员账号不存在");
  summary.second_credit_decisions = credit::load_demo_credit_decisions(
      connection, ltq_officer->actor(actor.remote_address), dir / "credit_decisions.json", today_in_china());
}

}  // namespace

DemoSummary load_demo(store::Connection& connection, const audit::Actor& actor,
                      const std::filesystem::path& demo_dir, const requests::RequestServices& services,
                      bool accounts_ready) {
  store::Transaction transaction(connection);
  DemoSummary summary = load_demo(connection, actor, demo_dir, accounts_ready);
  // The 2017 公示名单 of 金积镇, entered by the 社会救助科 information officer.
  const auto officer = accounts::find_user_by_username(connection, "xinxiyuan");
  if (!officer) throw InvalidInput("演示账号xinxiyuan不存在");
  summary.recipient_lists = keyareas::load_demo_recipient_lists(connection, officer->actor(actor.remote_address),
                                                                services.seal, demo_dir / "recipient_lists.json");
  load_second_agency(connection, actor, demo_dir / "ltq", services, accounts_ready, summary);
  // The window's 30 service items and its 2017 cases (docs/services.md), kept by the first agency's officer.
  const auto window_officer = accounts::find_user_by_username(connection, "xinxiyuan");
  if (!window_officer) throw InvalidInput("演示账号xinxiyuan不存在");
  summary.service_items = services::load_demo_services(
      connection, services, window_officer->actor(actor.remote_address), demo_dir / "services.json");
  // Last, as they are drafted from all of the above: the 2017 and the ltq 2023 annual reports, published.
  summary.annual_reports = annualreport::publish_demo_reports(connection, actor.remote_address, summary.agency_id,
                                                               summary.second_agency_id);
  transaction.commit();
  return summary;
}

DemoSummary load_demo(store::Connection& connection, const audit::Actor& actor,
                      const std::filesystem::path& demo_dir, bool accounts_ready) {
  const auto agency = read_json(demo_dir / "agency.json");
  const auto categories = read_json(demo_dir / "categories.json");
  const auto guide = read_json(demo_dir / "guide.json");

  DemoSummary summary;
  store::Transaction transaction(connection);
  summary.agency_id = load_agency(connection, actor, agency);
  summary.categories = load_categories(connection, actor, summary.agency_id, categories);
  load_guide(connection, actor, summary.agency_id, guide);
  const auto rows = catalog::parse_item_file(demo_dir / "items.json", summary.agency_id);
  const auto result = catalog::import_rows(connection, actor, rows);
  if (!result.problems.empty()) {
    std::string message = "演示数据items.json有误：";
    for (const auto& p : result.problems) message += "\n第" + std::to_string(p.line) + "条：" + p.reason;
    throw InvalidInput(message);  // the transaction rolls back: nothing of the demo stays
  }
  summary.attachments =
      load_attachments(connection, actor, demo_dir, read_json(demo_dir / "attachments.json"), result.ids_by_key);
  workflow::load_demo_publications(connection, actor, demo_dir / "channels.json", result.ids_by_key);
  engagement::load_demo_engagement(connection, actor, summary.agency_id, demo_dir / "engagement.json",
                                   WorkingDayCalendar::load(demo_dir.parent_path() / "holidays"));
  summary.accounts = accounts::create_demo_accounts(connection, actor, summary.agency_id, accounts_ready,
                                                   std::chrono::system_clock::now());
  // The 2017 social-assistance figures, entered by the 社会救助科 information officer.
  const auto officer = accounts::find_user_by_username(connection, "xinxiyuan");
  if (!officer) throw InvalidInput("演示账号xinxiyuan不存在");
  summary.assistance_records = keyareas::load_demo_assistance(
      connection, officer->actor(actor.remote_address), demo_dir / "assistance.csv", today_in_china());
  // The registry of social organisations (社会组织), kept by the same officer.
  summary.social_organisations = keyareas::load_demo_social_organisations(
      connection, officer->actor(actor.remote_address), demo_dir / "social_organisations.json", today_in_china());
  // The 2017 双公示 licensing decisions of those registrations (docs/credit.md), by the same officer.
  summary.credit_decisions = credit::load_demo_credit_decisions(
      connection, officer->actor(actor.remote_address), demo_dir / "credit_decisions.json", today_in_china());
  // The 2017 建议提案, handled by the same officer.
  summary.proposals =
      proposals::load_demo_proposals(connection, officer->actor(actor.remote_address), demo_dir / "proposals.json");
  transaction.commit();
  summary.items = result.imported;
  return summary;
}

}  // namespace gongkai::app
