#include "credit/demo_credit_decisions.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "credit/decision_commands.h"

namespace gongkai::credit {
namespace {

nlohmann::json read_json(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InvalidInput("无法读取演示数据" + file.filename().string());
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception&) {
    throw InvalidInput("演示数据" + file.filename().string() + "不是有效的JSON");
  }
}

void load_one(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
              const nlohmann::json& entry) {
  DecisionInput input;
  input.kind = entry.value("kind", std::string());
  const nlohmann::json fields = entry.value("fields", nlohmann::json::object());
  for (const auto& [key, value] : fields.items()) {
    if (!value.is_string()) throw InvalidInput("字段" + key + "应为文本");
    input.values[key] = value.get<std::string>();
  }
  const std::string published = entry.value("published_on", std::string());
  const CivilDate day = published.empty() ? today : require_date(published, "公开日期");
  const int64_t id = record_decision(connection, staff, day, input);
  if (!published.empty()) publish_decision(connection, staff, day, id);
  if (entry.contains("withdrawn")) {
    const auto& withdrawn = entry["withdrawn"];
    withdraw_decision(connection, staff, require_date(withdrawn.value("on", std::string()), "撤销日期"), id,
                      withdrawn.value("reason", std::string()));
  }
}

}  // namespace

int load_demo_credit_decisions(store::Connection& connection, const org::StaffActor& staff,
                               const std::filesystem::path& file, CivilDate today) {
  const auto decisions = read_json(file).at("decisions");
  int loaded = 0;
  for (const auto& entry : decisions) {
    try {
      load_one(connection, staff, today, entry);
    } catch (const Refused& error) {
      const auto& fields = entry.value("fields", nlohmann::json::object());
      throw InvalidInput("演示数据" + file.filename().string() + "第" + std::to_string(loaded + 1) + "条（" +
                         fields.value("document_number", std::string()) + "）有误：" + error.what());
    }
    ++loaded;
  }
  return loaded;
}

}  // namespace gongkai::credit
