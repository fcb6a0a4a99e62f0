#include "workflow/workflow_queries.h"

#include <algorithm>

#include "catalog/disclosure_attribute.h"
#include "core/errors.h"
#include "workflow/importance.h"
#include "workflow/publication_channel.h"
#include "workflow/workflow_repository.h"

namespace gongkai::workflow {
namespace {

using detail::ItemRow;

WorkflowState state_without_history(const ItemRow& item) {
  if (item.status == "published") return WorkflowState::kPublished;
  if (item.status == "revoked") return WorkflowState::kRevoked;
  return state_from_key(item.workflow_state).value_or(WorkflowState::kDraft);
}

bool publishable(const std::string& attribute_code) {
  const auto attribute = catalog::parse_disclosure_attribute(attribute_code);
  return attribute && catalog::may_be_published(*attribute);
}

// The item with its state; `events` when already loaded, else the projection
// stands in for lists (a scheduled item whose day has come shows as published).
WorkflowItem view(const ItemRow& row, WorkflowState state, const WorkingDayCalendar& calendar, CivilDate today) {
  WorkflowItem item;
  item.id = row.id;
  item.index_number = row.index_number;
  item.category_code = row.category_code;
  item.title = row.title;
  item.doc_number = row.doc_number;
  item.department_code = row.department_code;
  item.written_date = row.written_date;
  item.formed_date = row.formed_date;
  item.published_date = row.published_date;
  item.topic = row.topic;
  item.genre = row.genre;
  item.validity = row.validity;
  item.attribute = row.attribute;
  item.withholding_ground = row.withholding_ground;
  item.summary = row.summary;
  item.body = row.body;
  item.public_body = row.public_body;
  item.importance = row.importance;
  item.body_format = row.body_format;
  item.state = state;
  const auto formed = parse_date(row.formed_date);
  if (formed && publishable(row.attribute) && state != WorkflowState::kRevoked) {
    const bool out = state == WorkflowState::kPublished || state == WorkflowState::kScheduled;
    item.timeliness =
        assess_timeliness(calendar, *formed, out ? parse_date(row.published_date) : std::nullopt, today);
  }
  return item;
}

WorkflowState listed_state(const ItemRow& row, CivilDate today) {
  const auto state = state_from_key(row.workflow_state).value_or(WorkflowState::kDraft);
  if (state != WorkflowState::kScheduled) return state;
  const auto date = parse_date(row.published_date);
  return date && *date <= today ? WorkflowState::kPublished : state;
}

ItemRow require_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id) {
  auto row = detail::find_item_row(connection, item_id);
  if (!row || row->agency_id != staff.agency_id) throw NotFound("信息不存在：" + std::to_string(item_id));
  return *row;
}

std::vector<WorkflowItem> views(const std::vector<ItemRow>& rows, const WorkingDayCalendar& calendar,
                                CivilDate today) {
  std::vector<WorkflowItem> out;
  for (const auto& row : rows) out.push_back(view(row, listed_state(row, today), calendar, today));
  return out;
}

}  // namespace

WorkflowItem find_workflow_item(store::Connection& connection, const WorkingDayCalendar& calendar,
                                const org::StaffActor& staff, int64_t item_id, CivilDate today) {
  const ItemRow row = require_item(connection, staff, item_id);
  const auto state = derive_state(detail::load_events(connection, item_id), today, state_without_history(row));
  return view(row, state, calendar, today);
}

ItemDetail item_detail(store::Connection& connection, const WorkingDayCalendar& calendar,
                       const org::StaffActor& staff, int64_t item_id, CivilDate today) {
  const ItemRow row = require_item(connection, staff, item_id);
  ItemDetail detail;
  detail.history = detail::load_events(connection, item_id);
  const auto state = derive_state(detail.history, today, state_without_history(row));
  detail.item = view(row, state, calendar, today);
  for (const auto& c : detail::load_channels(connection, item_id)) {
    const auto channel = find_channel(c.channel);
    detail.channels.push_back({c.id, c.channel, channel ? std::string(channel->name) : c.channel, c.outlet,
                               c.published_on, c.reference, c.recorded_by});
  }
  for (const auto& [id, title, relation] : detail::item_links(connection, item_id)) {
    detail.links.push_back({id, title, relation});
  }
  const auto importance = parse_importance(row.importance).value_or(Importance::kOrdinary);
  detail.allowed = allowed_events(state, importance, staff);
  return detail;
}

