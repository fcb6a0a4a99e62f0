// gongkai/annualreport/legacy_narrative.cpp
#include "annualreport/legacy_narrative.h"

#include "annualreport/chinese_numerals.h"

namespace gongkai::annualreport {
namespace {

ReportSection part(int n, const std::string& title, std::vector<std::string> paragraphs = {}) {
  return {part_heading(n, title), 1, std::move(paragraphs), ""};
}

ReportSection sub_part(int n, const std::string& title, std::vector<std::string> paragraphs) {
  return {sub_part_heading(n, title), 2, std::move(paragraphs), ""};
}

// 二、重点领域: one sub-part per key area with something to say.
void add_key_areas(std::vector<ReportSection>& sections, const PassageInput& in) {
  sections.push_back(part(2, "重点领域政府信息公开情况"));
  int n = 0;
  const auto schedule = assistance_schedule_passage(in);
  if (!schedule.empty()) {
    sections.push_back(sub_part(++n, "积极推进社会救助信息公开", {schedule, assistance_figures_passage(in)}));
  }
  const auto organisations = organisations_passage(in);
  if (!organisations.empty()) sections.push_back(sub_part(++n, "积极推动社会组织信息公开", {organisations}));
  const auto decisions = decisions_passage(in);
  if (!decisions.empty()) sections.push_back(sub_part(++n, "积极推动“双公示”工作", {decisions}));
  const auto window = service_window_passage(in);
  if (!window.empty()) sections.push_back(sub_part(++n, "加强行政审批服务窗口管理", {window}));
  if (n == 0) sections.back().paragraphs.push_back(office_placeholder("本年度重点领域政府信息公开情况"));
}

}  // namespace

std::vector<ReportSection> legacy_sections(const PassageInput& in) {
  std::vector<ReportSection> sections;
  sections.push_back({"", 1, preamble(in), ""});
  sections.push_back(part(1, "概述"));
  sections.push_back(sub_part(1, "组织领导", {organisation_passage(in)}));
  sections.push_back(sub_part(2, "制度机制建设情况", {rules_passage(in)}));
  sections.push_back(sub_part(3, "政策解读及热点舆情回应情况", {interpretation_passage(in), opinion_passage(in)}));
  add_key_areas(sections, in);
  sections.push_back(part(3, "政府信息主动公开情况", {publication_passage(in)}));
  sections.push_back(part(4, "人大代表建议和政协提案办理结果公开情况", {proposals_passage(in)}));
  sections.push_back(part(5, "依申请公开政府信息和因政府信息公开申请行政复议、提起行政诉讼、收到投诉举报情况",
                          {requests_passage(in)}));
  sections.push_back(part(6, "政府信息公开存在的主要问题及改进措施",
                          {office_placeholder("本年度政府信息公开工作存在的主要问题，以及下一步的改进措施")}));
  return sections;
}

}  // namespace gongkai::annualreport
