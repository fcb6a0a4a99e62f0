// gongkai: the command line. See README.md for the commands.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "core/errors.h"

namespace {

using gongkai::cli::CommonOptions;

void add_common(CLI::App* command, CommonOptions& options) {
  command->add_option("--db", options.database_url, "SQLite file path or postgresql:// URL")->required();
  command->add_option("--data-dir", options.data_dir, "directory with templates/, static/ and data/");
  command->add_option("--key-file", options.key_file,
                      "key sealing applicants' ID numbers (default: <db file>.key, created when absent)");
}

// Runs the command; turns the named errors into a message and an exit code.
int guarded(const std::function<int()>& command) {
  try {
    return command();
  } catch (const gongkai::Refused& e) {
    std::cerr << "错误：" << e.what() << "\n";
    return 1;
  } catch (const gongkai::StoreError& e) {
    std::cerr << "数据存储错误：" << e.what() << "\n";
    return 3;
  } catch (const std::exception& e) {
    std::cerr << "内部错误：" << e.what() << "\n";
    return 4;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gongkai 政府信息公开平台"};
  app.require_subcommand(1);

  CommonOptions common;
  std::function<int()> action;

  auto* init = app.add_subcommand("init", "create or upgrade the store; --demo loads the demo agency");
  add_common(init, common);
  bool demo = false;
  init->add_flag("--demo", demo, "load data/demo (吴忠市民政局, 2017)");
  bool demo_accounts_ready = false;
  init->add_flag("--demo-accounts-ready", demo_accounts_ready,
                 "with --demo: the demo staff accounts need no password change at first login (demo mode)");
  init->callback([&] { action = [&] { return gongkai::cli::run_init(common, demo, demo_accounts_ready); }; });

  auto* serve = app.add_subcommand("serve", "serve the portal and the API");
  add_common(serve, common);
  gongkai::cli::ServeOptions serve_options;
  serve->add_option("--listen", serve_options.listen, "HOST:PORT (default 127.0.0.1:8080)");
  serve->add_option("--threads", serve_options.threads, "worker threads (default: one per core)");
  serve->add_option("--agency", serve_options.agency, "the portal's agency (short code)");
  serve->add_option("--site-url", serve_options.site_url, "absolute base URL for the feed and sitemap");
  serve->add_option("--body-limit", serve_options.body_limit, "largest request body in bytes");
  serve->add_option("--search-dir", serve_options.search_dir, "the search index directory");
  serve->add_flag("!--no-access-log", serve_options.access_log, "do not log each request");
  serve->add_option("--trusted-proxy", serve_options.trusted_proxies,
                    "a reverse proxy's address whose X-Forwarded-For names the client (repeatable)");
  serve->callback([&] { action = [&] { return gongkai::cli::run_serve(common, serve_options); }; });

  auto* import = app.add_subcommand("import", "import records");
  import->require_subcommand(1);
  auto* import_items = import->add_subcommand("items", "import items from FILE.csv or FILE.json (all or nothing)");
  add_common(import_items, common);
  std::string agency;
  std::string file;
  import_items->add_option("--agency", agency, "short code or 统一社会信用代码")->required();
  import_items->add_option("file", file, "FILE.csv or FILE.json")->required();
  import_items->callback([&] { action = [&] { return gongkai::cli::run_import_items(common, agency, file); }; });

  auto* export_cmd = app.add_subcommand("export", "export records");
  export_cmd->require_subcommand(1);
  auto* export_items = export_cmd->add_subcommand("items", "export an agency's items as JSON (the import format)");
  add_common(export_items, common);
  std::string out;
  export_items->add_option("--agency", agency, "short code or 统一社会信用代码")->required();
  export_items->add_option("--out", out, "output file (default: standard output)");
  export_items->callback([&] { action = [&] { return gongkai::cli::run_export_items(common, agency, out); }; });

  auto* calendar = app.add_subcommand("calendar", "working-day calendar");
  calendar->require_subcommand(1);
  auto* due = calendar->add_subcommand("due", "the date N working days after --from (that day not counted)");
  std::string from;
  int days = 0;
  due->add_option("--from", from, "YYYY-MM-DD")->required();
  due->add_option("--days", days, "N (working days)")->required();
  due->add_option("--data-dir", common.data_dir, "directory with data/holidays/");
  due->callback([&] { action = [&] { return gongkai::cli::run_calendar_due(common.data_dir, from, days); }; });

  auto* search = app.add_subcommand("search", "the search index");
  search->require_subcommand(1);
  auto* reindex = search->add_subcommand("reindex", "rebuild the search index from the store");
  add_common(reindex, common);
  std::string search_dir;
  reindex->add_option("--search-dir", search_dir, "the search index directory");
  reindex->callback([&] { action = [&] { return gongkai::cli::run_search_reindex(common, search_dir); }; });

  auto* audit = app.add_subcommand("audit", "the audit log");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "check the audit log's hash chain");
  add_common(verify, common);
  verify->callback([&] { action = [&] { return gongkai::cli::run_audit_verify(common); }; });

  auto* user = app.add_subcommand("user", "staff accounts of the back office");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "create a staff account (it must change its password at first login)");
  add_common(user_add, common);
  gongkai::cli::UserAddOptions user_options;
  user_add->add_option("--username", user_options.username, "login name: [a-z0-9_.-]{2,32}")->required();
  user_add->add_option("--role", user_options.role,
                       "officer, secrecy_reviewer, deputy_leader, principal_leader, office or administrator")
      ->required();
  user_add->add_option("--name", user_options.name, "the person's name (姓名)")->required();
  user_add->add_option("--password", user_options.password, "initial password (default: generated and printed)");
  user_add->add_option("--agency", user_options.agency, "short code (default: the only agency)");
  user_add->add_option("--department", user_options.department, "department code");
  user_add->callback([&] { action = [&] { return gongkai::cli::run_user_add(common, user_options); }; });

