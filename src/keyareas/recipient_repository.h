// gongkai/keyareas/recipient_repository.h (internal to keyareas/)
//
// The SQL of recipient lists (公示名单): every statement on
// assistance_recipient_lists and assistance_recipients lives here. Callers
// hold the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "keyareas/recipient_list.h"
#include "store/database.h"

namespace gongkai::keyareas::detail {

int64_t insert_list(store::Connection& connection, const RecipientList& list);

// The row id. `id_digest` is the keyed hash of the ID number.
int64_t insert_recipient(store::Connection& connection, int64_t list_id, const Recipient& recipient,
                         const std::string& id_digest);

void delete_recipients(store::Connection& connection, int64_t list_id);

void update_list_status(store::Connection& connection, const RecipientList& list);

std::optional<RecipientList> select_list(store::Connection& connection, int64_t list_id);

// The agency's list of a programme, period start and area that is not
// withdrawn (a draft or published one), if any.
std::optional<RecipientList> select_current_list(store::Connection& connection, int64_t agency_id,
                                                 std::string_view programme, CivilDate period_start,
                                                 std::string_view area);

// The agency's lists, newest period first; `programme` "" = all; only
// published and withdrawn ones when `public_only`.
std::vector<RecipientList> select_lists(store::Connection& connection, int64_t agency_id, std::string_view programme,
                                        bool public_only);

std::vector<Recipient> select_recipients(store::Connection& connection, int64_t list_id);

// The area of another non-withdrawn list of the same programme and period
// (other than `except_list`) holding a household with this digest.
std::optional<std::string> area_holding_digest(store::Connection& connection, int64_t agency_id,
                                               std::string_view programme, CivilDate period_start,
                                               int64_t except_list, const std::string& id_digest);

}  // namespace gongkai::keyareas::detail
