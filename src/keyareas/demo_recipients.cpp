#include "keyareas/demo_recipients.h"

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "keyareas/recipient_commands.h"
#include "keyareas/recipient_import.h"

namespace gongkai::keyareas {
namespace {

std::string read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InvalidInput("无法读取演示数据文件：" + file.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void load_one(store::Connection& connection, const org::StaffActor& staff, const requests::IdentitySeal& seal,
              const std::filesystem::path& dir, const nlohmann::json& entry) {
  const std::filesystem::path file = dir / entry.at("file").get<std::string>();
  const RecipientListInput list{entry.at("programme").get<std::string>(), entry.at("period").get<std::string>(),
                                entry.at("area").get<std::string>(), entry.value("kind", "")};
  const auto rows = parse_recipient_file(read_bytes(file), file.filename().string());
  const auto report = import_recipient_list(connection, staff, seal,
                                            require_date(entry.at("imported_on").get<std::string>(), "导入日期"),
                                            list, rows);
  if (!report.problems.empty()) {
    throw InvalidInput("演示数据" + file.filename().string() + "有误：\n" + describe_problems(report.problems));
  }
  publish_recipient_list(connection, staff, require_date(entry.at("published_on").get<std::string>(), "公示日期"),
                         report.list_id);
  if (entry.contains("withdrawn_on")) {
    withdraw_recipient_list(connection, staff, require_date(entry.at("withdrawn_on").get<std::string>(), "撤回日期"),
                            report.list_id, entry.at("withdrawal_reason").get<std::string>());
  }
}

}  // namespace

int load_demo_recipient_lists(store::Connection& connection, const org::StaffActor& staff,
                              const requests::IdentitySeal& seal, const std::filesystem::path& manifest) {
  nlohmann::json data;
  try {
    data = nlohmann::json::parse(read_bytes(manifest));
  } catch (const nlohmann::json::exception& error) {
    throw InvalidInput("演示数据" + manifest.filename().string() + "格式有误：" + error.what());
  }
  int loaded = 0;
  for (const auto& entry : data.at("lists")) {
    load_one(connection, staff, seal, manifest.parent_path(), entry);
    ++loaded;
  }
  return loaded;
}

}  // namespace gongkai::keyareas
