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
// Everything goes in through the same domain functions as any other input,
// in one transaction: the demo is loaded whole or not at all.
#pragma once

#include <filesystem>

#include "audit/audit_log.h"
#include "store/database.h"

namespace gongkai::app {

struct DemoSummary {
  int64_t agency_id = 0;
  int categories = 0;
  int items = 0;
  int attachments = 0;
  int accounts = 0;  // the staff accounts, one per role (accounts/demo_accounts.h)
};

// Throws InvalidInput naming the file and the problem (for items: every bad
// record with its number); Conflict when the agency already exists.
// The demo staff accounts must change their password at first login unless
// `accounts_ready` (the documented demo mode, `init --demo-accounts-ready`).
DemoSummary load_demo(store::Connection& connection, const audit::Actor& actor,
                      const std::filesystem::path& demo_dir, bool accounts_ready = false);

}  // namespace gongkai::app
