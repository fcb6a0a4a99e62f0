#include "requests/application_form_check.h"

#include <regex>

#include "core/errors.h"
#include "core/masking.h"
#include "engagement/public_submission.h"

namespace gongkai::requests {
namespace {

using engagement::checked_text;

constexpr size_t kNameChars = 100;
constexpr size_t kContactChars = 100;
constexpr size_t kAddressChars = 200;
constexpr size_t kDescriptionChars = 5000;

std::string upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

std::string checked_term(const std::vector<Term>& terms, const std::string& key, const char* what) {
  if (!has_term(terms, key)) throw InvalidInput(std::string("请选择") + what);
  return key;
}

void check_id_number(const std::string& kind, const std::string& type, const std::string& number) {
  if (number.empty()) throw InvalidInput("证件号码不能为空");
  if (type == "resident_id") {
    if (kind != "natural") throw InvalidInput("法人或其他组织请填写统一社会信用代码或其他证件");
    if (!is_valid_resident_id(number)) throw InvalidInput("居民身份证号码不正确（请核对18位号码及最后一位校验码）");
    return;
  }
  if (type == "credit_code") {
    if (kind == "natural") throw InvalidInput("自然人请填写居民身份证、护照或其他证件号码");
    if (!is_valid_credit_code(number)) throw InvalidInput("统一社会信用代码不正确（请核对18位代码及最后一位校验码）");
    return;
  }
  static const std::regex other_document("[A-Z0-9]{4,30}");
  if (!std::regex_match(number, other_document)) throw InvalidInput("证件号码应为4至30位字母或数字");
}

void check_contacts(const ApplicationForm& f) {
  static const std::regex phone_pattern("[0-9+][0-9 ()-]{5,19}");
  static const std::regex email_pattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static const std::regex postcode_pattern("[0-9]{6}");
  if (f.phone.empty() && f.email.empty()) throw InvalidInput("请填写联系电话或电子邮箱");
  if (!f.phone.empty() && !std::regex_match(f.phone, phone_pattern)) throw InvalidInput("联系电话格式不正确");
  if (!f.email.empty() && !std::regex_match(f.email, email_pattern)) throw InvalidInput("电子邮箱格式不正确");
  if (!f.postcode.empty() && !std::regex_match(f.postcode, postcode_pattern)) {
    throw InvalidInput("邮政编码应为6位数字");
  }
  if (f.delivery == "post" && (f.address.empty() || f.postcode.empty())) {
    throw InvalidInput("选择邮寄的，请填写通讯地址和邮政编码");
  }
  if (f.delivery == "email" && f.email.empty()) throw InvalidInput("选择电子邮件获取的，请填写电子邮箱");
}

}  // namespace

ApplicationForm checked_application_form(const ApplicationForm& in) {
  ApplicationForm f;
  f.applicant_kind = checked_term(applicant_kinds(), in.applicant_kind, "申请人类型");
  f.name = checked_text(in.name, f.applicant_kind == "natural" ? "姓名" : "名称", kNameChars, true);
  f.id_type = checked_term(id_types(), in.id_type, "证件类型");
  f.id_number = upper(checked_text(in.id_number, "证件号码", kContactChars, true));
  check_id_number(f.applicant_kind, f.id_type, f.id_number);
  f.phone = checked_text(in.phone, "联系电话", kContactChars, false);
  f.address = checked_text(in.address, "通讯地址", kAddressChars, false);
  f.postcode = checked_text(in.postcode, "邮政编码", kContactChars, false);
  f.email = checked_text(in.email, "电子邮箱", kContactChars, false);
  f.description = checked_text(in.description, "所需政府信息的名称、文号或描述", kDescriptionChars, true, true);
  f.form_wanted = checked_term(forms_wanted(), in.form_wanted, "获取信息的载体形式（纸质或电子）");
  f.delivery = checked_term(deliveries(), in.delivery, "获取信息的方式（邮寄、电子邮件或自行领取）");
  check_contacts(f);
  return f;
}

}  // namespace gongkai::requests
