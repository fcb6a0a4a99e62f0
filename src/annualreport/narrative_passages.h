// gongkai/annualreport/narrative_passages.h
//
// The paragraphs both narratives (legacy and national) are made of, each
// drafted from the year's facts in the register of the source document
// ("全年通过吴忠市政府门户网站公开公示民政信息88条"). Every number comes from
// the quoted figures (quoted_figures.h); a passage with nothing on record
// says so plainly or is empty ("") and left out. Qualitative passages
// (organisation, rules) state only what the records show — the documents
// issued, the office, the approval rule of the workflow — and are meant to be
// completed by the office; none invents a figure.
#pragma once

#include <string>
#include <vector>

#include "annualreport/agency_voice.h"
#include "annualreport/report_draft.h"
#include "annualreport/year_facts.h"

namespace gongkai::annualreport {

struct PassageInput {
  const YearFacts& facts;
  const std::vector<QuotedFigure>& figures;
  const AgencyVoice& voice;
};

// 根据《条例》…现予发布。本报告由…编制…如对本报告有任何疑问，请与…联系（地址…）。
std::vector<std::string> preamble(const PassageInput& in);
// The leading group (a 领导小组 document of the year) and the office.
std::string organisation_passage(const PassageInput& in);
// The disclosure rules issued in the year, the approval rule, the attributes.
std::string rules_passage(const PassageInput& in);
// Consultations before policies and the interpretations after them.
std::string interpretation_passage(const PassageInput& in);
// Opinion records, the mailbox's letters and 舆情 through it.
std::string opinion_passage(const PassageInput& in);
// The portal, the news media (naming the outlets) and the other channels.
std::string publication_passage(const PassageInput& in);
// How often each programme's figures are published.
std::string assistance_schedule_passage(const PassageInput& in);
// The programmes' yearly figures ("2017年全年，我市临时救助累计救助65302人次…").
std::string assistance_figures_passage(const PassageInput& in);
// Registrations and cancellations of social organisations.
std::string organisations_passage(const PassageInput& in);
// The 双公示 decisions of the year ("" when none).
std::string decisions_passage(const PassageInput& in);
// The 政务服务 items published at the window ("" when none).
std::string service_window_passage(const PassageInput& in);
// The 建议提案 handled, per level and body, with their topics.
std::string proposals_passage(const PassageInput& in);
// Applications, appeals and complaints of the year (the legacy wording).
std::string requests_passage(const PassageInput& in);
// The channels the agency publishes on (平台建设).
std::string platforms_passage(const PassageInput& in);
// A marked placeholder for what only the office can write.
std::string office_placeholder(const std::string& what);

}  // namespace gongkai::annualreport
