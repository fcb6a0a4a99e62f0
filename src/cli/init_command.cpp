#include <iostream>

#include "app/app.h"
#include "app/demo_data.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "org/agency_repository.h"

namespace gongkai::cli {

int run_init(const CommonOptions& options, bool demo, bool demo_accounts_ready) {
  app::App application(app_config(options));
  std::cout << "数据库已就绪：" << options.database_url << "\n";
  if (!demo) return 0;
  const audit::Actor actor = cli_actor();
  auto connection = application.database().lease();
  const auto summary =
      app::load_demo(*connection, actor, application.config().data_dir / "data" / "demo",
                     application.request_services(), demo_accounts_ready);
  application.sync_search();
  std::cout << "已载入演示数据：机关2个，栏目" << summary.categories << "个，信息" << summary.items << "条，附件"
            << summary.attachments << "个，依申请公开" << summary.applications << "件，工作人员账号"
            << summary.accounts + summary.second_accounts << "个"
            << (demo_accounts_ready ? "（演示模式：无需修改初始密码）" : "（首次登录须修改初始密码）") << "\n";
  return 0;
}

}  // namespace gongkai::cli
