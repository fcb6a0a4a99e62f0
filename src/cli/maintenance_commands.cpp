#include <iostream>

#include "app/app.h"
#include "audit/audit_log.h"
#include "cli/commands.h"
#include "cli/options.h"

namespace gongkai::cli {

int run_search_reindex(const CommonOptions& options, const std::string& search_dir) {
  app::AppConfig config = app_config(options);
  config.search_dir = search_dir;
  app::App application(config);
  const int64_t count = application.rebuild_search();
  std::cout << "搜索索引已重建：" << count << "条公开信息\n";
  return 0;
}

int run_audit_verify(const CommonOptions& options) {
  app::App application(app_config(options));
  auto connection = application.database().lease();
  const auto check = audit::verify_audit_chain(*connection);
  if (!check.intact) {
    std::cerr << "审计日志校验失败：第" << *check.first_broken_id << "条记录被修改、插入或删除（共"
              << check.records << "条）\n";
    return 1;
  }
  std::cout << "审计日志完整：共" << check.records << "条记录\n";
  return 0;
}

}  // namespace gongkai::cli
