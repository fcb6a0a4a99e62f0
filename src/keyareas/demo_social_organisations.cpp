#include "keyareas/demo_social_organisations.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "keyareas/social_organisation_commands.h"

namespace gongkai::keyareas {
namespace {

nlohmann::json read_json(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InvalidInput("无法读取演示数据" + file.filename().string());
  return nlohmann::json::parse(in);
}

std::string text(const nlohmann::json& entry, const char* key) { return entry.value(key, std::string()); }

void load_one(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
              const nlohmann::json& entry) {
  const int64_t id = register_organisation(
      connection, staff, today,
      {text(entry, "kind"), text(entry, "name"), text(entry, "credit_code"), text(entry, "legal_representative"),
       text(entry, "business_scope"), text(entry, "registration_authority"), text(entry, "registered_on")});
  for (const auto& change : entry.value("changes", nlohmann::json::array())) {
    change_organisation(connection, staff, today, id,
                        {text(change, "name"), text(change, "legal_representative"), text(change, "business_scope"),
                         text(change, "changed_on")});
  }
  for (const auto& inspection : entry.value("inspections", nlohmann::json::array())) {
    record_inspection(connection, staff, today, id,
                      {text(inspection, "year"), text(inspection, "result"), text(inspection, "inspected_on")});
  }
  if (entry.contains("cancellation")) {
    const auto& cancellation = entry["cancellation"];
    cancel_organisation(connection, staff, today, id, {text(cancellation, "reason"), text(cancellation, "cancelled_on")});
  }
}

}  // namespace

int load_demo_social_organisations(store::Connection& connection, const org::StaffActor& staff,
                                   const std::filesystem::path& file, CivilDate today) {
  const auto organisations = read_json(file).at("organisations");
  int loaded = 0;
  for (const auto& entry : organisations) {
    try {
      load_one(connection, staff, today, entry);
    } catch (const Refused& error) {
      throw InvalidInput("演示数据" + file.filename().string() + "第" + std::to_string(loaded + 1) + "个组织（" +
                         text(entry, "name") + "）有误：" + error.what());
    }
    ++loaded;
  }
  return loaded;
}

}  // namespace gongkai::keyareas
