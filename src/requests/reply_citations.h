// gongkai/requests/reply_citations.h
//
// The legal basis a reply letter cites for each outcome (reply_outcomes.h),
// as the rules in force on the day the application was received state it:
//   - from 2019-05-15, the 2019 regulation (Decree 711), which names every
//     outcome of the national table;
//   - from 2008-05-01, the 2008 regulation (Decree 492): Art. 21 lists the
//     kinds of reply (可以公开, 不予公开, 不属于本机关或不存在, 申请内容不明确),
//     Art. 22 the partial disclosure, Art. 8 and Art. 14 the grounds of
//     withholding, Art. 23 the third party, Art. 27 the fees;
//   - from 2010-01-12, grounds the 2008 regulation left unnamed (process
//     information, information to be made anew, repeated applications,
//     petitions, publications) were settled by 国办发〔2010〕5号.
// Where the rules of the day need other words for the ground, the row gives
// them (reply_reason). And the remedies the letter states: 行政复议 within 60
// days; 行政诉讼 within 6 months of a reply given from 2015-05-01 (行政诉讼法 as
// amended in 2014, Art. 46), 3 months before (its Art. 39 of 1989).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "requests/reply_outcomes.h"

namespace gongkai::requests {

// The regulation's title as letters cite it (both versions bear it).
inline constexpr std::string_view kRegulationTitle = "《中华人民共和国政府信息公开条例》";

// One row: from `in_force_from`, `outcome_key` is answered citing `source`
// (a law or document title in 《》) and `article` ("" for the whole document),
// stating the ground in `reason` where these rules need other words than the
// outcome's standard_reason ("" otherwise). The 2008 regulation, for one, never
// deemed an application abandoned for want of correction.
struct ReplyCitation {
  std::string_view outcome_key;
  CivilDate in_force_from;
  std::string_view source;
  std::string_view article;
  std::string_view reason = {};
};

// Every row, grouped by outcome, oldest first within an outcome.
const std::vector<ReplyCitation>& reply_citations();

// "《中华人民共和国政府信息公开条例》第二十一条第（一）项": the basis for an
// application received on `received_on`. Throws InvalidInput for an unknown
// outcome or a day before the 2008 regulation.
std::string reply_citation(std::string_view outcome_key, CivilDate received_on);

// The letter's sentence stating the ground for an application received on
// `received_on`: the in-force row's reason, else outcome.standard_reason.
// Throws as reply_citation.
std::string_view reply_reason(const ReplyOutcome& outcome, CivilDate received_on);

// The period for 行政诉讼 against a reply given on `replied_on`: "6个月" or "3个月".
std::string_view litigation_period(CivilDate replied_on);

}  // namespace gongkai::requests
