// gongkai/keyareas/demo_social_organisations.h
//
// Loads the demo agency's social-organisation registry
// (data/demo/social_organisations.json: fictional 吴忠市 organisations whose
// 2017 counts are those of the 吴忠市民政局 2017 report — 17 社会团体 and 8
// 民办非企业单位 registered, 1 养老机构 approved, 13 社会团体 and 12 民办非企业单位
// cancelled) through the same commands as the back office, recorded by the
// given staff member, inside the caller's transaction. Returns the number of
// organisations. Throws InvalidInput naming the entry at fault.
#pragma once

#include <filesystem>

#include "core/civil_date.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::keyareas {

int load_demo_social_organisations(store::Connection& connection, const org::StaffActor& staff,
                                   const std::filesystem::path& file, CivilDate today);

}  // namespace gongkai::keyareas
