#include <fstream>
#include <iostream>

#include "catalog/item_import.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::cli {

int run_import_items(const CommonOptions& options, const std::string& agency_code, const std::string& file) {
  app::App application(app_config(options));
  auto connection = application.database().lease();
  const org::Agency agency = org::require_agency(*connection, agency_code);
  const auto rows = catalog::parse_item_file(file, agency.id);
  const auto result = catalog::import_items(*connection, cli_actor(), rows);
  if (!result.problems.empty()) {
    for (const auto& problem : result.problems) {
      std::cerr << file << ":" << problem.line << ": " << problem.reason << "\n";
    }
    std::cerr << "导入失败：发现" << result.problems.size() << "处错误，未导入任何记录\n";
    return 1;
  }
  application.sync_search();
  std::cout << "已导入" << result.imported << "条信息\n";
  return 0;
}

int run_export_items(const CommonOptions& options, const std::string& agency_code, const std::string& out) {
  app::App application(app_config(options));
  auto connection = application.database().lease();
  const org::Agency agency = org::require_agency(*connection, agency_code);
  const std::string json = catalog::export_items_json(*connection, agency.id);
  if (out.empty()) {
    std::cout << json << "\n";
    return 0;
  }
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  if (!file) throw InvalidInput("无法写入文件：" + out);
  file << json << "\n";
  if (!file.flush()) throw InvalidInput("写入文件失败：" + out);
  return 0;
}

}  // namespace gongkai::cli
