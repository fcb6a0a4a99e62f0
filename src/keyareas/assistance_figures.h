// gongkai/keyareas/assistance_figures.h
//
// The figures of one period of one programme (一期救助数据), as stored, and
// as entered or imported (all text, checked by assistance_commands.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "core/money.h"
#include "keyareas/assistance_period.h"
#include "keyareas/assistance_programme.h"

namespace gongkai::keyareas {

struct AssistanceFigures {
  int64_t id = 0;
  int64_t agency_id = 0;
  const AssistanceProgramme* programme = nullptr;
  AssistancePeriod period;
  std::optional<int64_t> households;    // 户 (户次)
  std::optional<int64_t> persons;       // 人, at the end of the period
  std::optional<int64_t> person_times;  // 人次
  Fen amount;                           // 金额
  std::string source;                   // 数据来源
  CivilDate published_on;
  std::string entered_by;
};

// One row of the entry form or of an import file. Empty counts are "not
// reported"; a count the programme does not report must stay empty.
struct FiguresInput {
  std::string programme;     // key or Chinese name
  std::string period;        // per the programme's frequency (assistance_period.h)
  std::string households;
  std::string persons;
  std::string person_times;
  std::string amount_yuan;   // 元, up to two decimals
  std::string source;        // "" = the programme's default for the period
};

}  // namespace gongkai::keyareas
