#include "proposals/demo_proposals.h"

#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "proposals/proposal_commands.h"

namespace gongkai::proposals {
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
  if (!object.contains(name) || !object[name].is_string()) return "";
  return object[name].get<std::string>();
}

CivilDate day(const nlohmann::json& object, const char* name) { return require_date(text(object, name), name); }

// The item's commands, each on the day the file says it happened.
void load_item(store::Connection& connection, const org::StaffActor& staff, const std::map<std::string, int64_t>& sessions,
               const nlohmann::json& j) {
  const auto session = sessions.find(text(j, "session"));
  if (session == sessions.end()) throw InvalidInput("会议不存在：" + text(j, "session"));
  const ProposalInput input{session->second,    text(j, "number"),        text(j, "title"),      text(j, "proposers"),
                            text(j, "topics"), text(j, "handling_role"), text(j, "assigned_on")};
  const int64_t id = add_proposal(connection, staff, day(j, "assigned_on"), input);
  if (const auto& r = j.value("reply", nlohmann::json::object()); !r.empty()) {
    record_reply(connection, staff, day(r, "replied_on"), id, {text(r, "grade"), text(r, "text"), text(r, "replied_on")});
  }
  if (const auto& c = j.value("contact", nlohmann::json::object()); !c.empty()) {
    record_contact(connection, staff, day(c, "contacted_on"), id,
                   {text(c, "contacted_on"), text(c, "way"), text(c, "satisfaction")});
  }
  if (const auto& p = j.value("published", nlohmann::json::object()); !p.empty()) {
    publish_result(connection, staff, day(p, "on"), id, text(p, "summary"));
  }
}

}  // namespace

int load_demo_proposals(store::Connection& connection, const org::StaffActor& staff,
                        const std::filesystem::path& file) {
  const auto data = read_json(file);
  std::map<std::string, int64_t> sessions;
  for (const auto& s : data.value("sessions", nlohmann::json::array())) {
    const std::string months = s.contains("reply_months") ? std::to_string(s["reply_months"].get<int>()) : "";
    sessions[text(s, "name")] = create_session(connection, staff, {text(s, "name"), text(s, "body"), text(s, "level"), months});
  }
  int count = 0;
  for (const auto& item : data.value("items", nlohmann::json::array())) {
    try {
      load_item(connection, staff, sessions, item);
    } catch (const InvalidInput& error) {
      throw InvalidInput("演示数据" + file.filename().string() + "第" + std::to_string(count + 1) + "条：" + error.what());
    }
    ++count;
  }
  return count;
}

}  // namespace gongkai::proposals
