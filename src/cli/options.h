// gongkai/cli/options.h
//
// What the commands share: the App configuration from the common options, and
// the actor the command line acts as in the audit log.
#pragma once

#include "app/app.h"
#include "audit/audit_log.h"
#include "cli/commands.h"

namespace gongkai::cli {

app::AppConfig app_config(const CommonOptions& options);

// "cli:<login name>", from the local host.
audit::Actor cli_actor();

}  // namespace gongkai::cli