  auto* report = app.add_subcommand("report", "the annual report (政府信息公开工作年度报告)");
  report->require_subcommand(1);
  auto* report_check = report->add_subcommand(
      "check",
      "check a report's tables: exit 0 consistent (warnings allowed), 1 a consistency rule (C1-C4, C6, C7) broken, "
      "2 bad input (unreadable file, malformed JSON, missing table/row/cell, text where a number belongs, "
      "negative or fractional count)");
  std::string report_file;
  std::string previous_report_file;
  report_check->add_option("file", report_file, "FILE.json (the tables, docs/report-json.md)")->required();
  report_check->add_option("--previous", previous_report_file, "LAST_YEAR.json: also check C6 and C7");
  report_check->callback(
      [&] { action = [&] { return gongkai::cli::run_report_check(report_file, previous_report_file); }; });
  auto* report_build = report->add_subcommand("build", "draft an agency's annual report from its records");
  add_common(report_build, common);
  int report_year = 0;
  std::string report_format = "json";
  report_build->add_option("--agency", agency, "short code or 统一社会信用代码")->required();
  report_build->add_option("--year", report_year, "the report year (2008 on)")->required();
  std::string report_out;
  report_build->add_option("--format", report_format,
                           "json (tables, figures, sections), text (the narrative), pdf or xlsx (the published "
                           "version when there is one, else a draft)")
      ->check(CLI::IsMember({"json", "text", "pdf", "xlsx"}));
  report_build->add_option("--out", report_out, "output file for pdf and xlsx (default: standard output)");
  report_build->callback([&] {
    action = [&] {
      if (report_format == "pdf" || report_format == "xlsx") {
        return gongkai::cli::run_report_render(common, agency, report_year, report_format, report_out);
      }
      return gongkai::cli::run_report_build(common, agency, report_year, report_format);
    };
  });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return guarded(action);
}
