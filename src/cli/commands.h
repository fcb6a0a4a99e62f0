// gongkai/cli/commands.h
//
// The `gongkai` command line. Each command is a function that receives its
// parsed options, does its work through the domain, prints its result, and
// returns the process exit code. Errors are thrown as the named types of
// core/errors.h and turned into a message and an exit code once, in main().
#pragma once

#include <string>
#include <vector>

namespace gongkai::cli {

struct CommonOptions {
  std::string database_url;
  std::string data_dir;  // "" = the default (app::default_data_dir)
  std::string key_file;  // seals applicants' ID numbers; "" = <db file>.key (app::AppConfig)
};

// `demo_accounts_ready`: the demo staff accounts need no password change
// (the documented demo mode; see README.md).
int run_init(const CommonOptions& options, bool demo, bool demo_accounts_ready = false);

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  int threads = 0;
  std::string agency;
  std::string site_url;
  size_t body_limit = 1024 * 1024;
  std::string search_dir;
  bool access_log = true;
  std::vector<std::string> trusted_proxies;  // whose X-Forwarded-For names the client
};
int run_serve(const CommonOptions& options, const ServeOptions& serve);

int run_import_items(const CommonOptions& options, const std::string& agency, const std::string& file);
int run_export_items(const CommonOptions& options, const std::string& agency, const std::string& out);

int run_calendar_due(const std::string& data_dir, const std::string& from, int days);

int run_search_reindex(const CommonOptions& options, const std::string& search_dir);

int run_audit_verify(const CommonOptions& options);

struct UserAddOptions {
  std::string username;
  std::string role;        // org/role.h key
  std::string name;        // 姓名
  std::string password;    // "" = generate one and print it
  std::string agency;      // "" = the only agency
  std::string department;  // department code, "" = none
};
// Creates a staff account that must change its password at first login.
int run_user_add(const CommonOptions& options, const UserAddOptions& user);

// `report check FILE.json [--previous LAST_YEAR.json]`: exit 0 consistent,
// 1 a consistency rule is broken (one line each), 2 bad input (a file that
// cannot be read as a report, a negative or fractional count).
int run_report_check(const std::string& file, const std::string& previous_file);

// `report build --agency CODE --year Y [--format json|text]`: the draft of
// the annual report, printed (docs/annual-report.md).
int run_report_build(const CommonOptions& options, const std::string& agency, int year, const std::string& format);

// `report build … --format pdf|xlsx [--out F]`: the published version of the
// year when there is one, else a fresh draft, as PDF or XLSX (report_render_command.cpp).
int run_report_render(const CommonOptions& options, const std::string& agency, int year, const std::string& format,
                      const std::string& out);

}  // namespace gongkai::cli
