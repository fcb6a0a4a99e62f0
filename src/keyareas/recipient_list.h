// gongkai/keyareas/recipient_list.h
//
// A recipient list (公示名单) of social assistance: the households of one
// programme (低保 and 特困 by month, 临时救助 and 医疗救助 by quarter — the
// programme's own publication frequency) in one period and one area
// (乡镇/街道), as stored, and one row as imported (all text, checked by
// recipient_commands.h). A row keeps only the fields a list may show
// (spec/conventions.md: 申请人姓名, 家庭成员数量, 保障金额, the village or
// community) plus the kind of change, and a keyed hash of the household
// head's ID number for de-duplication. The ID number itself, phones and
// detailed addresses are never stored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "core/money.h"
#include "keyareas/assistance_period.h"
#include "keyareas/assistance_programme.h"
#include "keyareas/recipient_terms.h"

namespace gongkai::keyareas {

enum class ListStatus { kDraft, kPublished, kWithdrawn };

std::string_view list_status_key(ListStatus status);    // draft, published, withdrawn
std::string_view list_status_label(ListStatus status);  // 草稿, 已公示, 已撤回

struct RecipientList {
  int64_t id = 0;
  int64_t agency_id = 0;
  const AssistanceProgramme* programme = nullptr;
  AssistancePeriod period;
  std::string area;  // 乡镇/街道
  const PublicityKind* kind = nullptr;
  ListStatus status = ListStatus::kDraft;
  std::string created_by;
  CivilDate created_on;
  std::optional<CivilDate> published_on;
  std::optional<CivilDate> window_ends_on;  // nullopt: until withdrawn
  std::optional<CivilDate> withdrawn_on;
  std::string withdrawal_reason;
  int rows = 0;  // number of households
};

struct Recipient {
  int64_t id = 0;
  int position = 0;
  std::string head_name;  // in clear: back office only
  std::string township;
  std::string village;
  int household_size = 0;
  Fen amount;
  std::string change_kind;  // key, recipient_terms.h
};

// What identifies a list and how it is published.
struct RecipientListInput {
  std::string programme;  // key or Chinese name
  std::string period;     // per the programme's frequency
  std::string area;       // 乡镇/街道
  std::string kind;       // 公示类型, key or label; "" = 保障名单公示
};

// One row of an import file, as the user's editor numbers it.
struct RecipientRowInput {
  int row = 0;
  std::string head_name;       // 户主姓名
  std::string id_number;       // 身份证号码 (GB 11643), hashed then dropped
  std::string township;        // 乡镇（街道）
  std::string village;         // 村（社区）
  std::string household_size;  // 家庭人口（保障人数）
  std::string amount_yuan;     // 保障金额（元）
  std::string change;          // 变动情况
};

}  // namespace gongkai::keyareas
