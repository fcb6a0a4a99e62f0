// gongkai/proposals/proposal_terms.h
//
// The vocabularies of 建议提案 work, as data: the bodies (人大/政协), the
// levels (自治区/市), the handling roles (主办/会办/分办), the reply grades
// (A 已经解决或基本解决 … D 留作参考) and the proposer's satisfaction
// (满意/基本满意/不满意). Each term has a stored key and a Chinese label;
// `require_*` accepts either and throws InvalidInput naming the choices.
#pragma once

#include <span>
#include <string_view>

namespace gongkai::proposals {

struct Term {
  std::string_view key;
  std::string_view label;
};

std::span<const Term> bodies();            // 代表建议 / 委员提案
std::span<const Term> levels();            // 自治区 / 市
std::span<const Term> handling_roles();    // 主办 / 会办 / 分办
std::span<const Term> reply_grades();      // A B C D
std::span<const Term> satisfactions();     // 满意 / 基本满意 / 不满意

const Term& require_body(std::string_view key_or_label);
const Term& require_level(std::string_view key_or_label);
const Term& require_handling_role(std::string_view key_or_label);
const Term& require_reply_grade(std::string_view key_or_label);
const Term& require_satisfaction(std::string_view key_or_label);

// The label of a stored key; "" when the key is "" or unknown.
std::string_view label_of(std::span<const Term> terms, std::string_view key);

}  // namespace gongkai::proposals
