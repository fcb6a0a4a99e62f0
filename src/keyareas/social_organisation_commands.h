// gongkai/keyareas/social_organisation_commands.h
//
// Keeping the social-organisation registry (社会组织登记): register (成立登记,
// for 养老机构 批复设立), change (变更), cancel (注销) and record an annual
// inspection (年检). The role must hold kManageKeyAreas; organisations belong
// to the actor's agency (another agency's is "not found"). Refused with a
// Chinese reason: an unknown kind, an empty name or legal representative, a
// 统一社会信用代码 that is malformed or fails its GB 32100 check character
// (InvalidInput) or is already registered (Conflict), a date in the future or
// before the registration, a change that changes nothing, a cancellation of an
// organisation already cancelled (Conflict), a second inspection of one year
// (Conflict), an unknown inspection result. Each command is one transaction
// holding the change, its event and its audit record; registration and
// cancellation store their publicity notice (公告) with the event.
#pragma once

#include <cstdint>

#include "core/civil_date.h"
#include "keyareas/social_organisation.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::keyareas {

// Returns the organisation's id.
int64_t register_organisation(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                              const RegistrationInput& input);

// Each returns the event's id.
int64_t change_organisation(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                            int64_t organisation_id, const ChangeInput& input);
int64_t cancel_organisation(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                            int64_t organisation_id, const CancellationInput& input);
int64_t record_inspection(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                          int64_t organisation_id, const InspectionInput& input);

// Upper-cased, spaces removed; throws InvalidInput unless a valid GB 32100 code.
std::string require_credit_code(const std::string& raw);

}  // namespace gongkai::keyareas
