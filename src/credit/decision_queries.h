// gongkai/credit/decision_queries.h
//
// Reading the 双公示 records. The back office sees every decision of its
// agency with filters (kind, year of the decision date, published or not)
// and a text found in the party's name or the document number. The public
// sees only published decisions still within their 公示截止期 (none = no end),
// and its text search matches the public name (a natural person's masked
// name), never the real one. A decision of another agency, or not public to
// the public, is "not found". Newest decision first; pages of `per_page`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/working_day_calendar.h"
#include "credit/credit_decision.h"
#include "credit/publication_deadline.h"
#include "store/database.h"

namespace gongkai::credit {

enum class PublishedFilter { kAll, kPublished, kUnpublished };

// Strings as the user typed them (URL parameters); checked here: an unknown
// kind, a malformed year or filter is InvalidInput.
struct DecisionQuery {
  std::string text;
  std::string kind;       // key or Chinese name, "" = all
  std::string year;       // "2017", "" = all
  std::string published;  // back office: "", "published", "unpublished"
  int page = 1;
  int per_page = 20;
};

struct DecisionPage {
  std::vector<CreditDecision> decisions;
  int64_t total = 0;
  int page = 1;
  int pages = 1;
};

DecisionPage search_decisions(store::Connection& connection, int64_t agency_id, const DecisionQuery& query);
DecisionPage search_public_decisions(store::Connection& connection, int64_t agency_id, CivilDate today,
                                     const DecisionQuery& query);

CreditDecision find_decision(store::Connection& connection, int64_t agency_id, int64_t id);
CreditDecision find_public_decision(store::Connection& connection, int64_t agency_id, int64_t id, CivilDate today);
std::vector<DecisionEvent> decision_history(store::Connection& connection, int64_t decision_id);

// Every public decision's id and publication date, oldest first (the sitemap).
std::vector<std::pair<int64_t, CivilDate>> public_decision_dates(store::Connection& connection, int64_t agency_id,
                                                                 CivilDate today);

// Every decision of the query's kind and year (all pages, oldest first,
// withdrawn ones left out) — what the CSV export writes.
std::vector<CreditDecision> decisions_for_export(store::Connection& connection, int64_t agency_id, DecisionKind kind,
                                                 const DecisionQuery& query);

// Unpublished, not withdrawn decisions that are overdue or due within
// kDueSoonWorkingDays, oldest due date first.
struct DecisionAttention {
  CreditDecision decision;
  PublicationDeadline deadline;
};
std::vector<DecisionAttention> decisions_needing_publication(store::Connection& connection,
                                                             const WorkingDayCalendar& calendar, int64_t agency_id,
                                                             CivilDate today);

}  // namespace gongkai::credit
