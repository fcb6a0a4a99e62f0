// gongkai/keyareas/social_organisation_notice.h
//
// The publicity notice (公告) of a registration (成立登记 / 批复设立) or a
// cancellation (注销登记): plain text naming the organisation, its credit code,
// legal representative, business scope, the date and the regulation of its
// kind. Generated once when the event is recorded and stored with it.
#pragma once

#include <string>

#include "keyareas/social_organisation.h"

namespace gongkai::keyareas {

std::string registration_notice(const SocialOrganisation& organisation);
std::string cancellation_notice(const SocialOrganisation& organisation, CivilDate cancelled_on,
                                const std::string& reason);

// "准予成立登记公告" / "注销登记公告": the notice page's title.
std::string notice_title(const SocialOrganisation& organisation, OrganisationEventType type);

}  // namespace gongkai::keyareas
