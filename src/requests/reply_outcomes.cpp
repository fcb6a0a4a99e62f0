#include "requests/reply_outcomes.h"

#include <algorithm>

namespace gongkai::requests {

const std::vector<ReplyOutcome>& reply_outcomes() {
  static const std::vector<ReplyOutcome> outcomes = {
      {"disclosed", "予以公开", "", "disclosed",
       "您申请获取的政府信息属于公开范围，现予以提供。"},
      {"partial", "部分公开", "", "partial",
       "您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，现提供可以公开的部分。"},
      {"withheld.state_secret", "不予公开", "属于国家秘密", "withheld",
       "您申请获取的政府信息属于国家秘密，依法不予公开。"},
      {"withheld.prohibited_by_law", "不予公开", "其他法律行政法规禁止公开", "withheld",
       "您申请获取的政府信息属于法律、行政法规禁止公开的信息，依法不予公开。"},
      {"withheld.security_stability", "不予公开", "危及“三安全一稳定”", "withheld",
       "您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，依法不予公开。"},
      {"withheld.third_party", "不予公开", "保护第三方合法权益", "withheld",
       "您申请获取的政府信息涉及第三方商业秘密、个人隐私，公开会对第三方合法权益造成损害，经征求意见第三方不同意公开，依法不予公开。"},
      {"withheld.internal_affairs", "不予公开", "属于三类内部事务信息", "withheld",
       "您申请获取的政府信息属于人事管理、后勤管理、内部工作流程等内部事务信息，可以不予公开。"},
      {"withheld.process_info", "不予公开", "属于四类过程性信息", "withheld",
       "您申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，可以不予公开。"},
      {"withheld.enforcement_file", "不予公开", "属于行政执法案卷", "withheld",
       "您申请获取的政府信息属于行政执法案卷信息，可以不予公开。"},
      {"withheld.inquiry", "不予公开", "属于行政查询事项", "withheld",
       "您申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的行政查询事项，请依照相关规定办理。"},
      {"unavailable.not_held", "无法提供", "本机关不掌握相关政府信息", "unavailable",
       "经检索，本机关没有制作或者保存您申请获取的政府信息。"},
      {"unavailable.needs_creation", "无法提供", "没有现成信息需要另行制作", "unavailable",
       "您申请获取的信息需要本机关对现有政府信息进行加工、分析，本机关不承担另行制作的义务。"},
      {"unavailable.still_unclear", "无法提供", "补正后申请内容仍不明确", "unavailable",
       "经补正后，您的申请内容仍不明确，本机关无法确定您所需的政府信息。"},
      {"not_handled.petition", "不予处理", "信访举报投诉类申请", "not_handled",
       "您以政府信息公开申请的形式进行信访、投诉、举报，不作为政府信息公开申请处理，请通过相应渠道提出。"},
      {"not_handled.repeat", "不予处理", "重复申请", "not_handled",
       "本机关已就您提出的相同内容的政府信息公开申请作出答复，您重复申请，本机关不予重复处理。"},
      {"not_handled.publication", "不予处理", "要求提供公开出版物", "not_handled",
       "您申请获取的是政府公报、报刊、书籍等公开出版物，请通过公开出版渠道获取。"},
      {"not_handled.excessive", "不予处理", "无正当理由大量反复申请", "not_handled",
       "您的申请数量、频次明显超过合理范围，且未能说明理由或者理由不合理，本机关不予处理。"},
      {"not_handled.confirm_or_reissue", "不予处理", "要求行政机关确认或重新出具已获取信息", "not_handled",
       "您要求本机关确认或者重新出具已获取的信息，不属于政府信息公开申请的处理范围。"},
      {"other.no_correction", "其他处理", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
       "other",
       "本机关已书面告知您补正申请，您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。", true},
      {"other.fee_unpaid", "其他处理", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
       "other",
       "本机关已向您发出收费通知，您逾期未缴纳信息处理费，视为放弃申请，本机关不再处理该政府信息公开申请。", true},
      {"other.other", "其他处理", "其他", "other",
       "根据您的申请情况，本机关作如下处理："},
  };
  return outcomes;
}

std::optional<ReplyOutcome> find_reply_outcome(std::string_view key) {
  const auto& all = reply_outcomes();
  const auto found = std::find_if(all.begin(), all.end(), [&](const ReplyOutcome& o) { return o.key == key; });
  if (found == all.end()) return std::nullopt;
  return *found;
}

std::string outcome_label(std::string_view key) {
  const auto outcome = find_reply_outcome(key);
  if (!outcome) return "";
  std::string label(outcome->category);
  if (!outcome->ground.empty()) label += "（" + std::string(outcome->ground) + "）";
  return label;
}

const std::vector<std::string_view>& reply_outcome_categories() {
  static const std::vector<std::string_view> categories = {"予以公开", "部分公开", "不予公开",
                                                           "无法提供", "不予处理", "其他处理"};
  return categories;
}

}  // namespace gongkai::requests
