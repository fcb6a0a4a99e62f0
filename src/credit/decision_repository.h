// gongkai/credit/decision_repository.h (internal to credit/)
//
// The SQL of 双公示: every statement on credit_decisions and
// credit_decision_events lives here. The field columns are named by the
// format table's keys (credit_publicity_format.cpp), so the statements are
// built from it. Events are only inserted. Callers hold the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "credit/credit_decision.h"
#include "store/database.h"

namespace gongkai::credit::detail {

int64_t insert_decision(store::Connection& connection, const CreditDecision& decision);
// Writes the fields, status, public name and publication/withdrawal of `decision.id`.
void update_decision(store::Connection& connection, const CreditDecision& decision);
int64_t insert_event(store::Connection& connection, const DecisionEvent& event);

std::optional<CreditDecision> select_decision(store::Connection& connection, int64_t id);
std::vector<DecisionEvent> select_events(store::Connection& connection, int64_t decision_id);

// A decision of the agency and kind with this document number that is not
// withdrawn, other than `except_id`.
bool document_number_taken(store::Connection& connection, int64_t agency_id, DecisionKind kind,
                           const std::string& document_number, int64_t except_id);

struct DecisionSelection {
  int64_t agency_id = 0;
  std::optional<DecisionKind> kind;
  std::optional<int> year;            // decision date in the year
  std::optional<DecisionStatus> status;
  bool include_withdrawn = true;      // when status is not given
  std::string text;                   // in the (public) name or the document number
  bool public_only = false;           // published and within 公示截止期 on `today`; text matches public_name
  CivilDate today{};
  bool oldest_first = false;          // by decision date ascending (exports); else newest first
  int limit = 20;                     // 0 = no limit
  int offset = 0;
};
std::vector<CreditDecision> select_decisions(store::Connection& connection, const DecisionSelection& selection);
int64_t count_decisions(store::Connection& connection, const DecisionSelection& selection);

}  // namespace gongkai::credit::detail
