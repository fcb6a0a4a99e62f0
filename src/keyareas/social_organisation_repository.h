// gongkai/keyareas/social_organisation_repository.h (internal to keyareas/)
//
// The SQL of the social-organisation registry: every statement on
// social_organisations and social_organisation_events lives here. Events are
// only inserted, never updated or deleted. Callers hold the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "keyareas/social_organisation.h"
#include "store/database.h"

namespace gongkai::keyareas::detail {

int64_t insert_organisation(store::Connection& connection, const SocialOrganisation& organisation);
void update_organisation(store::Connection& connection, const SocialOrganisation& organisation);
int64_t insert_event(store::Connection& connection, const OrganisationEvent& event);

bool credit_code_exists(store::Connection& connection, const std::string& credit_code);
std::optional<SocialOrganisation> select_organisation(store::Connection& connection, int64_t id);
std::vector<OrganisationEvent> select_events(store::Connection& connection, int64_t organisation_id);
std::optional<OrganisationEvent> select_event(store::Connection& connection, int64_t event_id);
bool inspection_exists(store::Connection& connection, int64_t organisation_id, int year);

// Name contains `text` or the credit code starts with it; `kind` "" = all.
struct OrganisationFilter {
  int64_t agency_id = 0;
  std::string text;
  std::string kind;
  int limit = 20;
  int offset = 0;
};
std::vector<SocialOrganisation> select_organisations(store::Connection& connection, const OrganisationFilter& filter);
int64_t count_organisations(store::Connection& connection, const OrganisationFilter& filter);

// Events of the agency's organisations whose date lies in [from, to], with
// the organisation's kind key.
struct KindEvent {
  std::string kind;
  OrganisationEvent event;
};
std::vector<KindEvent> select_events_between(store::Connection& connection, int64_t agency_id, CivilDate from,
                                             CivilDate to);
// Inspections of the agency's organisations for `year`.
std::vector<OrganisationEvent> select_inspections_of_year(store::Connection& connection, int64_t agency_id, int year);

}  // namespace gongkai::keyareas::detail
