// gongkai/annualreport/report_content_json.cpp
#include "annualreport/report_content_json.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"

namespace gongkai::annualreport {
namespace {

nlohmann::json parse_array(std::string_view text, const char* what) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_array()) throw InvalidInput(std::string("年度报告的") + what + "无法读取");
  return json;
}

}  // namespace

std::string sections_to_json(const std::vector<ReportSection>& sections) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : sections) {
    out.push_back({{"heading", s.heading}, {"level", s.level}, {"paragraphs", s.paragraphs}, {"table", s.table}});
  }
  return out.dump();
}

std::vector<ReportSection> sections_from_json(std::string_view text) {
  std::vector<ReportSection> sections;
  try {
    for (const auto& s : parse_array(text, "正文")) {
      sections.push_back({s.at("heading").get<std::string>(), s.at("level").get<int>(),
                          s.at("paragraphs").get<std::vector<std::string>>(), s.value("table", "")});
    }
  } catch (const nlohmann::json::exception&) {
    throw InvalidInput("年度报告的正文无法读取");
  }
  return sections;
}

std::string figures_to_json(const std::vector<QuotedFigure>& figures) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : figures) out.push_back({{"key", f.key}, {"label", f.label}, {"value", f.value}});
  return out.dump();
}

std::vector<QuotedFigure> figures_from_json(std::string_view text) {
  std::vector<QuotedFigure> figures;
  try {
    for (const auto& f : parse_array(text, "引用数字")) {
      figures.push_back({f.at("key").get<std::string>(), f.at("label").get<std::string>(),
                         f.at("value").get<std::string>()});
    }
  } catch (const nlohmann::json::exception&) {
    throw InvalidInput("年度报告的引用数字无法读取");
  }
  return figures;
}

}  // namespace gongkai::annualreport
