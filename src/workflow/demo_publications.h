// gongkai/workflow/demo_publications.h
//
// The demo's workflow records: for every demo item an event history that
// agrees with its state (a published item was drafted and submitted on its
// 成文日期, passed the secrecy review, was approved and published on its
// 发布日期; an unpublished one is a draft), and the other channels the 2017
// items went out on (data/demo/channels.json), so that the annual report's
// counts (88 on the portal, 63 in the news media) are computed from records.
// Runs on the caller's connection, inside the demo loader's transaction.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

#include "audit/audit_log.h"
#include "store/database.h"

namespace gongkai::workflow {

struct DemoPublications {
  int64_t events = 0;
  int64_t channels = 0;
};

// `ids_by_key` maps the demo items' keys to their ids. Throws InvalidInput
// naming the entry when channels.json refers to an unknown or unpublished
// item, an unknown channel or a bad date.
DemoPublications load_demo_publications(store::Connection& connection, const audit::Actor& actor,
                                        const std::filesystem::path& channels_file,
                                        const std::map<std::string, int64_t>& ids_by_key);

}  // namespace gongkai::workflow
