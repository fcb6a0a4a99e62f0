// gongkai/annualreport/national_narrative.cpp
#include "annualreport/national_narrative.h"

#include <fmt/format.h>

#include "annualreport/chinese_numerals.h"
#include "annualreport/quoted_figures.h"
#include "annualreport/year_comparison.h"

namespace gongkai::annualreport {
namespace {

ReportSection part(int n, const std::string& title, std::vector<std::string> paragraphs, std::string table = "") {
  return {part_heading(n, title), 1, std::move(paragraphs), std::move(table)};
}

ReportSection sub_part(int n, const std::string& title, std::vector<std::string> paragraphs) {
  return {sub_part_heading(n, title), 2, std::move(paragraphs), ""};
}

std::string figure(const PassageInput& in, const std::string& key) {
  return has_figure(in.figures, key) ? figure_value(in.figures, key) : std::string("0");
}

// 规章 and 行政规范性文件 of the year, in the words of the table's format.
std::string documents_passage(const PassageInput& in, reports::ReportFormat format) {
  const auto year = std::to_string(in.facts.year) + "年";
  if (format == reports::ReportFormat::national_2019) {
    return fmt::format("{}，{}新制作规章{}件、规范性文件{}件，新公开规章{}件、规范性文件{}件。", year, in.voice.self,
                       figure(in, "proactive.rules.made"), figure(in, "proactive.normative_docs.made"),
                       figure(in, "proactive.rules.published"), figure(in, "proactive.normative_docs.published"));
  }
  return fmt::format("{}，{}制发规章{}件、行政规范性文件{}件，废止规章{}件、行政规范性文件{}件；"
                     "截至{}12月31日，现行有效规章{}件、行政规范性文件{}件。",
                     year, in.voice.self, figure(in, "proactive.rules.issued"),
                     figure(in, "proactive.normative_docs.issued"), figure(in, "proactive.rules.repealed"),
                     figure(in, "proactive.normative_docs.repealed"), year, figure(in, "proactive.rules.in_force"),
                     figure(in, "proactive.normative_docs.in_force"));
}

std::string applications_passage(const PassageInput& in) {
  auto out = fmt::format("{}年，{}新收政府信息公开申请{}件", in.facts.year, in.voice.self, figure(in, "requests.received"));
  if (in.facts.previous_requests) {
    out += comparison_clause(in.facts.requests.received, in.facts.previous_requests->received, "件");
  }
  return out + fmt::format("，上年结转{}件；本年度办理完结{}件，结转下年度继续办理{}件。", figure(in, "requests.carried_in"),
                           figure(in, "requests.handled"), figure(in, "requests.carried_over"));
}

std::string supervision_passage(const PassageInput& in) {
  const auto complaints = figure(in, "requests.complaints");
  if (complaints == "0") return fmt::format("{}年，{}未收到涉及政府信息公开工作的投诉举报。", in.facts.year, in.voice.self);
  return fmt::format("{}年，{}收到涉及政府信息公开工作的投诉举报{}件。", in.facts.year, in.voice.self,
                     complaints);
}

std::string appeals_passage(const PassageInput& in) {
  return fmt::format("{}年，因政府信息公开申请行政复议{}件、提起行政诉讼{}件，结果见下表。", in.facts.year,
                     figure(in, "requests.reconsiderations"), figure(in, "requests.lawsuits"));
}

std::string fees_passage(const PassageInput& in) {
  const auto applications = figure(in, "fees.applications");
  if (applications == "0") return fmt::format("{}年，{}未收取信息处理费。", in.facts.year, in.voice.self);
  return fmt::format("{}年，{}依据《政府信息公开信息处理费管理办法》对{}件申请收取信息处理费共计{}元。",
                     in.facts.year, in.voice.self, applications, figure(in, "fees.amount_yuan"));
}

// What table 二 holds that is not on record (proactive_table.h).
std::string proactive_table_note(reports::ReportFormat format) {
  if (format == reports::ReportFormat::national_2019) {
    return "本机关没有行政许可等事项项目数量、行政事业性收费项目和政府集中采购的记录，表中相应栏目留空。";
  }
  return "本机关没有行政事业性收费的记录，“行政事业性收费”本年收费金额按0填报。";
}

std::vector<std::string> proactive_paragraphs(const PassageInput& in, const reports::ReportTables& tables) {
  std::vector<std::string> out{publication_passage(in), documents_passage(in, tables.format),
                               interpretation_passage(in)};
  for (auto text : {assistance_figures_passage(in), organisations_passage(in), decisions_passage(in),
                    proposals_passage(in)}) {
    if (!text.empty()) out.push_back(std::move(text));
  }
  return out;
}

}  // namespace

std::vector<ReportSection> national_sections(const PassageInput& in, const reports::ReportTables& tables) {
  std::vector<ReportSection> sections;
  sections.push_back({"", 1, preamble(in), ""});
  sections.push_back(part(1, "总体情况", {}));
  sections.push_back(sub_part(1, "主动公开", proactive_paragraphs(in, tables)));
  sections.push_back(sub_part(2, "依申请公开", {applications_passage(in)}));
  sections.push_back(sub_part(3, "政府信息管理", {organisation_passage(in), rules_passage(in)}));
  sections.push_back(sub_part(4, "平台建设", {platforms_passage(in)}));
  sections.push_back(sub_part(5, "监督保障", {supervision_passage(in), opinion_passage(in)}));
  sections.push_back(part(2, "主动公开政府信息情况",
                          {proactive_table_note(tables.format)},
                          "proactive"));
  sections.push_back(part(3, "收到和处理政府信息公开申请情况", {}, "applications"));
  sections.push_back(part(4, "政府信息公开行政复议、行政诉讼情况", {appeals_passage(in)}, "appeals"));
  sections.push_back(part(5, "存在的主要问题及改进情况",
                          {office_placeholder("本年度政府信息公开工作存在的主要问题，以及上年度问题的改进情况")}));
  sections.push_back(part(6, "其他需要报告的事项", {fees_passage(in)}, "fees"));
  return sections;
}

}  // namespace gongkai::annualreport
