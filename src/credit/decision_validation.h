// gongkai/credit/decision_validation.h
//
// The checks of a decision before it is stored, field by field from the
// format table and then across fields. Refused with InvalidInput and a
// Chinese reason naming the field by its header:
//   - an unknown kind; a required field empty; a field too long;
//   - a 统一社会信用代码 (of the party, the deciding body or the data source)
//     not 18 characters or failing its GB 32100 check character;
//   - a date malformed, a decision date after today, 有效期至 before 有效期自,
//     处罚有效期 or 公示截止期 before the decision date;
//   - an amount malformed or negative; 罚款 among the 处罚类别 without a fine,
//     or a fine without 罚款;
//   - 行政相对人类别, 许可类别, 证件类型 or a 处罚类别 not in the format's list;
//   - a natural person (自然人) without 证件类型 and 证件号码, or with a
//     code or a 法定代表人; a 身份证 number failing GB 11643; an organisation or
//     个体工商户 without any code; an organisation without 法定代表人.
// Pure: no store, no clock (today is given).
#pragma once

#include "core/civil_date.h"
#include "credit/credit_decision.h"

namespace gongkai::credit {

// A decision of the input's kind holding the checked fields, decision_date
// and public_name set; id, agency and status are left to the caller.
CreditDecision checked_decision(const DecisionInput& input, CivilDate today);

// The same for a known kind (a correction keeps the kind).
CreditDecision checked_decision(DecisionKind kind, const DecisionInput& input, CivilDate today);

// The decision's kind from the input, or InvalidInput.
DecisionKind require_kind(const std::string& raw);

}  // namespace gongkai::credit
