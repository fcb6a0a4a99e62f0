// gongkai/credit/credit_decision.h
//
// One administrative decision published under 双公示 (行政许可, 行政处罚 or
// 行政强制) and the events of its history. Plain data. `fields` holds the
// format's fields (credit_publicity_format.h) by key in their checked,
// canonical text: dates YYYY-MM-DD, amounts whole fen, codes upper-cased;
// an empty field is absent. The commands that change a decision are in
// decision_commands.h; the checks in decision_validation.h.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "credit/credit_publicity_format.h"

namespace gongkai::credit {

enum class DecisionStatus { kRecorded, kPublished, kWithdrawn };  // 未公开 / 已公开 / 已撤销

struct CreditDecision {
  int64_t id = 0;
  int64_t agency_id = 0;
  DecisionKind kind = DecisionKind::kLicensing;
  DecisionStatus status = DecisionStatus::kRecorded;
  std::map<std::string, std::string, std::less<>> fields;
  CivilDate decision_date{};
  std::string public_name;  // party_name, masked for a natural person (张*明)
  std::optional<CivilDate> published_on;
  std::optional<CivilDate> withdrawn_on;
  std::string withdrawal_reason;
  std::string recorded_by;

  // The field's canonical text, "" when empty.
  const std::string& field(std::string_view key) const;
  bool natural_person() const;
};

std::string_view status_key(DecisionStatus status);    // recorded | published | withdrawn
std::optional<DecisionStatus> parse_status_key(std::string_view key);
std::string_view status_label(DecisionStatus status);  // 未公开 | 已公开 | 已撤销

// The field as the format writes it: amounts in 万元 without trailing zeros
// (Fen{50000000} → "50", Fen{5000000} → "0.5"), everything else as stored.
std::string display_value(const CreditDecision& decision, const PublicityField& field);

enum class DecisionEventType { kRecorded, kPublished, kCorrected, kWithdrawn };

struct DecisionEvent {
  int64_t id = 0;
  int64_t decision_id = 0;
  DecisionEventType type = DecisionEventType::kRecorded;
  CivilDate occurred_on{};
  std::string reason;  // corrected: why, and which fields; withdrawn: why
  std::string recorded_by;
};

std::string_view event_key(DecisionEventType type);  // recorded | published | corrected | withdrawn
std::optional<DecisionEventType> parse_event_key(std::string_view key);
std::string_view event_label(DecisionEventType type);  // 录入 | 公开 | 更正 | 撤销公示

// Form or import input: the kind (key or Chinese name) and the fields as
// typed, by key. Unknown keys are ignored.
struct DecisionInput {
  std::string kind;
  std::map<std::string, std::string, std::less<>> values;
};

}  // namespace gongkai::credit
