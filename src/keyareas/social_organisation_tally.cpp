#include "keyareas/social_organisation_tally.h"

#include <chrono>
#include <stdexcept>

#include "keyareas/social_organisation.h"
#include "keyareas/social_organisation_repository.h"

namespace gongkai::keyareas {

const KindTally& OrganisationTally::of(std::string_view kind_key) const {
  for (const auto& k : kinds) {
    if (k.kind->key == kind_key) return k;
  }
  throw std::out_of_range("no tally for kind " + std::string(kind_key));
}

OrganisationTally tally_social_organisations(store::Connection& connection, int64_t agency_id, int year) {
  OrganisationTally tally;
  tally.year = year;
  for (const auto& kind : organisation_kinds()) tally.kinds.push_back({&kind, 0, 0});
  for (const auto result : kInspectionResults) tally.inspections[std::string(result)] = 0;
  const CivilDate first{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
  const CivilDate last{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}};
  for (const auto& [kind_key, event] : detail::select_events_between(connection, agency_id, first, last)) {
    for (auto& k : tally.kinds) {
      if (k.kind->key != kind_key) continue;
      if (event.type == OrganisationEventType::kRegistration) ++k.registered;
      if (event.type == OrganisationEventType::kCancellation) ++k.cancelled;
    }
  }
  for (const auto& event : detail::select_inspections_of_year(connection, agency_id, year)) {
    ++tally.inspections[event.inspection_result];
  }
  return tally;
}

}  // namespace gongkai::keyareas
