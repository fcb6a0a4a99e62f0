// gongkai/credit/credit_publicity_format.h
//
// The national credit publicity format of 双公示 (行政许可和行政处罚信息公示),
// spec/conventions.md "双公示 fields", as data: for each kind of decision
// (行政许可, 行政处罚, and 行政强制 with the common fields only) the fields in
// the format's order, each with its key (the column of credit_decisions), its
// header as the format writes it, its type and whether it is required; and the
// lists a field's value must come from (行政相对人类别, 许可类别, 证件类型,
// 处罚类别). The CSV export writes exactly these headers in this order; the
// form, the import and the detail pages follow the same table.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace gongkai::credit {

enum class DecisionKind { kLicensing, kPenalty, kCoercion };

enum class FieldType {
  kText,            // free text
  kPartyCategory,   // one of party_categories()
  kLicenceCategory, // one of licence_categories()
  kPenaltyCategory, // one or more of penalty_categories(), "；"-separated
  kIdType,          // one of id_types()
  kIdNumber,        // 证件号码: checked as a resident ID when 证件类型 is 身份证
  kCreditCode,      // 统一社会信用代码 (GB 32100 check character)
  kDate,            // YYYY-MM-DD
  kAmount,          // 万元 in the format, whole fen in the store
};

struct PublicityField {
  std::string_view key;     // column of credit_decisions, field of forms and JSON
  std::string_view header;  // the format's column header
  FieldType type;
  bool required;            // required whatever the party; party rules are in decision_validation
  size_t max_bytes;         // for text
};

struct KindInfo {
  DecisionKind kind;
  std::string_view key;    // licensing | penalty | coercion
  std::string_view name;   // 行政许可 | 行政处罚 | 行政强制
  std::span<const PublicityField> fields;  // in the format's order
};

std::span<const KindInfo> decision_kinds();
const KindInfo& kind_info(DecisionKind kind);
// By key or Chinese name; nullopt when unknown.
std::optional<DecisionKind> find_decision_kind(std::string_view key_or_name);
// The field of `kind` with `key`, or nullptr when the kind has no such field.
const PublicityField* find_field(DecisionKind kind, std::string_view key);

// 行政相对人类别.
inline constexpr std::string_view kLegalPerson = "法人及非法人组织";
inline constexpr std::string_view kNaturalPerson = "自然人";
inline constexpr std::string_view kIndividualBusiness = "个体工商户";
std::span<const std::string_view> party_categories();
std::span<const std::string_view> licence_categories();   // 普通 特许 认可 核准 登记 其他
std::span<const std::string_view> id_types();             // 身份证 护照号 …
std::span<const std::string_view> penalty_categories();   // 行政处罚法 第九条
// The keys of the party's codes (统一社会信用代码 or one of the older codes);
// an organisation or 个体工商户 gives at least one.
std::span<const std::string_view> party_code_keys();

}  // namespace gongkai::credit
