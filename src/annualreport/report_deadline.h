// gongkai/annualreport/report_deadline.h
//
// When the annual report for a year must be published (the law as data,
// report_deadline_articles.cpp), and the dashboard's notice: from 1 December
// of the report year the office is reminded that the report is due, with the
// date; after that date a report not yet published is flagged as overdue.
//   reports for 2008–2018: 《条例》(2007) 第三十一条, by 31 March of the next year;
//   reports from 2019: 《条例》(2019) 第四十九条, a department (部门) by
//   31 January, a people's government (人民政府) by 31 March of the next year.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "store/database.h"

namespace gongkai::annualreport {

struct DeadlineArticle {
  std::string_view article;  // 《中华人民共和国政府信息公开条例》（2019年修订）第四十九条
  std::string_view rule;     // its words
  int first_year = 0;        // the report years it governs
  int last_year = 0;
  bool governments = false;  // for 人民政府 (true) or for departments (false)
  unsigned month = 0;        // the date in the year after the report year
  unsigned day = 0;
};

std::span<const DeadlineArticle> report_deadline_articles();

// A 人民政府 (its name ends so) publishes under the government's date.
bool is_people_government(std::string_view agency_name);

// The article governing the report for `year`; nullopt before 2008.
std::optional<DeadlineArticle> deadline_article(int year, std::string_view agency_name);
// The legal date of the report for `year` (in year + 1).
std::optional<CivilDate> report_due_on(int year, std::string_view agency_name);

struct DeadlineNotice {
  int year = 0;  // the report year
  CivilDate due_on;
  std::string article;
  bool overdue = false;  // today is after due_on and nothing is published
};

// What the dashboard shows on `today`: the report for the current year from
// 1 December on, and the report for the previous year until it is published
// (overdue after its date). Empty when every report due is published.
std::vector<DeadlineNotice> deadline_notices(store::Connection& connection, int64_t agency_id,
                                             std::string_view agency_name, CivilDate today);

}  // namespace gongkai::annualreport
