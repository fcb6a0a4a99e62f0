#include "keyareas/social_organisation.h"

namespace gongkai::keyareas {

std::string_view event_key(OrganisationEventType type) {
  switch (type) {
    case OrganisationEventType::kRegistration: return "registration";
    case OrganisationEventType::kChange: return "change";
    case OrganisationEventType::kCancellation: return "cancellation";
    case OrganisationEventType::kInspection: return "inspection";
  }
  return "";
}

std::optional<OrganisationEventType> parse_event_key(std::string_view key) {
  for (const auto type : {OrganisationEventType::kRegistration, OrganisationEventType::kChange,
                          OrganisationEventType::kCancellation, OrganisationEventType::kInspection}) {
    if (event_key(type) == key) return type;
  }
  return std::nullopt;
}

std::string_view event_label(OrganisationEventType type) {
  switch (type) {
    case OrganisationEventType::kRegistration: return "登记";
    case OrganisationEventType::kChange: return "变更";
    case OrganisationEventType::kCancellation: return "注销";
    case OrganisationEventType::kInspection: return "年检";
  }
  return "";
}

}  // namespace gongkai::keyareas
