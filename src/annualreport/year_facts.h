// gongkai/annualreport/year_facts.h
//
// Everything the annual report of one agency and year states, gathered from
// the records of every module once: publications per channel (workflow),
// consultations, interpretations, letters and opinion records (engagement),
// the disclosure rules issued (catalogue, category 公开制度), the key areas
// (social assistance per programme, the social-organisation registry,
// 建议提案), the 双公示 decisions, applications, appeals and complaints, and, where the previous
// year is wholly on record (year_comparison.h), the previous year's counts.
// No text here: quoted_figures.h formats, the narratives write.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "annualreport/annual_queries.h"
#include "credit/decision_tally.h"
#include "keyareas/assistance_yearly.h"
#include "keyareas/social_organisation_tally.h"
#include "org/agency.h"
#include "proposals/proposal_tally.h"
#include "store/database.h"
#include "workflow/workflow_queries.h"

namespace gongkai::annualreport {

// The category whose items are the agency's disclosure rules (公开制度).
inline constexpr const char* kDisclosureRulesCategory = "gkzd";

struct YearFacts {
  org::Agency agency;
  int year = 0;
  workflow::PublicationCounts publications;
  std::vector<std::string> media_outlets;  // 吴忠日报, 《宁夏双拥》 … most used first
  std::optional<workflow::PublicationCounts> previous_publications;
  std::vector<ConsultationFact> consultations;
  std::vector<std::string> interpreted_policies;
  LetterFacts letters;
  std::optional<LetterFacts> previous_letters;
  OpinionFacts opinions;
  std::vector<DocumentTitle> disclosure_rules;  // 公开制度 written in the year
  std::vector<keyareas::YearlyFigures> assistance;
  keyareas::OrganisationTally organisations;
  proposals::ProposalTally proposals;
  credit::DecisionTally decisions{};  // 双公示: 行政许可, 行政处罚, 行政强制 decided in the year
  ServiceItemCounts service_items;  // 政务服务 items published by 31 December
  RequestCounts requests;
  std::optional<RequestCounts> previous_requests;
};

YearFacts gather_year_facts(store::Connection& connection, const org::Agency& agency, int year);

}  // namespace gongkai::annualreport
