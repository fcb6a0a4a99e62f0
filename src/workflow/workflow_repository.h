// gongkai/workflow/workflow_repository.h (internal to workflow/)
//
// The workflow's SQL, in one place: an item as the workflow sees it (any
// status), its events, the projection columns, channels. Functions run on the
// caller's connection; writers expect to be inside its transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "store/database.h"
#include "workflow/item_event.h"

namespace gongkai::workflow::detail {

// An item row with the workflow's columns.
struct ItemRow {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string category_code;
  std::string index_number;
  std::string title;
  std::string doc_number;
  std::string department_code;
  std::string written_date;
  std::string formed_date;
  std::string published_date;  // "" when none
  std::string topic;
  std::string genre;
  std::string validity;   // code: valid | expired | repealed
  std::string attribute;  // code: proactive | partial | on_request | withheld
  std::string withholding_ground;
  std::string summary;
  std::string body;
  std::string public_body;
  std::string status;          // draft | published | revoked
  std::string workflow_state;  // the projection
  std::string importance;      // ordinary | major
  std::string body_format;     // text | markdown
  std::optional<int64_t> created_by;
  int64_t version = 1;
};

std::optional<ItemRow> find_item_row(store::Connection& connection, int64_t id);

std::vector<ItemEvent> load_events(store::Connection& connection, int64_t item_id);
int64_t insert_event(store::Connection& connection, const ItemEvent& event);

// Sets the projection to `to` where it still is `expected`; false when another
// request changed it first (the row is locked until the transaction ends).
bool move_projection(store::Connection& connection, int64_t item_id, const std::string& expected,
                     const std::string& to);

// Items of an agency in the given projection states, oldest formed first.
std::vector<ItemRow> items_in_states(store::Connection& connection, int64_t agency_id,
                                     const std::vector<std::string>& states);

std::optional<int64_t> category_id(store::Connection& connection, int64_t agency_id, const std::string& code);
std::optional<int64_t> department_id(store::Connection& connection, int64_t agency_id, const std::string& code);

}  // namespace gongkai::workflow::detail

namespace gongkai::workflow::detail {

// The workflow's own columns of a new item.
void set_workflow_columns(store::Connection& connection, int64_t item_id, const std::string& importance,
                          const std::string& body_format, const std::string& formed_date,
                          std::optional<int64_t> created_by);

// The content of a draft, as edited (the codes already checked).
struct DraftContent {
  int64_t category_id = 0;
  std::optional<int64_t> department_id;
  std::string title, doc_number, written_date, formed_date, topic, genre, attribute, withholding_ground, summary,
      body, public_body, importance, body_format;
};
// Writes the content, bumps the version and stores the snapshot as a version
// row; returns the new version.
int64_t update_draft(store::Connection& connection, int64_t item_id, const DraftContent& content,
                     const std::string& snapshot_json, const std::string& now, const std::string& changed_by);

void set_published(store::Connection& connection, int64_t item_id, const std::string& published_date,
                   const std::string& now);
void set_revoked(store::Connection& connection, int64_t item_id, const std::string& now);
void set_validity(store::Connection& connection, int64_t item_id, const std::string& validity_code,
                  const std::string& now);

struct ChannelRow {
  int64_t id = 0;
  int64_t item_id = 0;
  std::string channel;  // key
  std::string outlet;
  std::string published_on;
  std::string reference;
  std::string recorded_by;
  std::string recorded_at;
};
int64_t insert_channel(store::Connection& connection, const ChannelRow& row);
std::vector<ChannelRow> load_channels(store::Connection& connection, int64_t item_id);
// Channel rows of an agency's items with published_on in [from, to].
std::vector<ChannelRow> channels_between(store::Connection& connection, int64_t agency_id, const std::string& from,
                                         const std::string& to);
// Items of an agency on the portal (published, public attribute) with 发布日期 in [from, to].
int64_t count_portal_items(store::Connection& connection, int64_t agency_id, const std::string& from,
                           const std::string& to);

}  // namespace gongkai::workflow::detail

namespace gongkai::workflow::detail {

// A page of an agency's items in one state ("" = all) on `today` (YYYY-MM-DD),
// newest first. A scheduled item whose day has come is listed as published.
std::vector<ItemRow> list_items(store::Connection& connection, int64_t agency_id, const std::string& state,
                                const std::string& today, int64_t limit, int64_t offset);
int64_t count_items(store::Connection& connection, int64_t agency_id, const std::string& state,
                    const std::string& today);
std::string body_format(store::Connection& connection, int64_t item_id);

// The items linked to `item_id` (any state): (other item id, its title,
// "interprets" when `item_id` interprets it, "interpreted_by" otherwise).
std::vector<std::tuple<int64_t, std::string, std::string>> item_links(store::Connection& connection, int64_t item_id);

}  // namespace gongkai::workflow::detail
