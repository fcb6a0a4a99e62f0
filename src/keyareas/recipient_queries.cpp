#include "keyareas/recipient_queries.h"

#include "core/errors.h"
#include "core/masking.h"
#include "keyareas/recipient_repository.h"

namespace gongkai::keyareas {

std::string_view list_status_key(ListStatus status) {
  switch (status) {
    case ListStatus::kDraft: return "draft";
    case ListStatus::kPublished: return "published";
    case ListStatus::kWithdrawn: return "withdrawn";
  }
  return "";
}

std::string_view list_status_label(ListStatus status) {
  switch (status) {
    case ListStatus::kDraft: return "草稿（未公示）";
    case ListStatus::kPublished: return "已公示";
    case ListStatus::kWithdrawn: return "已撤回";
  }
  return "";
}

PublicRecipient public_recipient(const Recipient& r) {
  return {mask_name(r.head_name),
          mask_address_to_village(r.township),
          mask_address_to_village(r.village),
          r.household_size,
          format_yuan(r.amount),
          std::string(change_label(r.change_kind))};
}

std::vector<RecipientList> public_lists(store::Connection& connection, int64_t agency_id, std::string_view programme) {
  return detail::select_lists(connection, agency_id, programme, true);
}

PublicList public_list(store::Connection& connection, int64_t agency_id, int64_t list_id, CivilDate today) {
  const auto list = detail::select_list(connection, list_id);
  if (!list || list->agency_id != agency_id || list->status == ListStatus::kDraft) throw NotFound("没有这份公示名单");
  PublicList out;
  out.list = *list;
  if (list->status == ListStatus::kWithdrawn) {
    out.state = PublicState::kWithdrawn;
    return out;
  }
  if (list->window_ends_on && today > *list->window_ends_on) {
    out.state = PublicState::kWindowEnded;
    return out;
  }
  for (const auto& r : detail::select_recipients(connection, list_id)) {
    out.rows.push_back(public_recipient(r));
    if (r.change_kind == "stopped") continue;
    out.households += 1;
    out.persons += r.household_size;
    out.total.value += r.amount.value;
  }
  return out;
}

std::vector<RecipientList> agency_lists(store::Connection& connection, const org::StaffActor& staff) {
  staff.require(org::Permission::kManageKeyAreas);
  return detail::select_lists(connection, staff.agency_id, "", false);
}

RecipientList agency_list(store::Connection& connection, const org::StaffActor& staff, int64_t list_id) {
  staff.require(org::Permission::kManageKeyAreas);
  const auto list = detail::select_list(connection, list_id);
  if (!list || list->agency_id != staff.agency_id) throw NotFound("没有这份公示名单");
  return *list;
}

std::vector<Recipient> list_recipients(store::Connection& connection, const org::StaffActor& staff, int64_t list_id) {
  agency_list(connection, staff, list_id);
  return detail::select_recipients(connection, list_id);
}

std::string list_title(const RecipientList& list) {
  return std::string(list.programme->short_name) + period_label(list.programme->frequency, list.period) + list.area +
         std::string(list.kind->label);
}

}  // namespace gongkai::keyareas
