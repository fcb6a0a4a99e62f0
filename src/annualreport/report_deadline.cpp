// gongkai/annualreport/report_deadline.cpp
#include "annualreport/report_deadline.h"

#include "annualreport/report_queries.h"

namespace gongkai::annualreport {
namespace {

constexpr std::string_view kGovernmentSuffix = "人民政府";

bool published(store::Connection& connection, int64_t agency_id, int year) {
  return public_report(connection, agency_id, year).has_value();
}

}  // namespace

bool is_people_government(std::string_view agency_name) { return agency_name.ends_with(kGovernmentSuffix); }

std::optional<DeadlineArticle> deadline_article(int year, std::string_view agency_name) {
  const bool government = is_people_government(agency_name);
  for (const auto& article : report_deadline_articles()) {
    if (year >= article.first_year && year <= article.last_year && article.governments == government) return article;
  }
  return std::nullopt;
}

std::optional<CivilDate> report_due_on(int year, std::string_view agency_name) {
  const auto article = deadline_article(year, agency_name);
  if (!article) return std::nullopt;
  return CivilDate{std::chrono::year{year + 1}, std::chrono::month{article->month}, std::chrono::day{article->day}};
}

std::vector<DeadlineNotice> deadline_notices(store::Connection& connection, int64_t agency_id,
                                             std::string_view agency_name, CivilDate today) {
  const int this_year = static_cast<int>(today.year());
  const CivilDate reminder_from{today.year(), std::chrono::December, std::chrono::day{1}};
  std::vector<int> years{this_year - 1};
  if (today >= reminder_from) years.push_back(this_year);
  std::vector<DeadlineNotice> notices;
  for (int year : years) {
    const auto article = deadline_article(year, agency_name);
    if (!article || published(connection, agency_id, year)) continue;
    const CivilDate due = *report_due_on(year, agency_name);
    notices.push_back({year, due, std::string(article->article), today > due});
  }
  return notices;
}

}  // namespace gongkai::annualreport
