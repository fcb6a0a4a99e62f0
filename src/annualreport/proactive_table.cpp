// gongkai/annualreport/proactive_table.cpp
#include "annualreport/proactive_table.h"

#include <algorithm>

#include "annualreport/regulatory_genres.h"
#include "credit/decision_tally.h"

namespace gongkai::annualreport {
namespace {

struct YearBounds {
  std::string first;
  std::string last;
  bool contains(const std::string& date) const { return !date.empty() && date >= first && date <= last; }
};

double count_if(const std::vector<RegulatoryDocument>& documents, auto predicate) {
  return static_cast<double>(std::count_if(documents.begin(), documents.end(), predicate));
}

bool is_published(const RegulatoryDocument& document) { return document.status == "published"; }

std::map<std::string, reports::Cell> documents_2021(const std::vector<RegulatoryDocument>& documents,
                                                     const YearBounds& year) {
  const auto issued = count_if(documents, [&](const auto& d) { return is_published(d) && year.contains(d.written_date); });
  const auto repealed = count_if(documents, [&](const auto& d) {
    return is_published(d) && std::any_of(d.changes.begin(), d.changes.end(), [&](const ValidityChange& c) {
             return c.to == "repealed" && year.contains(c.on_date);
           });
  });
  const auto in_force = count_if(documents, [&](const auto& d) {
    return is_published(d) && d.written_date <= year.last && validity_on(d, year.last) == "valid";
  });
  return {{"issued", issued}, {"repealed", repealed}, {"in_force", in_force}};
}

std::map<std::string, reports::Cell> documents_2019(const std::vector<RegulatoryDocument>& documents,
                                                     const YearBounds& year) {
  const auto made = count_if(documents, [&](const auto& d) { return is_published(d) && year.contains(d.written_date); });
  const auto published =
      count_if(documents, [&](const auto& d) { return is_published(d) && year.contains(d.published_date); });
  const auto total = count_if(documents, [&](const auto& d) {
    return is_published(d) && !d.published_date.empty() && d.published_date <= year.last;
  });
  return {{"made", made}, {"published", published}, {"total_public", total}};
}

std::vector<RegulatoryDocument> documents_of_row(store::Connection& connection, int64_t agency_id,
                                                 std::string_view row) {
  return regulatory_documents(connection, agency_id, genres_of_row(row));
}

// 项目数量 and 本年增/减 are not on record: blank.
std::map<std::string, reports::Cell> items_2019(reports::Cell decisions) {
  return {{"previous_items", std::nullopt}, {"change", std::nullopt}, {"decisions", decisions}};
}

}  // namespace

std::string validity_on(const RegulatoryDocument& document, const std::string& date) {
  const ValidityChange* last = nullptr;
  for (const auto& change : document.changes) {
    if (change.on_date <= date) last = &change;
  }
  if (last != nullptr) return last->to;
  if (!document.changes.empty()) return document.changes.front().from;
  return document.validity;
}

ProactiveTable proactive_table(store::Connection& connection, int64_t agency_id, int year,
                               reports::ReportFormat format) {
  const YearBounds bounds{std::to_string(year) + "-01-01", std::to_string(year) + "-12-31"};
  const auto rules = documents_of_row(connection, agency_id, "rules");
  const auto normative = documents_of_row(connection, agency_id, "normative_docs");
  const auto decisions = credit::tally_decisions(connection, agency_id, year);
  const auto licensing = static_cast<double>(decisions.licensing);
  const auto penalty = static_cast<double>(decisions.penalty);
  const auto coercion = static_cast<double>(decisions.coercion);
  if (format == reports::ReportFormat::national_2019) {
    return {{"rules", documents_2019(rules, bounds)},
            {"normative_docs", documents_2019(normative, bounds)},
            {"licensing", items_2019(licensing)},
            {"other_services", items_2019(std::nullopt)},
            {"penalty", items_2019(penalty)},
            {"coercion", items_2019(coercion)},
            {"fees", {{"previous_items", std::nullopt}, {"change", std::nullopt}}},
            {"procurement", {{"projects", std::nullopt}, {"amount_yuan", std::nullopt}}}};
  }
  return {{"rules", documents_2021(rules, bounds)},
          {"normative_docs", documents_2021(normative, bounds)},
          {"licensing", {{"decisions", licensing}}},
          {"penalty", {{"decisions", penalty}}},
          {"coercion", {{"decisions", coercion}}},
          {"fees", {{"amount_wan", 0.0}}}};
}

}  // namespace gongkai::annualreport
