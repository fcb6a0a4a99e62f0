#include "credit/decision_queries.h"

#include <algorithm>
#include <charconv>

#include "core/errors.h"
#include "core/field_text.h"
#include "credit/decision_repository.h"
#include "credit/decision_validation.h"

namespace gongkai::credit {
namespace {

constexpr size_t kMaxSearchChars = 200;

std::optional<int> parse_year(const std::string& raw) {
  const std::string text = trimmed(raw);
  if (text.empty()) return std::nullopt;
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.size() != 4 || error != std::errc() || end != text.data() + text.size() || year < 1900) {
    throw InvalidInput("年度应为四位年份：" + text);
  }
  return year;
}

detail::DecisionSelection selection_of(int64_t agency_id, const DecisionQuery& query) {
  detail::DecisionSelection s;
  s.agency_id = agency_id;
  s.text = trimmed(query.text);
  check_length(s.text, "查询内容", kMaxSearchChars);
  if (!trimmed(query.kind).empty()) s.kind = require_kind(query.kind);
  s.year = parse_year(query.year);
  const std::string published = trimmed(query.published);
  if (published == "published") {
    s.status = DecisionStatus::kPublished;
  } else if (published == "unpublished") {
    s.status = DecisionStatus::kRecorded;
  } else if (!published.empty()) {
    throw InvalidInput("公开状态应为已公开或未公开：" + published);
  }
  return s;
}

DecisionPage page_of(store::Connection& connection, detail::DecisionSelection s, const DecisionQuery& query) {
  DecisionPage page;
  const int per_page = std::clamp(query.per_page, 1, 200);
  page.total = detail::count_decisions(connection, s);
  page.pages = std::max<int>(1, static_cast<int>((page.total + per_page - 1) / per_page));
  page.page = std::clamp(query.page, 1, page.pages);
  s.limit = per_page;
  s.offset = (page.page - 1) * per_page;
  page.decisions = detail::select_decisions(connection, s);
  return page;
}

}  // namespace

DecisionPage search_decisions(store::Connection& connection, int64_t agency_id, const DecisionQuery& query) {
  return page_of(connection, selection_of(agency_id, query), query);
}

DecisionPage search_public_decisions(store::Connection& connection, int64_t agency_id, CivilDate today,
                                     const DecisionQuery& query) {
  DecisionQuery public_query = query;
  public_query.published = "";
  detail::DecisionSelection s = selection_of(agency_id, public_query);
  s.public_only = true;
  s.today = today;
  return page_of(connection, s, query);
}

CreditDecision find_decision(store::Connection& connection, int64_t agency_id, int64_t id) {
  auto decision = detail::select_decision(connection, id);
  if (!decision || decision->agency_id != agency_id) throw NotFound("决定信息不存在");
  return std::move(*decision);
}

CreditDecision find_public_decision(store::Connection& connection, int64_t agency_id, int64_t id, CivilDate today) {
  CreditDecision decision = find_decision(connection, agency_id, id);
  const std::string& until = decision.field("publicity_until");
  const bool expired = !until.empty() && until < format_date(today);
  if (decision.status != DecisionStatus::kPublished || expired) throw NotFound("决定信息不存在");
  return decision;
}

std::vector<DecisionEvent> decision_history(store::Connection& connection, int64_t decision_id) {
  return detail::select_events(connection, decision_id);
}

std::vector<std::pair<int64_t, CivilDate>> public_decision_dates(store::Connection& connection, int64_t agency_id,
                                                                 CivilDate today) {
  detail::DecisionSelection s;
  s.agency_id = agency_id;
  s.public_only = true;
  s.today = today;
  s.oldest_first = true;
  s.limit = 0;
  std::vector<std::pair<int64_t, CivilDate>> dates;
  for (const auto& d : detail::select_decisions(connection, s)) dates.emplace_back(d.id, *d.published_on);
  return dates;
}

std::vector<CreditDecision> decisions_for_export(store::Connection& connection, int64_t agency_id, DecisionKind kind,
                                                 const DecisionQuery& query) {
  detail::DecisionSelection s = selection_of(agency_id, query);
  s.kind = kind;
  s.include_withdrawn = false;
  s.oldest_first = true;
  s.limit = 0;
  return detail::select_decisions(connection, s);
}

std::vector<DecisionAttention> decisions_needing_publication(store::Connection& connection,
                                                             const WorkingDayCalendar& calendar, int64_t agency_id,
                                                             CivilDate today) {
  detail::DecisionSelection s;
  s.agency_id = agency_id;
  s.status = DecisionStatus::kRecorded;
  s.oldest_first = true;
  s.limit = 0;
  std::vector<DecisionAttention> rows;
  for (auto& decision : detail::select_decisions(connection, s)) {
    const auto deadline = publication_deadline(calendar, decision, today);
    if (needs_attention(deadline.state)) rows.push_back({std::move(decision), deadline});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.deadline.due < b.deadline.due; });
  return rows;
}

}  // namespace gongkai::credit
