#include "credit/credit_publicity_format.h"

#include <stdexcept>

namespace gongkai::credit {
namespace {

using enum FieldType;

constexpr size_t kShort = 300;
constexpr size_t kLong = 6000;


constexpr PublicityField kLicensingFields[] = {
    {"party_name", "行政相对人名称", kText, true, kShort},
    {"party_category", "行政相对人类别", kPartyCategory, true, kShort},
    {"credit_code", "统一社会信用代码", kCreditCode, false, 18},
    {"business_registration_number", "工商注册号", kText, false, 50},
    {"organisation_code", "组织机构代码", kText, false, 50},
    {"tax_registration_number", "税务登记号", kText, false, 50},
    {"institution_certificate_number", "事业单位证书号", kText, false, 50},
    {"social_organisation_number", "社会组织登记证号", kText, false, 50},
    {"legal_representative", "法定代表人", kText, false, 100},
    {"id_type", "证件类型", kIdType, false, 100},
    {"id_number", "证件号码", kIdNumber, false, 64},
    {"document_name", "行政许可决定文书名称", kText, true, kShort},
    {"document_number", "行政许可决定文书号", kText, true, 200},
    {"licence_category", "许可类别", kLicenceCategory, true, 50},
    {"certificate_name", "许可证书名称", kText, false, kShort},
    {"licence_number", "许可编号", kText, false, 200},
    {"licence_content", "许可内容", kText, true, kLong},
    {"decision_date", "许可决定日期", kDate, true, 10},
    {"valid_from", "有效期自", kDate, true, 10},
    {"valid_until", "有效期至", kDate, true, 10},
    {"authority", "许可机关", kText, true, kShort},
    {"authority_credit_code", "许可机关统一社会信用代码", kCreditCode, true, 18},
    {"data_source", "数据来源单位", kText, true, kShort},
    {"data_source_credit_code", "数据来源单位统一社会信用代码", kCreditCode, true, 18},
    {"remarks", "备注", kText, false, kLong},
};

constexpr PublicityField kPenaltyFields[] = {
    {"party_name", "行政相对人名称", kText, true, kShort},
    {"party_category", "行政相对人类别", kPartyCategory, true, kShort},
    {"credit_code", "统一社会信用代码", kCreditCode, false, 18},
    {"business_registration_number", "工商注册号", kText, false, 50},
    {"organisation_code", "组织机构代码", kText, false, 50},
    {"tax_registration_number", "税务登记号", kText, false, 50},
    {"institution_certificate_number", "事业单位证书号", kText, false, 50},
    {"social_organisation_number", "社会组织登记证号", kText, false, 50},
    {"legal_representative", "法定代表人", kText, false, 100},
    {"id_type", "证件类型", kIdType, false, 100},
    {"id_number", "证件号码", kIdNumber, false, 64},
    {"document_number", "行政处罚决定书文号", kText, true, 200},
    {"violation_type", "违法行为类型", kText, true, kShort},
    {"violation_facts", "违法事实", kText, true, kLong},
    {"penalty_basis", "处罚依据", kText, true, kLong},
    {"penalty_category", "处罚类别", kPenaltyCategory, true, kShort},
    {"penalty_content", "处罚内容", kText, true, kLong},
    {"fine_amount", "罚款金额（万元）", kAmount, false, 30},
    {"confiscated_amount", "没收违法所得、没收非法财物的金额（万元）", kAmount, false, 30},
    {"suspended_licence", "暂扣或吊销证照名称及编号", kText, false, kShort},
    {"decision_date", "处罚决定日期", kDate, true, 10},
    {"penalty_valid_until", "处罚有效期", kDate, true, 10},
    {"publicity_until", "公示截止期", kDate, false, 10},
    {"authority", "处罚机关", kText, true, kShort},
    {"authority_credit_code", "处罚机关统一社会信用代码", kCreditCode, true, 18},
    {"data_source", "数据来源单位", kText, true, kShort},
    {"data_source_credit_code", "数据来源单位统一社会信用代码", kCreditCode, true, 18},
    {"remarks", "备注", kText, false, kLong},
};

// 行政强制: the fields every decision has (the party, the document, the date,
// the deciding body and the data source); its content goes in 备注.
constexpr PublicityField kCoercionFields[] = {
    {"party_name", "行政相对人名称", kText, true, kShort},
    {"party_category", "行政相对人类别", kPartyCategory, true, kShort},
    {"credit_code", "统一社会信用代码", kCreditCode, false, 18},
    {"business_registration_number", "工商注册号", kText, false, 50},
    {"organisation_code", "组织机构代码", kText, false, 50},
    {"tax_registration_number", "税务登记号", kText, false, 50},
    {"institution_certificate_number", "事业单位证书号", kText, false, 50},
    {"social_organisation_number", "社会组织登记证号", kText, false, 50},
    {"legal_representative", "法定代表人", kText, false, 100},
    {"id_type", "证件类型", kIdType, false, 100},
    {"id_number", "证件号码", kIdNumber, false, 64},
    {"document_number", "行政强制决定书文号", kText, true, 200},
    {"decision_date", "行政强制决定日期", kDate, true, 10},
    {"authority", "实施机关", kText, true, kShort},
    {"authority_credit_code", "实施机关统一社会信用代码", kCreditCode, true, 18},
    {"data_source", "数据来源单位", kText, true, kShort},
    {"data_source_credit_code", "数据来源单位统一社会信用代码", kCreditCode, true, 18},
    {"remarks", "备注", kText, false, kLong},
};

constexpr KindInfo kKinds[] = {
    {DecisionKind::kLicensing, "licensing", "行政许可", kLicensingFields},
    {DecisionKind::kPenalty, "penalty", "行政处罚", kPenaltyFields},
    {DecisionKind::kCoercion, "coercion", "行政强制", kCoercionFields},
};

constexpr std::string_view kPartyCategories[] = {kLegalPerson, kNaturalPerson, kIndividualBusiness};
constexpr std::string_view kLicenceCategories[] = {"普通", "特许", "认可", "核准", "登记", "其他"};
constexpr std::string_view kIdTypes[] = {"身份证", "护照号", "港澳居民来往内地通行证", "台湾居民来往大陆通行证",
                                         "外国人永久居留身份证"};
// 《中华人民共和国行政处罚法》（2021）第九条, item by item, and 其他 for
// "法律、行政法规规定的其他行政处罚".
constexpr std::string_view kPenaltyCategories[] = {
    "警告",   "通报批评",         "罚款",     "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级",
    "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"};
constexpr std::string_view kPartyCodeKeys[] = {"credit_code",
                                               "business_registration_number",
                                               "organisation_code",
                                               "tax_registration_number",
                                               "institution_certificate_number",
                                               "social_organisation_number"};

}  // namespace

std::span<const KindInfo> decision_kinds() { return kKinds; }

const KindInfo& kind_info(DecisionKind kind) {
  for (const auto& info : kKinds) {
    if (info.kind == kind) return info;
  }
  throw std::logic_error("credit: unknown decision kind");
}

std::optional<DecisionKind> find_decision_kind(std::string_view key_or_name) {
  for (const auto& info : kKinds) {
    if (info.key == key_or_name || info.name == key_or_name) return info.kind;
  }
  return std::nullopt;
}

const PublicityField* find_field(DecisionKind kind, std::string_view key) {
  for (const auto& field : kind_info(kind).fields) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

std::span<const std::string_view> party_categories() { return kPartyCategories; }
std::span<const std::string_view> licence_categories() { return kLicenceCategories; }
std::span<const std::string_view> id_types() { return kIdTypes; }
std::span<const std::string_view> penalty_categories() { return kPenaltyCategories; }
std::span<const std::string_view> party_code_keys() { return kPartyCodeKeys; }

}  // namespace gongkai::credit
