// gongkai/keyareas/social_organisation.h
//
// A registered social organisation (社会组织) and the events of its history:
// registration (登记 / 批复设立), change (变更), cancellation (注销) and
// annual inspection (年检). Plain data; the commands that change it are in
// social_organisation_commands.h. The legal representative (法定代表人) is the
// name only — public information of a registered organisation; no ID number
// or phone is kept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "keyareas/social_organisation_kind.h"

namespace gongkai::keyareas {

struct SocialOrganisation {
  int64_t id = 0;
  int64_t agency_id = 0;
  const OrganisationKind* kind = nullptr;
  std::string name;
  std::string credit_code;  // 统一社会信用代码
  std::string legal_representative;
  std::string business_scope;
  std::string registration_authority;
  CivilDate registered_on{};
  bool cancelled = false;
  std::optional<CivilDate> cancelled_on;
};

enum class OrganisationEventType { kRegistration, kChange, kCancellation, kInspection };

struct OrganisationEvent {
  int64_t id = 0;
  int64_t organisation_id = 0;
  OrganisationEventType type = OrganisationEventType::kRegistration;
  CivilDate occurred_on{};
  std::string details;  // change: what changed; cancellation: the reason
  std::optional<int> inspection_year;
  std::string inspection_result;  // 合格 / 基本合格 / 不合格
  std::string notice;             // 公告 (registration, cancellation)
  std::string recorded_by;
};

std::string_view event_key(OrganisationEventType type);  // "registration" …
std::optional<OrganisationEventType> parse_event_key(std::string_view key);
std::string_view event_label(OrganisationEventType type);  // 登记 / 变更 / 注销 / 年检

// The annual-inspection results (年检结论), in order.
inline constexpr std::string_view kInspectionResults[] = {"合格", "基本合格", "不合格"};

// Form input; strings as typed, checked by the commands.
struct RegistrationInput {
  std::string kind;  // key or Chinese name
  std::string name;
  std::string credit_code;
  std::string legal_representative;
  std::string business_scope;
  std::string registration_authority;  // 登记管理机关, e.g. 吴忠市民政局
  std::string registered_on;           // ISO date
};

// Empty fields are left unchanged; at least one must change.
struct ChangeInput {
  std::string name;
  std::string legal_representative;
  std::string business_scope;
  std::string changed_on;
};

struct CancellationInput {
  std::string reason;
  std::string cancelled_on;
};

struct InspectionInput {
  std::string year;
  std::string result;
  std::string inspected_on;
};

}  // namespace gongkai::keyareas
