// gongkai/keyareas/assistance_yearly.h
//
// The yearly figures of a programme (年度累计), computed from its period
// records, as the annual report states them (spec/conventions.md):
//   - 累计人次 = the sum of the periods' person-times (one person covered
//     twelve months = 12 人次), 累计金额 = the sum of the amounts;
//   - 人均补助水平 (元/人·月) = amount ÷ person-times, the person-times of a
//     monthly programme being person-months. It is cut (not rounded) to the
//     precision the programme publishes it at (0.01 元 for 低保, 1 元 for
//     特困): the only rule under which all of the 2017 source's levels follow
//     from its stated totals (docs/keyareas.md, "How 365.64 arises");
//   - for 特困供养, the headcount at year end = persons of the year's last
//     reported period, kept beside the person-months that give the level.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/money.h"
#include "keyareas/assistance_figures.h"
#include "store/database.h"

namespace gongkai::keyareas {

struct YearlyFigures {
  const AssistanceProgramme* programme = nullptr;
  int year = 0;
  int periods = 0;                           // how many periods have figures
  std::optional<int64_t> households;         // 户: the last period's (户次 for 临时救助: the sum)
  std::optional<int64_t> person_times;       // 累计人次
  std::optional<int64_t> year_end_headcount; // 年末人数 (特困)
  Fen amount;                                // 累计金额
  std::optional<Fen> level;                  // 人均补助水平, already cut to the published precision
};

// The yearly figures of `records` (one programme, one year; any order).
YearlyFigures compute_yearly(const AssistanceProgramme& programme, int year,
                             const std::vector<AssistanceFigures>& records);

// amount ÷ person-times in fen, cut toward zero to `decimals` of 元 (0–2).
Fen average_level(Fen amount, int64_t person_times, int decimals);

// "365.64" (2 decimals) or "707" (0 decimals).
std::string format_level(Fen level, int decimals);

// The agency's yearly figures for `year`, one entry per programme that has
// figures that year, in the programmes' display order.
std::vector<YearlyFigures> yearly_figures(store::Connection& connection, int64_t agency_id, int year);

// The agency's figures of one programme (oldest first), optionally of one year.
std::vector<AssistanceFigures> programme_figures(store::Connection& connection, int64_t agency_id,
                                                 const AssistanceProgramme& programme,
                                                 std::optional<int> year = std::nullopt);

// The years in which the agency has figures of the programme ("" = any), newest first.
std::vector<int> figure_years(store::Connection& connection, int64_t agency_id, std::string_view programme_key = "");

}  // namespace gongkai::keyareas
