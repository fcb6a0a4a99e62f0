#include "credit/credit_decision.h"

#include <charconv>

#include "core/money.h"

namespace gongkai::credit {
namespace {

struct StatusName {
  DecisionStatus status;
  std::string_view key;
  std::string_view label;
};
constexpr StatusName kStatuses[] = {{DecisionStatus::kRecorded, "recorded", "未公开"},
                                    {DecisionStatus::kPublished, "published", "已公开"},
                                    {DecisionStatus::kWithdrawn, "withdrawn", "已撤销"}};

struct EventName {
  DecisionEventType type;
  std::string_view key;
  std::string_view label;
};
constexpr EventName kEvents[] = {{DecisionEventType::kRecorded, "recorded", "录入"},
                                 {DecisionEventType::kPublished, "published", "公开"},
                                 {DecisionEventType::kCorrected, "corrected", "更正"},
                                 {DecisionEventType::kWithdrawn, "withdrawn", "撤销公示"}};

const std::string kEmpty;

// 万元 with six decimals, trailing zeros and a trailing point removed.
std::string wan_yuan(const std::string& fen_text) {
  int64_t fen = 0;
  const auto [end, error] = std::from_chars(fen_text.data(), fen_text.data() + fen_text.size(), fen);
  if (error != std::errc() || end != fen_text.data() + fen_text.size()) return fen_text;
  std::string text = format_wan_yuan(Fen{fen}, 6);
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

const std::string& CreditDecision::field(std::string_view key) const {
  const auto it = fields.find(key);
  return it == fields.end() ? kEmpty : it->second;
}

bool CreditDecision::natural_person() const { return field("party_category") == kNaturalPerson; }

std::string_view status_key(DecisionStatus status) {
  for (const auto& s : kStatuses) {
    if (s.status == status) return s.key;
  }
  return "";
}

std::optional<DecisionStatus> parse_status_key(std::string_view key) {
  for (const auto& s : kStatuses) {
    if (s.key == key) return s.status;
  }
  return std::nullopt;
}

std::string_view status_label(DecisionStatus status) {
  for (const auto& s : kStatuses) {
    if (s.status == status) return s.label;
  }
  return "";
}

std::string display_value(const CreditDecision& decision, const PublicityField& field) {
  const std::string& value = decision.field(field.key);
  if (field.type == FieldType::kAmount && !value.empty()) return wan_yuan(value);
  return value;
}

std::string_view event_key(DecisionEventType type) {
  for (const auto& e : kEvents) {
    if (e.type == type) return e.key;
  }
  return "";
}

std::optional<DecisionEventType> parse_event_key(std::string_view key) {
  for (const auto& e : kEvents) {
    if (e.key == key) return e.type;
  }
  return std::nullopt;
}

std::string_view event_label(DecisionEventType type) {
  for (const auto& e : kEvents) {
    if (e.type == type) return e.label;
  }
  return "";
}

}  // namespace gongkai::credit
