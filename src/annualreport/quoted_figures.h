// gongkai/annualreport/quoted_figures.h
//
// The figures the report's text quotes, each under a stable key, its value
// written exactly as the text writes it (counts as digits, amounts as
// "3853.75万元" with trailing zeros dropped, levels as "365.64"). The keys:
//   proactive.portal, proactive.media, proactive.channel.<channel key>
//   proactive.<rules|normative_docs>.<column>   (national formats, table 二)
//   proactive.<licensing|penalty|coercion>.decisions
//   engagement.consultations, .consultation_comments, .consultation_adopted,
//   engagement.interpretations, .letters, .letters_replied, .opinions,
//   engagement.opinions_responded, .opinions_reported, .opinions_mailbox
//   assistance.<programme key>.<person_times|headcount|amount|level>
//   organisations.<kind key>.<registered|cancelled>   (non-zero ones)
//   proposals.<npc|cppcc>.<region|city>.items, .topics (the topics, joined)
//   decisions.<licensing|penalty|coercion>   (双公示 decisions of the year)
//   services.items, services.licensing         (政务服务 items published by 31 December)
//   requests.received, .reconsiderations, .lawsuits, .complaints
//   requests.handled, .carried_over, fees.applications, fees.amount_yuan (national)
// Narratives take every number they print from here (figure_value), so the
// text and the figures cannot disagree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annualreport/report_draft.h"
#include "annualreport/year_facts.h"
#include "core/money.h"

namespace gongkai::annualreport {

std::vector<QuotedFigure> quote_figures(const YearFacts& facts, const std::optional<reports::ReportTables>& tables);

// The value under `key`; std::out_of_range when the draft has no such figure.
const std::string& figure_value(const std::vector<QuotedFigure>& figures, const std::string& key);
bool has_figure(const std::vector<QuotedFigure>& figures, const std::string& key);

// "14556" / "3853.75" (万元, two decimals at most, trailing zeros dropped).
std::string wan_yuan_text(Fen amount);

// "a", "a和b", "a、b和c" — how the text lists things.
std::string join_chinese(const std::vector<std::string>& parts);

}  // namespace gongkai::annualreport
