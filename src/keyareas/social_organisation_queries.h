// gongkai/keyareas/social_organisation_queries.h
//
// Reading the social-organisation registry, for the public pages and the back
// office: search by name or credit-code prefix with a kind filter, paged; one
// organisation with its history; one registration or cancellation notice.
// Everything an organisation row holds is public (the legal representative is
// a name only). An unknown id, or another agency's, is NotFound.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "keyareas/social_organisation.h"
#include "store/database.h"

namespace gongkai::keyareas {

struct OrganisationSearch {
  std::string text;  // part of the name, or the start of the credit code
  std::string kind;  // key or Chinese name; "" = every kind
  int page = 1;      // from 1
  int page_size = 20;
};

struct OrganisationPage {
  std::vector<SocialOrganisation> organisations;
  int64_t total = 0;
  int page = 1;
  int pages = 1;
};

// Throws InvalidInput for an unknown kind.
OrganisationPage search_organisations(store::Connection& connection, int64_t agency_id,
                                      const OrganisationSearch& search);

SocialOrganisation find_organisation(store::Connection& connection, int64_t agency_id, int64_t id);
std::vector<OrganisationEvent> organisation_history(store::Connection& connection, int64_t organisation_id);

struct OrganisationNotice {
  SocialOrganisation organisation;
  OrganisationEvent event;  // a registration or a cancellation
  std::string title;
};

// NotFound unless the event is a registration or cancellation of the agency's.
OrganisationNotice find_notice(store::Connection& connection, int64_t agency_id, int64_t event_id);

}  // namespace gongkai::keyareas
