// gongkai/keyareas/social_organisation_tally.h
//
// The yearly counts of the registry, as the annual report states them
// ("登记注册社会组织17家，民办非企业单位8家，批复设立养老机构1家；依法注销…"):
// per kind, the registrations and the cancellations dated in the year; and
// the annual-inspection results recorded for that year (年检年度 = year).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "keyareas/social_organisation_kind.h"
#include "store/database.h"

namespace gongkai::keyareas {

struct KindTally {
  const OrganisationKind* kind = nullptr;
  int registered = 0;
  int cancelled = 0;
};

struct OrganisationTally {
  int year = 0;
  std::vector<KindTally> kinds;               // every kind, in the table's order
  std::map<std::string, int> inspections;     // 合格 / 基本合格 / 不合格 → count (all three present)

  const KindTally& of(std::string_view kind_key) const;  // throws std::out_of_range
};

OrganisationTally tally_social_organisations(store::Connection& connection, int64_t agency_id, int year);

}  // namespace gongkai::keyareas
