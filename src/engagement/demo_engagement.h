// gongkai/engagement/demo_engagement.h
//
// Loads the demo's public engagement from data/demo/engagement.json through
// the domain functions (so every record passes the same rules and is
// audited): each consultation with its comments, their moderation and the
// 采纳情况, linked to the policy item of the same agency found by its title;
// letters with their replies (published ones masked by the domain); 舆情
// records with response and report. Dates in the file are China dates; the
// reply due dates come from the working-day calendar. Runs inside the
// caller's transaction. Throws InvalidInput naming the file and the record.
#pragma once

#include <cstdint>
#include <filesystem>

#include "audit/audit_log.h"
#include "core/working_day_calendar.h"
#include "store/database.h"

namespace gongkai::engagement {

struct DemoEngagementSummary {
  int consultations = 0;
  int comments = 0;
  int letters = 0;
  int opinion_records = 0;
};

DemoEngagementSummary load_demo_engagement(store::Connection& connection, const audit::Actor& actor,
                                           int64_t agency_id, const std::filesystem::path& file,
                                           const WorkingDayCalendar& calendar);

}  // namespace gongkai::engagement
