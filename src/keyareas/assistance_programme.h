// gongkai/keyareas/assistance_programme.h
//
// The social-assistance programmes (社会救助项目) whose figures an agency
// publishes: one table (assistance_programme.cpp) saying, per programme, how
// often its figures are published, what it counts (户, 人, 人次, 金额), at
// what precision its average level (人均补助水平) is stated and who supplies
// the figures. Adding a programme is a row there, nothing else.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"

namespace gongkai::keyareas {

// How often a programme's figures are published (公开频次).
enum class Frequency {
  kMonthly,       // 按月
  kQuarterly,     // 按季度
  kYearly,        // 按年
  kDisbursement,  // 按发放批次: one record per payment date
};

std::string_view frequency_label(Frequency frequency);  // "按月" …

struct AssistanceProgramme {
  std::string_view key;      // stored in assistance_figures.programme, used in URLs: "urban_dibao"
  std::string_view name;     // 城市最低生活保障
  std::string_view short_name;  // 城市低保
  std::string_view group;    // the heading it is listed under: 最低生活保障, 特困人员救助供养 …
  Frequency frequency;
  bool counts_households;    // 户 (户次 for 临时救助)
  bool counts_persons;       // 人
  bool counts_person_times;  // 人次
  std::string_view households_label;  // "户" or "户次"
  // The average level 人均补助水平 (元/人·月) = amount ÷ person-times is
  // published, to this many decimals of 元 (2 for 低保, 0 for 特困); -1: none.
  int level_decimals;
  // The yearly figures state the headcount at year end (特困供养).
  bool year_end_headcount;
  // Who supplies the figures: the civil-affairs bureau unless a row says
  // otherwise from a date on (医疗救助: 医疗保障部门 from 2019-01-01).
  std::string_view source_before;
  std::string_view source_after;
  std::string_view source_change_date;  // "" when the source never changed
};

// Every programme, in display order.
const std::vector<AssistanceProgramme>& assistance_programmes();

// By key or by (short) Chinese name; nullptr when unknown.
const AssistanceProgramme* find_programme(std::string_view key_or_name);

// By key or name; throws InvalidInput ("未知的救助项目：…") when unknown.
const AssistanceProgramme& require_programme(std::string_view key_or_name);

// Who supplies the figures of a period that starts on `period_start`.
std::string default_source(const AssistanceProgramme& programme, CivilDate period_start);

}  // namespace gongkai::keyareas
