// gongkai/annualreport/report_content_json.h
//
// The stored form of a report's text and quoted figures: JSON arrays, as the
// columns sections_json and figures_json hold them.
//   sections: [{"heading": "一、概述", "level": 1, "paragraphs": ["…"], "table": ""}]
//   figures:  [{"key": "proactive.channel.portal", "label": "…", "value": "88"}]
// The readers throw InvalidInput for text that is not of this shape.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annualreport/report_draft.h"

namespace gongkai::annualreport {

std::string sections_to_json(const std::vector<ReportSection>& sections);
std::vector<ReportSection> sections_from_json(std::string_view text);

std::string figures_to_json(const std::vector<QuotedFigure>& figures);
std::vector<QuotedFigure> figures_from_json(std::string_view text);

}  // namespace gongkai::annualreport
