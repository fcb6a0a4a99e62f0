// gongkai/requests/request_event.h
//
// The history of an application (application_events, append-only): one row
// per thing that happened, dated by the civil day it counts for. The case's
// state, outcome and deadline are derived by replaying it
// (request_clock.h); nothing about them is stored that this list cannot
// rebuild. The kinds are one table: the stored key and the Chinese name the
// case page shows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/civil_date.h"

namespace gongkai::requests {

enum class RequestEventKind {
  kReceived,              // 收到申请 (data: channel)
  kCorrectionRequested,   // 告知补正, Art. 30 (data: reply_by — the applicant's deadline)
  kCorrected,             // 收到补正后的申请: the reply period runs afresh
  kThirdPartyConsulted,   // 征求第三方意见, Art. 32 (data: party, reply_by)
  kThirdPartyAnswered,    // 第三方回复 (comment: the opinion)
  kExtended,              // 延长答复期限, Art. 33 para 2 (data: days, approved_by)
  kFeeNoticed,            // 发出收费通知 (data: mode, units, amount_fen, pay_by)
  kFeePaid,               // 缴纳信息处理费 (data: amount_fen)
  kReplied,               // 作出答复 (data: outcome, reply_number, referral)
  kDeadlineRecomputed,    // 工作日历变更后重新计算期限 (data: from, to)
  kConvertedToItem,       // 转为主动公开, Art. 44 (data: item_id)
  kNote,                  // 备注
};

struct RequestEventKindInfo {
  RequestEventKind kind;
  std::string_view key;
  std::string_view name;
};

const std::vector<RequestEventKindInfo>& request_event_kinds();
std::string_view request_event_key(RequestEventKind kind);
std::string_view request_event_name(RequestEventKind kind);
std::optional<RequestEventKind> request_event_from_key(std::string_view key);

struct RequestEvent {
  int64_t id = 0;
  RequestEventKind kind = RequestEventKind::kNote;
  CivilDate on;            // the day it counts for
  std::string at;          // ISO-8601 instant recorded
  std::string actor;       // username, "public" or "demo"
  std::string comment;
  nlohmann::json data = nlohmann::json::object();

  // data[name] as a date / text / integer, or the fallback.
  std::optional<CivilDate> date(const char* name) const;
  std::string text(const char* name) const;
  int64_t integer(const char* name, int64_t fallback = 0) const;
};

}  // namespace gongkai::requests
