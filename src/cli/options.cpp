#include "cli/options.h"

#include <unistd.h>

#include <cstdlib>

namespace gongkai::cli {

app::AppConfig app_config(const CommonOptions& options) {
  app::AppConfig config;
  config.database_url = options.database_url;
  config.key_file = options.key_file;
  config.data_dir = options.data_dir.empty() ? app::default_data_dir() : std::filesystem::path(options.data_dir);
  return config;
}

audit::Actor cli_actor() {
  const char* user = std::getenv("USER");
  if (user == nullptr || *user == '\0') user = getlogin();
  return {std::string("cli:") + (user != nullptr ? user : "unknown"), "local"};
}

}  // namespace gongkai::cli
