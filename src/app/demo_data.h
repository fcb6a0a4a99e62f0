// gongkai/app/demo_data.h
//
// Loads the demo agency from a directory in the data/demo/ layout:
//   agency.json      the agency, its disclosure office and departments
//   categories.json  the 公开目录 tree, in display order
//   guide.json       the sections of the 公开指南
//   items.json       the items, in the `gongkai import items` format
//   attachments.json files under the directory attached to items by `key`
//   channels.json    the items' publications on other channels, and with them
//                    each item's workflow history (workflow/demo_publications.h)
//   engagement.json  意见征集 with comments and 采纳情况, letters, 舆情
//                    (engagement/demo_engagement.h)
//   assistance.csv   2017 social-assistance figures (keyareas/demo_assistance.h)
// and, with the request services, the second agency from ltq/:
//   ltq/agency.json        吴忠市利通区人民政府 with its office and departments
//   ltq/applications.json  a year of 依申请公开 (requests/demo_requests.h),
//                          handled by its office account lt_bangongshi
//   recipient_lists.json   the first agency's 公示名单 (keyareas/demo_recipients.h;
//                          their ID numbers are hashed with the request services' seal)
// Everything goes in through the same domain functions as any other input,
// in one transaction: the demo is loaded whole or not at all.
#pragma once

#include <filesystem>

#include "audit/audit_log.h"
#include "requests/request_services.h"
#include "store/database.h"

namespace gongkai::app {

struct DemoSummary {
  int64_t agency_id = 0;
  int categories = 0;
  int items = 0;
  int attachments = 0;
  int accounts = 0;  // the staff accounts, one per role (accounts/demo_accounts.h)
  // The second agency (0 when not loaded), its accounts (prefix lt_) and applications.
  int64_t second_agency_id = 0;
  int second_accounts = 0;
  int applications = 0;
  int assistance_records = 0;  // social-assistance figures (assistance.csv, keyareas/demo_assistance.h)
  int social_organisations = 0;  // the registry (social_organisations.json, keyareas/demo_social_organisations.h)
  int credit_decisions = 0;         // 双公示 records (credit_decisions.json, credit/demo_credit_decisions.h)
  int second_credit_decisions = 0;  // the second agency's (ltq/credit_decisions.json)
  int proposals = 0;           // 建议提案 items (proposals.json, proposals/demo_proposals.h)
  int recipient_lists = 0;     // 公示名单 (recipient_lists.json, keyareas/demo_recipients.h; whole demo only)
  int service_items = 0;       // 政务服务事项 (services.json, services/demo_services.h)
  int annual_reports = 0;      // published annual reports (annualreport/demo_reports.h; whole demo only)
};

// The username prefix of the second demo agency's staff accounts.
inline constexpr const char* kSecondDemoAccountPrefix = "lt_";

// Throws InvalidInput naming the file and the problem (for items: every bad
// record with its number); Conflict when the agency already exists.
// The demo staff accounts must change their password at first login unless
// `accounts_ready` (the documented demo mode, `init --demo-accounts-ready`).
// This one loads the first agency only (its catalogue and engagement).
DemoSummary load_demo(store::Connection& connection, const audit::Actor& actor,
                      const std::filesystem::path& demo_dir, bool accounts_ready = false);

// The whole demo: the first agency, then the second with its applications,
// and both agencies' 依申请公开 settings (reply number prefix,
// reconsideration body). `gongkai init --demo` loads this.
DemoSummary load_demo(store::Connection& connection, const audit::Actor& actor,
                      const std::filesystem::path& demo_dir, const requests::RequestServices& services,
                      bool accounts_ready = false);

}  // namespace gongkai::app
