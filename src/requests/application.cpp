#include "requests/application.h"

#include <algorithm>

namespace gongkai::requests {

const std::vector<Term>& applicant_kinds() {
  static const std::vector<Term> terms = {{"natural", "自然人"},         {"business", "商业企业"},
                                          {"research", "科研机构"},      {"public_interest", "社会公益组织"},
                                          {"legal_service", "法律服务机构"}, {"other", "其他"}};
  return terms;
}

const std::vector<Term>& id_types() {
  static const std::vector<Term> terms = {{"resident_id", "居民身份证"},
                                          {"credit_code", "统一社会信用代码"},
                                          {"passport", "护照"},
                                          {"other", "其他证件"}};
  return terms;
}

const std::vector<Term>& forms_wanted() {
  static const std::vector<Term> terms = {{"paper", "纸质"}, {"electronic", "电子"}};
  return terms;
}

const std::vector<Term>& deliveries() {
  static const std::vector<Term> terms = {{"post", "邮寄"}, {"email", "电子邮件"}, {"pickup", "自行领取"}};
  return terms;
}

const std::vector<Term>& receipt_channels() {
  static const std::vector<Term> terms = {{"online", "网上申请"}, {"api", "其他平台（接口）"},
                                          {"letter", "信函"},     {"in_person", "当面提交"},
                                          {"fax", "传真"},        {"email", "电子邮件"}};
  return terms;
}

std::string_view term_name(const std::vector<Term>& terms, std::string_view key) {
  const auto found = std::find_if(terms.begin(), terms.end(), [&](const Term& t) { return t.key == key; });
  return found == terms.end() ? key : found->name;
}

bool has_term(const std::vector<Term>& terms, std::string_view key) {
  return std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.key == key; });
}

}  // namespace gongkai::requests
