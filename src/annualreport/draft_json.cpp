// gongkai/annualreport/draft_json.cpp
#include "annualreport/draft_json.h"

#include <nlohmann/json.hpp>

#include "reports/report_json.h"

namespace gongkai::annualreport {
namespace {

using Json = nlohmann::ordered_json;

Json figures_json(const ReportDraft& draft) {
  Json out = Json::array();
  for (const auto& figure : draft.figures) {
    out.push_back({{"key", figure.key}, {"label", figure.label}, {"value", figure.value}});
  }
  return out;
}

Json sections_json(const ReportDraft& draft) {
  Json out = Json::array();
  for (const auto& section : draft.sections) {
    out.push_back({{"heading", section.heading},
                   {"level", section.level},
                   {"paragraphs", section.paragraphs},
                   {"table", section.table}});
  }
  return out;
}

}  // namespace

std::string draft_json(const ReportDraft& draft) {
  Json out;
  if (draft.tables) {
    out = Json::parse(reports::write_report_json(*draft.tables));
  } else {
    out["format"] = std::string(reports::format_key(draft.format));
    out["agency"] = draft.agency_name;
    out["year"] = draft.year;
  }
  out["figures"] = figures_json(draft);
  out["sections"] = sections_json(draft);
  return out.dump(2) + "\n";
}

}  // namespace gongkai::annualreport
