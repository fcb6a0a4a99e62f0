#include "requests/reply_citations.h"

#include <algorithm>

#include "core/errors.h"

namespace gongkai::requests {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

constexpr std::string_view kOpinion2010 = "《国务院办公厅关于做好政府信息依申请公开工作的意见》（国办发〔2010〕5号）";

constexpr CivilDate k2008{year{2008}, month{5}, day{1}};    // Decree 492 in force
constexpr CivilDate k2010{year{2010}, month{1}, day{12}};   // 国办发〔2010〕5号 issued
constexpr CivilDate k2019{year{2019}, month{5}, day{15}};   // Decree 711 in force
constexpr CivilDate kLitigation2015{year{2015}, month{5}, day{1}};  // 行政诉讼法 (2014) in force

}  // namespace

const std::vector<ReplyCitation>& reply_citations() {
  static const std::vector<ReplyCitation> rows = {
      {"disclosed", k2008, kRegulationTitle, "第二十一条第（一）项"},
      {"disclosed", k2019, kRegulationTitle, "第三十六条第（二）项"},
      {"partial", k2008, kRegulationTitle, "第二十一条第（一）项、第二十二条"},
      {"partial", k2019, kRegulationTitle, "第三十六条第（三）项、第三十七条"},
      {"withheld.state_secret", k2008, kRegulationTitle, "第十四条第四款、第二十一条第（二）项"},
      {"withheld.state_secret", k2019, kRegulationTitle, "第十四条"},
      {"withheld.prohibited_by_law", k2008, kRegulationTitle, "第二十一条第（二）项"},
      {"withheld.prohibited_by_law", k2019, kRegulationTitle, "第十四条"},
      {"withheld.security_stability", k2008, kRegulationTitle, "第八条、第二十一条第（二）项"},
      {"withheld.security_stability", k2019, kRegulationTitle, "第十四条"},
      {"withheld.third_party", k2008, kRegulationTitle, "第十四条第四款、第二十三条"},
      {"withheld.third_party", k2019, kRegulationTitle, "第十五条、第三十二条"},
      {"withheld.internal_affairs", k2008, kRegulationTitle, "第二十一条第（二）项"},
      {"withheld.internal_affairs", k2010, kOpinion2010, ""},
      {"withheld.internal_affairs", k2019, kRegulationTitle, "第十六条第一款"},
      {"withheld.process_info", k2008, kRegulationTitle, "第二十一条第（二）项"},
      {"withheld.process_info", k2010, kOpinion2010, ""},
      {"withheld.process_info", k2019, kRegulationTitle, "第十六条第二款"},
      {"withheld.enforcement_file", k2008, kRegulationTitle, "第二十一条第（二）项"},
      {"withheld.enforcement_file", k2019, kRegulationTitle, "第十六条第二款"},
      {"withheld.inquiry", k2008, kRegulationTitle, "第二十一条第（二）项"},
      {"withheld.inquiry", k2019, kRegulationTitle, "第三十六条第（七）项"},
      {"unavailable.not_held", k2008, kRegulationTitle, "第二十一条第（三）项"},
      {"unavailable.not_held", k2019, kRegulationTitle, "第三十六条第（四）项、第（五）项"},
      {"unavailable.needs_creation", k2008, kRegulationTitle, "第二十一条"},
      {"unavailable.needs_creation", k2010, kOpinion2010, ""},
      {"unavailable.needs_creation", k2019, kRegulationTitle, "第三十八条"},
      {"unavailable.still_unclear", k2008, kRegulationTitle, "第二十一条第（四）项"},
      {"unavailable.still_unclear", k2019, kRegulationTitle, "第三十条"},
      {"not_handled.petition", k2008, kRegulationTitle, "第二十一条"},
      {"not_handled.petition", k2010, kOpinion2010, ""},
      {"not_handled.petition", k2019, kRegulationTitle, "第三十九条第一款"},
      {"not_handled.repeat", k2008, kRegulationTitle, "第二十一条"},
      {"not_handled.repeat", k2010, kOpinion2010, ""},
      {"not_handled.repeat", k2019, kRegulationTitle, "第三十六条第（六）项"},
      {"not_handled.publication", k2008, kRegulationTitle, "第二十一条"},
      {"not_handled.publication", k2010, kOpinion2010, ""},
      {"not_handled.publication", k2019, kRegulationTitle, "第三十九条第二款"},
      {"not_handled.excessive", k2008, kRegulationTitle, "第二十一条"},
      {"not_handled.excessive", k2010, kOpinion2010, ""},
      {"not_handled.excessive", k2019, kRegulationTitle, "第三十五条"},
      {"not_handled.confirm_or_reissue", k2008, kRegulationTitle, "第二十一条"},
      {"not_handled.confirm_or_reissue", k2010, kOpinion2010, ""},
      {"not_handled.confirm_or_reissue", k2019, kRegulationTitle, "第三十八条"},
      {"other.no_correction", k2008, kRegulationTitle, "第二十一条第（四）项",
       "本机关已书面告知您对申请内容作出更改、补充，您逾期未作更改、补充，本机关无法确定您所需的政府信息，"
       "对该申请不再处理。您仍需要获取相关政府信息的，可以重新提出申请。"},
      {"other.no_correction", k2019, kRegulationTitle, "第三十条"},
      {"other.fee_unpaid", k2008, kRegulationTitle, "第二十七条"},
      {"other.fee_unpaid", k2019, kRegulationTitle, "第四十二条"},
      {"other.other", k2008, kRegulationTitle, "第二十一条"},
      {"other.other", k2019, kRegulationTitle, "第三十六条"},
  };
  return rows;
}

namespace {

const ReplyCitation& in_force_row(std::string_view outcome_key, CivilDate received_on) {
  const ReplyCitation* in_force = nullptr;
  bool known = false;
  for (const ReplyCitation& row : reply_citations()) {
    if (row.outcome_key != outcome_key) continue;
    known = true;
    if (row.in_force_from <= received_on) in_force = &row;
  }
  if (!known) throw InvalidInput("未知的办理结果：" + std::string(outcome_key));
  if (in_force == nullptr) {
    throw InvalidInput("收到申请日期早于《政府信息公开条例》施行日（2008年5月1日）：" + format_date(received_on));
  }
  return *in_force;
}

}  // namespace

std::string reply_citation(std::string_view outcome_key, CivilDate received_on) {
  const ReplyCitation& row = in_force_row(outcome_key, received_on);
  return std::string(row.source) + std::string(row.article);
}

std::string_view reply_reason(const ReplyOutcome& outcome, CivilDate received_on) {
  const ReplyCitation& row = in_force_row(outcome.key, received_on);
  return row.reason.empty() ? outcome.standard_reason : row.reason;
}

std::string_view litigation_period(CivilDate replied_on) {
  return replied_on < kLitigation2015 ? "3个月" : "6个月";
}

}  // namespace gongkai::requests
