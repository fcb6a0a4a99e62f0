#include "keyareas/demo_assistance.h"

#include <fstream>
#include <iterator>

#include "core/errors.h"
#include "keyareas/assistance_commands.h"
#include "keyareas/assistance_import.h"

namespace gongkai::keyareas {

int load_demo_assistance(store::Connection& connection, const org::StaffActor& staff,
                         const std::filesystem::path& file, CivilDate today) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InvalidInput("无法读取演示数据文件：" + file.string());
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const auto rows = parse_import_file(bytes, file.filename().string());
  const auto report = import_figures(connection, staff, today, rows);
  if (!report.problems.empty()) {
    throw InvalidInput("演示数据" + file.filename().string() + "有误：\n" + describe_problems(report.problems));
  }
  return report.imported;
}

}  // namespace gongkai::keyareas
