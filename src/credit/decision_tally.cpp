#include "credit/decision_tally.h"

#include <string>

#include "core/errors.h"

namespace gongkai::credit {

DecisionTally tally_decisions(store::Connection& connection, int64_t agency_id, int year) {
  if (year < 1900 || year > 9999) throw InvalidInput("年度应为四位年份：" + std::to_string(year));
  const std::string y = std::to_string(year);
  DecisionTally tally{year, 0, 0, 0};
  const auto rows = connection.query(
      "SELECT kind, COUNT(*) FROM credit_decisions WHERE agency_id = ? AND status <> 'withdrawn' "
      "AND decision_date >= ? AND decision_date <= ? GROUP BY kind",
      {agency_id, y + "-01-01", y + "-12-31"});
  for (const auto& row : rows) {
    const std::string kind = row.text(0);
    const int64_t count = row.integer(1);
    if (kind == "licensing") tally.licensing = count;
    if (kind == "penalty") tally.penalty = count;
    if (kind == "coercion") tally.coercion = count;
  }
  return tally;
}

}  // namespace gongkai::credit
