// gongkai/workflow/workflow_queries.h
//
// The read side of the workflow for the back office: one item with its
// derived state, history, channels and timeliness; item lists by state; what
// waits for a given staff member (待办); publication counts by channel for a
// year, computed from the records. Items of other agencies do not exist here
// (NotFound).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/working_day_calendar.h"
#include "org/staff.h"
#include "store/database.h"
#include "workflow/item_event.h"
#include "workflow/item_workflow.h"
#include "workflow/timeliness.h"

namespace gongkai::workflow {

// An item as the back office shows it.
struct WorkflowItem {
  int64_t id = 0;
  std::string index_number;
  std::string category_code;
  std::string title;
  std::string doc_number;
  std::string department_code;
  std::string written_date;
  std::string formed_date;
  std::string published_date;  // "" when none
  std::string topic;
  std::string genre;
  std::string validity;    // code
  std::string attribute;   // code
  std::string withholding_ground;
  std::string summary;
  std::string body;
  std::string public_body;
  std::string importance;   // key
  std::string body_format;  // text | markdown
  WorkflowState state = WorkflowState::kDraft;  // derived from the events
  std::optional<Timeliness> timeliness;  // for 主动公开 and 部分公开 items
};

struct ChannelRecord {
  int64_t id = 0;
  std::string channel;       // key
  std::string channel_name;  // 报纸 …
  std::string outlet;
  std::string published_on;
  std::string reference;
  std::string recorded_by;
};

struct ItemLinkView {
  int64_t item_id = 0;
  std::string title;
  std::string relation;  // "interprets" (this item is a 政策解读 of it) or "interpreted_by"
};

struct ItemDetail {
  WorkflowItem item;
  std::vector<ItemLinkView> links;  // 政策解读 and the policies they interpret, any state
  std::vector<ItemEvent> history;  // oldest first
  std::vector<ChannelRecord> channels;
  std::vector<EventKind> allowed;  // what this staff member may do now
};

// Throws NotFound for an unknown id or one of another agency.
ItemDetail item_detail(store::Connection& connection, const WorkingDayCalendar& calendar,
                       const org::StaffActor& staff, int64_t item_id, CivilDate today);
WorkflowItem find_workflow_item(store::Connection& connection, const WorkingDayCalendar& calendar,
                                const org::StaffActor& staff, int64_t item_id, CivilDate today);

// The agency's items in `state` (every item when nullopt), newest first.
struct ItemListPage {
  std::vector<WorkflowItem> items;
  int64_t total = 0;
  int page = 1;
  int per_page = 50;
};
ItemListPage list_workflow_items(store::Connection& connection, const WorkingDayCalendar& calendar,
                                 const org::StaffActor& staff, std::optional<WorkflowState> state, int page,
                                 CivilDate today);

// What waits for a staff member, by their role's permissions.
struct Dashboard {
  std::vector<WorkflowItem> returned;      // drafts returned to them (drafters: their own)
  std::vector<WorkflowItem> drafts;        // their drafts not yet submitted
  std::vector<WorkflowItem> to_review;     // 保密审查员
  std::vector<WorkflowItem> to_approve;    // leaders: by the importance they approve
  std::vector<WorkflowItem> to_publish;    // 办公室: approved, publishable
  std::vector<WorkflowItem> scheduled;     // 办公室: publication set for a later day
  std::vector<WorkflowItem> at_risk;       // unpublished, <= kAtRiskWorkingDays left
  std::vector<WorkflowItem> overdue;       // unpublished, past the 20 working days
};
Dashboard dashboard_for(store::Connection& connection, const WorkingDayCalendar& calendar,
                        const org::StaffActor& staff, CivilDate today);

// Publications of `year` computed from the records: items on the portal
// (published, 主动公开 or 部分公开, 发布日期 in the year), and channel records
// dated in the year, by channel; media = those on a news-media channel.
struct PublicationCounts {
  int64_t portal = 0;
  int64_t media = 0;
  std::vector<std::pair<std::string, int64_t>> by_channel;  // channel key, count (table order, zeros left out)
};
PublicationCounts publication_counts(store::Connection& connection, int64_t agency_id, int year);

// "markdown" or "text" for a public page; "text" for an unknown id.
std::string body_format_of(store::Connection& connection, int64_t item_id);

}  // namespace gongkai::workflow
