// The national formats as tables; see report_format.h.
#include "reports/report_format.h"

#include <array>

namespace gongkai::reports {
namespace {

using Kind = CellKind;
using Role = ApplicationRowRole;

// ---- 国办公开办函〔2021〕30号, table 二 ----
constexpr std::array<Column, 3> documents_2021{{
    {"issued", "本年制发件数", Kind::count},
    {"repealed", "本年废止件数", Kind::count},
    {"in_force", "现行有效件数", Kind::count},
}};
constexpr std::array<Column, 1> decisions_2021{{{"decisions", "本年处理决定数量", Kind::count}}};
constexpr std::array<Column, 1> fees_2021{{{"amount_wan", "本年收费金额（单位：万元）", Kind::amount}}};

constexpr std::array<ProactiveRow, 6> proactive_2021{{
    {"rules", "规章", "第二十条第（一）项", documents_2021},
    {"normative_docs", "行政规范性文件", "第二十条第（一）项", documents_2021},
    {"licensing", "行政许可", "第二十条第（五）项", decisions_2021},
    {"penalty", "行政处罚", "第二十条第（六）项", decisions_2021},
    {"coercion", "行政强制", "第二十条第（六）项", decisions_2021},
    {"fees", "行政事业性收费", "第二十条第（八）项", fees_2021},
}};

// ---- 国办公开办函〔2019〕60号, table 二 ----
constexpr std::array<Column, 3> documents_2019{{
    {"made", "本年新制作数量", Kind::count},
    {"published", "本年新公开数量", Kind::count},
    {"total_public", "对外公开总数量", Kind::count},
}};
constexpr std::array<Column, 3> items_2019{{
    {"previous_items", "上一年项目数量", Kind::count},
    {"change", "本年增/减", Kind::signed_count},
    {"decisions", "处理决定数量", Kind::count},
}};
constexpr std::array<Column, 2> fees_2019{{
    {"previous_items", "上一年项目数量", Kind::count},
    {"change", "本年增/减", Kind::signed_count},
}};
constexpr std::array<Column, 2> procurement_2019{{
    {"projects", "采购项目数量", Kind::count},
    {"amount_yuan", "采购总金额", Kind::amount},
}};

constexpr std::array<ProactiveRow, 8> proactive_2019{{
    {"rules", "规章", "第二十条第（一）项", documents_2019},
    {"normative_docs", "规范性文件", "第二十条第（一）项", documents_2019},
    {"licensing", "行政许可", "第二十条第（五）项", items_2019},
    {"other_services", "其他对外管理服务事项", "第二十条第（五）项", items_2019},
    {"penalty", "行政处罚", "第二十条第（六）项", items_2019},
    {"coercion", "行政强制", "第二十条第（六）项", items_2019},
    {"fees", "行政事业性收费", "第二十条第（八）项", fees_2019},
    {"procurement", "政府集中采购", "第二十条第（九）项", procurement_2019},
}};

// ---- table 三: the rows both formats share, then 其他处理 as each format has it ----
constexpr std::array<ApplicationRow, 20> received_and_outcomes{{
    {"new", "一、本年新收政府信息公开申请数量", Role::received},
    {"carried_in", "二、上年结转政府信息公开申请数量", Role::carried_in},
    {"disclosed", "三、本年度办理结果（一）予以公开", Role::outcome},
    {"partial", "三、本年度办理结果（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Role::outcome},
    {"withheld.state_secret", "（三）不予公开 1.属于国家秘密", Role::outcome},
    {"withheld.prohibited_by_law", "（三）不予公开 2.其他法律行政法规禁止公开", Role::outcome},
    {"withheld.security_stability", "（三）不予公开 3.危及“三安全一稳定”", Role::outcome},
    {"withheld.third_party", "（三）不予公开 4.保护第三方合法权益", Role::outcome},
    {"withheld.internal_affairs", "（三）不予公开 5.属于三类内部事务信息", Role::outcome},
    {"withheld.process_info", "（三）不予公开 6.属于四类过程性信息", Role::outcome},
    {"withheld.enforcement_file", "（三）不予公开 7.属于行政执法案卷", Role::outcome},
    {"withheld.inquiry", "（三）不予公开 8.属于行政查询事项", Role::outcome},
    {"unavailable.not_held", "（四）无法提供 1.本机关不掌握相关政府信息", Role::outcome},
    {"unavailable.needs_creation", "（四）无法提供 2.没有现成信息需要另行制作", Role::outcome},
    {"unavailable.still_unclear", "（四）无法提供 3.补正后申请内容仍不明确", Role::outcome},
    {"not_handled.petition", "（五）不予处理 1.信访举报投诉类申请", Role::outcome},
    {"not_handled.repeat", "（五）不予处理 2.重复申请", Role::outcome},
    {"not_handled.publication", "（五）不予处理 3.要求提供公开出版物", Role::outcome},
    {"not_handled.excessive", "（五）不予处理 4.无正当理由大量反复申请", Role::outcome},
    {"not_handled.confirm_or_reissue", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", Role::outcome},
}};
// 2021: 其他处理 has three sub-rows.
constexpr std::array<ApplicationRow, 3> other_outcomes_2021{{
    {"other.no_correction", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Role::outcome},
    {"other.fee_unpaid", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Role::outcome},
    {"other.other", "（六）其他处理 3.其他", Role::outcome},
}};
// 2019: 其他处理 is one row.
constexpr std::array<ApplicationRow, 1> other_outcomes_2019{{{"other", "（六）其他处理", Role::outcome}}};
constexpr std::array<ApplicationRow, 2> total_and_carried_over{{
    {"total", "三、本年度办理结果（七）总计", Role::total},
    {"carried_over", "四、结转下年度继续办理", Role::carried_over},
}};

template <size_t A, size_t B, size_t C>
constexpr std::array<ApplicationRow, A + B + C> join(const std::array<ApplicationRow, A>& first,
                                                     const std::array<ApplicationRow, B>& second,
                                                     const std::array<ApplicationRow, C>& third) {
  std::array<ApplicationRow, A + B + C> rows{};
  size_t i = 0;
  for (const auto& row : first) rows[i++] = row;
  for (const auto& row : second) rows[i++] = row;
  for (const auto& row : third) rows[i++] = row;
  return rows;
}

constexpr auto applications_2021 = join(received_and_outcomes, other_outcomes_2021, total_and_carried_over);
constexpr auto applications_2019 = join(received_and_outcomes, other_outcomes_2019, total_and_carried_over);

// 自然人 | 法人或其他组织: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 | 总计
constexpr std::array<Column, application_column_count> applicant_columns{{
    {"natural", "自然人", Kind::count},
    {"business", "法人或其他组织 商业企业", Kind::count},
    {"research", "法人或其他组织 科研机构", Kind::count},
    {"public_interest", "法人或其他组织 社会公益组织", Kind::count},
    {"legal_service", "法人或其他组织 法律服务机构", Kind::count},
    {"other", "法人或其他组织 其他", Kind::count},
    {"total", "总计", Kind::count},
}};

// ---- table 四 ----
constexpr std::array<AppealGroup, 3> groups{{
    {"reconsideration", "行政复议"},
    {"litigation_direct", "行政诉讼 未经复议直接起诉"},
    {"litigation_after_reconsideration", "行政诉讼 复议后起诉"},
}};
constexpr std::array<Column, 5> results{{
    {"upheld", "结果维持", Kind::count},
    {"corrected", "结果纠正", Kind::count},
    {"other", "其他结果", Kind::count},
    {"pending", "尚未审结", Kind::count},
    {"total", "总计", Kind::count},
}};

// ---- 六、其他需要报告的事项: 信息处理费 ----
constexpr std::array<Column, 2> fees_collected{{
    {"applications", "收取信息处理费的申请件数", Kind::count},
    {"amount_yuan", "收取信息处理费金额（元）", Kind::amount},
}};

}  // namespace

std::optional<ReportFormat> format_for_year(int year) {
  if (year < 2008) return std::nullopt;
  if (year <= 2018) return ReportFormat::legacy;
  if (year <= 2020) return ReportFormat::national_2019;
  return ReportFormat::national_2021;
}

std::string_view format_key(ReportFormat format) {
  switch (format) {
    case ReportFormat::legacy: return "legacy";
    case ReportFormat::national_2019: return "2019";
    case ReportFormat::national_2021: return "2021";
  }
  return "";
}

std::optional<ReportFormat> format_from_key(std::string_view key) {
  if (key == "legacy") return ReportFormat::legacy;
  if (key == "2019") return ReportFormat::national_2019;
  if (key == "2021") return ReportFormat::national_2021;
  return std::nullopt;
}

std::string_view format_document(ReportFormat format) {
  switch (format) {
    case ReportFormat::legacy: return "本机关历年年度报告结构（2008—2018年）";
    case ReportFormat::national_2019: return "国办公开办函〔2019〕60号";
    case ReportFormat::national_2021: return "国办公开办函〔2021〕30号";
  }
  return "";
}

std::span<const ProactiveRow> proactive_rows(ReportFormat format) {
  if (format == ReportFormat::national_2019) return proactive_2019;
  if (format == ReportFormat::national_2021) return proactive_2021;
  return {};
}

std::span<const ApplicationRow> application_rows(ReportFormat format) {
  if (format == ReportFormat::national_2019) return applications_2019;
  if (format == ReportFormat::national_2021) return applications_2021;
  return {};
}

std::span<const Column> application_columns() { return applicant_columns; }
std::span<const AppealGroup> appeal_groups() { return groups; }
std::span<const Column> appeal_columns() { return results; }
std::span<const Column> fees_collected_columns() { return fees_collected; }

}  // namespace gongkai::reports
