#include "credit/decision_validation.h"

#include <algorithm>

#include "core/errors.h"
#include "core/field_text.h"
#include "core/masking.h"
#include "core/money.h"

namespace gongkai::credit {
namespace {

std::string header(const PublicityField& field) { return std::string(field.header); }

bool listed(std::span<const std::string_view> list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string joined(std::span<const std::string_view> list) {
  std::string text;
  for (const auto& item : list) text += (text.empty() ? "" : "、") + std::string(item);
  return text;
}

std::string upper_without_blanks(const std::string& raw) {
  std::string out;
  for (const char c : raw) {
    if (c == ' ' || c == '\t') continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

std::string checked_credit_code(const PublicityField& field, const std::string& raw) {
  const std::string code = upper_without_blanks(raw);
  if (code.size() != 18) throw InvalidInput(header(field) + "应为18位：" + code);
  if (!is_valid_credit_code(code)) throw InvalidInput(header(field) + "校验位错误：" + code);
  return code;
}

// "罚款；没收违法所得" (also ";" or "、" between items) → the items, checked.
std::string checked_penalty_categories(const PublicityField& field, const std::string& raw) {
  std::string normalised = raw;
  for (const std::string_view separator : {";", "、", "，", ","}) {
    for (size_t at = normalised.find(separator); at != std::string::npos; at = normalised.find(separator)) {
      normalised.replace(at, separator.size(), "；");
    }
  }
  std::string out;
  size_t start = 0;
  const std::string separator = "；";
  while (start <= normalised.size()) {
    size_t end = normalised.find(separator, start);
    if (end == std::string::npos) end = normalised.size();
    const std::string item = trimmed(std::string_view(normalised).substr(start, end - start));
    start = end + separator.size();
    if (item.empty()) continue;
    if (!listed(penalty_categories(), item)) {
      throw InvalidInput(header(field) + "应为" + joined(penalty_categories()) + "之一：" + item);
    }
    out += (out.empty() ? "" : separator) + item;
  }
  if (out.empty()) throw InvalidInput(header(field) + "不能为空");
  return out;
}

std::string checked_amount(const PublicityField& field, const std::string& raw) {
  Fen amount;
  try {
    amount = parse_wan_yuan(raw);
  } catch (const InvalidInput&) {
    throw InvalidInput(header(field) + "应为以万元为单位的数字（最多六位小数）：" + raw);
  }
  if (amount.value < 0) throw InvalidInput(header(field) + "不能为负数：" + raw);
  return std::to_string(amount.value);
}

std::string checked_value(const PublicityField& field, const std::string& raw) {
  using enum FieldType;
  switch (field.type) {
    case kPartyCategory:
      if (!listed(party_categories(), raw)) {
        throw InvalidInput(header(field) + "应为" + joined(party_categories()) + "之一：" + raw);
      }
      return raw;
    case kLicenceCategory:
      if (!listed(licence_categories(), raw)) {
        throw InvalidInput(header(field) + "应为" + joined(licence_categories()) + "之一：" + raw);
      }
      return raw;
    case kIdType:
      if (!listed(id_types(), raw)) throw InvalidInput(header(field) + "应为" + joined(id_types()) + "之一：" + raw);
      return raw;
    case kPenaltyCategory:
      return checked_penalty_categories(field, raw);
    case kCreditCode:
      return checked_credit_code(field, raw);
    case kDate:
      return format_date(require_date(raw, field.header));
    case kAmount:
      return checked_amount(field, raw);
    case kIdNumber:
      return upper_without_blanks(raw);
    case kText:
      return raw;
  }
  return raw;
}

CivilDate date_of(const CreditDecision& d, std::string_view key) { return *parse_date(d.field(key)); }

void check_dates(CreditDecision& d, CivilDate today) {
  const auto& kind = kind_info(d.kind);
  const PublicityField& decided = *find_field(d.kind, "decision_date");
  d.decision_date = date_of(d, "decision_date");
  if (d.decision_date > today) throw InvalidInput(header(decided) + "不能晚于今天：" + d.field("decision_date"));
  if (kind.kind == DecisionKind::kLicensing && date_of(d, "valid_until") < date_of(d, "valid_from")) {
    throw InvalidInput("有效期至不能早于有效期自");
  }
  for (const std::string_view key : {"penalty_valid_until", "publicity_until"}) {
    const PublicityField* field = find_field(d.kind, key);
    if (!field || d.field(key).empty()) continue;
    if (date_of(d, key) < d.decision_date) throw InvalidInput(header(*field) + "不能早于" + header(decided));
  }
}

void check_fine(const CreditDecision& d) {
  if (d.kind != DecisionKind::kPenalty) return;
  const std::string categories = "；" + d.field("penalty_category") + "；";
  const bool fined = categories.find("；罚款；") != std::string::npos;
  const std::string& amount = d.field("fine_amount");
  const bool has_fine = !amount.empty() && amount != "0";
  if (fined && !has_fine) throw InvalidInput("处罚类别含罚款，罚款金额（万元）应大于零");
  if (!fined && has_fine) throw InvalidInput("填写了罚款金额，处罚类别应含罚款");
}

bool has_any_code(const CreditDecision& d) {
  for (const auto key : party_code_keys()) {
    if (!d.field(key).empty()) return true;
  }
  return false;
}

void check_party(const CreditDecision& d) {
  const std::string& category = d.field("party_category");
  if (category == kNaturalPerson) {
    if (has_any_code(d)) throw InvalidInput("行政相对人为自然人时，不填写统一社会信用代码等机构代码");
    if (!d.field("legal_representative").empty()) throw InvalidInput("行政相对人为自然人时，不填写法定代表人");
    if (d.field("id_type").empty()) throw InvalidInput("行政相对人为自然人时，证件类型不能为空");
    if (d.field("id_number").empty()) throw InvalidInput("行政相对人为自然人时，证件号码不能为空");
  } else {
    if (!has_any_code(d)) {
      throw InvalidInput(category + "应填写统一社会信用代码（或工商注册号、组织机构代码、税务登记号、事业单位证书号、"
                                    "社会组织登记证号之一）");
    }
    if (category == kLegalPerson && d.field("legal_representative").empty()) {
      throw InvalidInput("行政相对人为法人及非法人组织时，法定代表人不能为空");
    }
    if (!d.field("id_number").empty() && d.field("id_type").empty()) throw InvalidInput("填写了证件号码，证件类型不能为空");
  }
  if (d.field("id_type") == "身份证" && !d.field("id_number").empty() && !is_valid_resident_id(d.field("id_number"))) {
    throw InvalidInput("证件号码不是有效的身份证号码（18位，末位为校验码）");
  }
}

}  // namespace

DecisionKind require_kind(const std::string& raw) {
  const std::string text = trimmed(raw);
  if (text.empty()) throw InvalidInput("决定类别不能为空");
  const auto kind = find_decision_kind(text);
  if (!kind) throw InvalidInput("决定类别应为行政许可、行政处罚或行政强制：" + text);
  return *kind;
}

CreditDecision checked_decision(const DecisionInput& input, CivilDate today) {
  return checked_decision(require_kind(input.kind), input, today);
}

CreditDecision checked_decision(DecisionKind kind, const DecisionInput& input, CivilDate today) {
  CreditDecision d;
  d.kind = kind;
  for (const auto& field : kind_info(kind).fields) {
    const auto it = input.values.find(field.key);
    const std::string raw = it == input.values.end() ? "" : trimmed(it->second);
    if (raw.empty()) {
      if (field.required) throw InvalidInput(header(field) + "不能为空");
      continue;
    }
    if (raw.size() > field.max_bytes && field.type != FieldType::kCreditCode) {
      throw InvalidInput(header(field) + "过长");
    }
    d.fields[std::string(field.key)] = checked_value(field, raw);
  }
  check_dates(d, today);
  check_fine(d);
  check_party(d);
  d.public_name = d.natural_person() ? mask_name(d.field("party_name")) : d.field("party_name");
  return d;
}

}  // namespace gongkai::credit
