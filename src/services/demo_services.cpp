#include "services/demo_services.h"

#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "services/service_item_commands.h"
#include "services/window_commands.h"

namespace gongkai::services {
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

std::string text(const nlohmann::json& object, const char* name) {
  if (!object.contains(name)) return "";
  if (object[name].is_number_integer()) return std::to_string(object[name].get<int>());
  return object[name].is_string() ? object[name].get<std::string>() : "";
}

std::string lines(const nlohmann::json& list, bool materials) {
  std::string out;
  for (const auto& entry : list) {
    if (materials) {
      out += text(entry, "name") + "|" + text(entry, "originals") + "|" + text(entry, "copies") + "|" +
             text(entry, "note") + "\n";
    } else if (entry.is_string()) {
      out += entry.get<std::string>() + "\n";
    } else {
      out += text(entry, "name") + "|" + text(entry, "description") + "\n";
    }
  }
  return out;
}

engagement::Moment moment(const nlohmann::json& object, const char* name) {
  return engagement::Moment::china(require_date(text(object, name), name), 10);
}

int64_t load_item(store::Connection& connection, const org::StaffActor& staff, const nlohmann::json& j) {
  const ServiceItemInput input{text(j, "code"),
                               text(j, "kind"),
                               text(j, "name"),
                               text(j, "basis"),
                               text(j, "conditions"),
                               lines(j.value("materials", nlohmann::json::array()), true),
                               lines(j.value("steps", nlohmann::json::array()), false),
                               text(j, "legal_days"),
                               text(j, "promised_days"),
                               text(j, "fee"),
                               text(j, "fee_basis"),
                               text(j, "unit"),
                               text(j, "window_location"),
                               text(j, "phone")};
  const int64_t id = create_service_item(connection, staff, input);
  if (j.contains("published_on")) {
    publish_service_item(connection, staff, require_date(text(j, "published_on"), "published_on"), id);
  }
  return id;
}

void load_case(store::Connection& connection, const requests::RequestServices& services, const org::StaffActor& staff,
               const std::map<std::string, int64_t>& items, const nlohmann::json& j) {
  const auto item = items.find(text(j, "item"));
  if (item == items.end()) throw InvalidInput("事项不存在：" + text(j, "item"));
  const auto& who = j.value("applicant", nlohmann::json::object());
  const CaseRegistration registration{item->second,
                                      {text(who, "name"), text(who, "id_number"), text(who, "phone")},
                                      text(j, "received_on"),
                                      text(j, "outcome"),
                                      text(j, "reason"),
                                      lines(j.value("materials", nlohmann::json::array()), false)};
  const RegisteredCase registered =
      register_window_case(connection, services, staff, registration, moment(j, "received_on"));
  for (const auto& s : j.value("steps", nlohmann::json::array())) {
    const CaseStep step{text(s, "kind"), text(s, "on"), text(s, "comment"), text(s, "granted"),
                        lines(s.value("materials", nlohmann::json::array()), false)};
    record_window_step(connection, services, staff, registered.id, step, moment(s, "on"));
  }
}

}  // namespace

int load_demo_services(store::Connection& connection, const requests::RequestServices& services,
                       const org::StaffActor& staff, const std::filesystem::path& file) {
  const auto data = read_json(file);
  std::map<std::string, int64_t> items;
  int count = 0;
  for (const auto& j : data.value("items", nlohmann::json::array())) {
    try {
      items[text(j, "code")] = load_item(connection, staff, j);
    } catch (const Refused& error) {
      throw InvalidInput("演示数据" + file.filename().string() + "第" + std::to_string(count + 1) + "项：" + error.what());
    }
    ++count;
  }
  int cases = 0;
  for (const auto& j : data.value("cases", nlohmann::json::array())) {
    ++cases;
    try {
      load_case(connection, services, staff, items, j);
    } catch (const Refused& error) {
      throw InvalidInput("演示数据" + file.filename().string() + "第" + std::to_string(cases) + "件办件：" + error.what());
    }
  }
  return count;
}

}  // namespace gongkai::services
