// gongkai/credit/decision_tally.h
//
// The yearly counts of administrative decisions for the annual report's
// table 二 (行政许可 / 行政处罚 / 行政强制 decisions of the year): the
// decisions of one agency whose decision date (决定日期) falls within the
// calendar year, per kind. Withdrawn records (撤销公示) are NOT counted;
// corrected records count once, with their current data. A decision counts
// whether or not it has been published yet (the tally is about decisions
// made, not about publicity). Read-only; no permission needed.
#pragma once

#include <cstdint>

#include "store/database.h"

namespace gongkai::credit {

struct DecisionTally {
  int year;
  int64_t licensing;  // 行政许可
  int64_t penalty;    // 行政处罚
  int64_t coercion;   // 行政强制
};

DecisionTally tally_decisions(store::Connection& connection, int64_t agency_id, int year);

}  // namespace gongkai::credit