ItemListPage list_workflow_items(store::Connection& connection, const WorkingDayCalendar& calendar,
                                 const org::StaffActor& staff, std::optional<WorkflowState> state, int page,
                                 CivilDate today) {
  staff.require(org::Permission::kUseBackOffice);
  if (page < 1) throw InvalidInput("页码无效");
  ItemListPage out;
  out.page = page;
  const std::string key = state ? std::string(state_key(*state)) : "";
  out.total = detail::count_items(connection, staff.agency_id, key, format_date(today));
  out.items = views(detail::list_items(connection, staff.agency_id, key, format_date(today), out.per_page,
                                       static_cast<int64_t>(page - 1) * out.per_page),
                    calendar, today);
  return out;
}

Dashboard dashboard_for(store::Connection& connection, const WorkingDayCalendar& calendar,
                        const org::StaffActor& staff, CivilDate today) {
  staff.require(org::Permission::kUseBackOffice);
  Dashboard board;
  const int64_t agency = staff.agency_id;
  const auto mine = [&](const ItemRow& row) { return row.created_by && *row.created_by == staff.user_id; };
  if (staff.may(org::Permission::kDraftItems)) {
    for (const auto& row : detail::items_in_states(connection, agency, {"returned", "draft"})) {
      if (!mine(row)) continue;
      auto item = view(row, listed_state(row, today), calendar, today);
      (item.state == WorkflowState::kReturned ? board.returned : board.drafts).push_back(std::move(item));
    }
  }
  if (staff.may(org::Permission::kSecrecyReview)) {
    board.to_review = views(detail::items_in_states(connection, agency, {"in_review"}), calendar, today);
  }
  for (const auto& importance : all_importances()) {
    if (!staff.may(importance.approval)) continue;
    for (const auto& row : detail::items_in_states(connection, agency, {"in_approval"})) {
      if (row.importance == importance.key) board.to_approve.push_back(view(row, listed_state(row, today), calendar, today));
    }
  }
  if (staff.may(org::Permission::kPublishItems)) {
    for (const auto& row : detail::items_in_states(connection, agency, {"approved"})) {
      if (publishable(row.attribute)) board.to_publish.push_back(view(row, listed_state(row, today), calendar, today));
    }
    for (const auto& row : detail::items_in_states(connection, agency, {"scheduled"})) {
      if (listed_state(row, today) == WorkflowState::kScheduled) {
        board.scheduled.push_back(view(row, WorkflowState::kScheduled, calendar, today));
      }
    }
    for (auto& item : views(detail::items_in_states(connection, agency,
                                                    {"draft", "returned", "in_review", "in_approval", "approved"}),
                            calendar, today)) {
      if (!item.timeliness) continue;
      if (item.timeliness->overdue) board.overdue.push_back(item);
      else if (item.timeliness->at_risk) board.at_risk.push_back(item);
    }
  }
  return board;
}

PublicationCounts publication_counts(store::Connection& connection, int64_t agency_id, int year) {
  const std::string from = std::to_string(year) + "-01-01";
  const std::string to = std::to_string(year) + "-12-31";
  PublicationCounts counts;
  counts.portal = detail::count_portal_items(connection, agency_id, from, to);
  const auto rows = detail::channels_between(connection, agency_id, from, to);
  for (const auto& channel : publication_channels()) {
    const auto n = std::count_if(rows.begin(), rows.end(), [&](const auto& r) { return r.channel == channel.key; });
    if (n == 0) continue;
    counts.by_channel.emplace_back(std::string(channel.key), n);
    if (channel.news_media) counts.media += n;
  }
  return counts;
}

std::string body_format_of(store::Connection& connection, int64_t item_id) {
  return detail::body_format(connection, item_id);
}

}  // namespace gongkai::workflow
