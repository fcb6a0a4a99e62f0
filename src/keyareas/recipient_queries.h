// gongkai/keyareas/recipient_queries.h
//
// Reading recipient lists (公示名单). Public: the published and withdrawn
// lists of a programme (never drafts), and one list as the portal shows it —
// rows only while it is published and inside its publicity window; a
// withdrawn list shows the withdrawal and no rows, an ended window says so
// and shows no rows. A public row is masked as spec/conventions.md says:
// the household head's name with the middle character starred (张*明, 张*),
// the 乡镇 and the 村/社区 only (mask_address_to_village), the household size,
// the amount and the kind of change — nothing else. Back office (needs
// kManageKeyAreas): every list of the agency and a list's rows in clear
// (never the ID number, which is not stored).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "keyareas/recipient_list.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::keyareas {

struct PublicRecipient {
  std::string head_name;  // masked
  std::string township;
  std::string village;    // down to the 村/社区
  int household_size = 0;
  std::string amount;     // 元, two decimals: "1,230.00"
  std::string change;     // 新增 …
};

// The row as a public page shows it.
PublicRecipient public_recipient(const Recipient& recipient);

// How a list stands on the public page on a given day.
enum class PublicState { kShown, kWindowEnded, kWithdrawn };

struct PublicList {
  RecipientList list;
  PublicState state = PublicState::kShown;
  std::vector<PublicRecipient> rows;  // empty unless kShown
  int households = 0;                 // of the shown rows, stopped ones left out
  int persons = 0;
  Fen total;
};

// Published and withdrawn lists of the agency, newest period first;
// `programme` "" = every programme.
std::vector<RecipientList> public_lists(store::Connection& connection, int64_t agency_id, std::string_view programme);

// NotFound unless the list is the agency's and has been published.
PublicList public_list(store::Connection& connection, int64_t agency_id, int64_t list_id, CivilDate today);

// Back office.
std::vector<RecipientList> agency_lists(store::Connection& connection, const org::StaffActor& staff);
RecipientList agency_list(store::Connection& connection, const org::StaffActor& staff, int64_t list_id);
std::vector<Recipient> list_recipients(store::Connection& connection, const org::StaffActor& staff, int64_t list_id);

// "城市低保2017年12月金积镇保障名单公示"
std::string list_title(const RecipientList& list);

}  // namespace gongkai::keyareas
