// gongkai/services/service_item_commands.h
//
// Keeping the power list and service items (权力清单、政务服务事项): create
// (as a draft), edit, publish and withdraw. The role must hold
// Permission::kHandleServiceWindow; items belong to the actor's agency
// (another agency's is NotFound). A bad field throws InvalidInput and
// stores nothing:
//   - code (事项编码): letters, digits, "-", "_" or ".", at most 40, unique in
//     the agency (Conflict when taken);
//   - kind: a key or Chinese name of service_kind.h;
//   - name, basis, conditions, steps (at least one), unit, window, phone
//     required; the phone is an office number (digits and "-", no mobile);
//   - time limits: whole working days 0–365, promised not beyond legal;
//   - materials one a line "名称|原件份数|复印件份数|备注", counts 0–99;
//   - a fee (收费标准) needs its basis; "" or "不收费" means free.
// Each change and its audit record ("service_item.create", ".edit",
// ".publish", ".withdraw", with before and after) commit together.
#pragma once

#include <cstdint>

#include "core/civil_date.h"
#include "org/staff.h"
#include "services/service_item.h"
#include "store/database.h"

namespace gongkai::services {

// The checked item, not stored (the form's preview and the commands' first step).
ServiceItem checked_item(const ServiceItemInput& input);

int64_t create_service_item(store::Connection& connection, const org::StaffActor& staff, const ServiceItemInput& input);

void edit_service_item(store::Connection& connection, const org::StaffActor& staff, int64_t item_id,
                       const ServiceItemInput& input);

// Publishes on `today` (again, after a withdrawal). Conflict when already published.
void publish_service_item(store::Connection& connection, const org::StaffActor& staff, CivilDate today, int64_t item_id);

// Takes a published item off the public pages. Conflict unless published.
void withdraw_service_item(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                           int64_t item_id);

}  // namespace gongkai::services
