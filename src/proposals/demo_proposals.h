// gongkai/proposals/demo_proposals.h
//
// Loads the demo agency's 2017 建议提案 (data/demo/proposals.json: the 2 + 2
// regional and 4 + 10 city items of the 吴忠市民政局 2017 report) through the
// same commands a user's forms call — session, item, reply, contact with
// satisfaction, publication on the file's day — inside the caller's
// transaction. Throws InvalidInput naming the file and the bad record.
// Returns the number of items.
#pragma once

#include <filesystem>

#include "org/staff.h"
#include "store/database.h"

namespace gongkai::proposals {

int load_demo_proposals(store::Connection& connection, const org::StaffActor& staff,
                        const std::filesystem::path& file);

}  // namespace gongkai::proposals
