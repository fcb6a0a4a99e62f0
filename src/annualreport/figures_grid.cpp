// gongkai/annualreport/figures_grid.cpp
#include "annualreport/figures_grid.h"

#include <charconv>
#include <optional>
#include <string_view>
#include <utility>

namespace gongkai::annualreport {
namespace {

// The part of the report each family of keys belongs to (quoted_figures.h).
constexpr std::pair<std::string_view, std::string_view> kParts[] = {
    {"proactive.", "主动公开"},       {"engagement.", "政策解读与回应关切"}, {"assistance.", "社会救助"},
    {"organisations.", "社会组织"},   {"proposals.", "建议提案办理"},        {"decisions.", "双公示"},
    {"services.", "政务服务"},        {"requests.", "依申请公开"},           {"fees.", "信息处理费"},
};

constexpr std::string_view kWanYuan = "万元";

std::string_view part_of(std::string_view key) {
  for (const auto& [prefix, part] : kParts) {
    if (key.substr(0, prefix.size()) == prefix) return part;
  }
  return "其他";
}

// The number at the start of `text` and what follows it; nullopt when
// `text` does not start with a number.
std::optional<std::pair<double, std::string_view>> leading_number(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end == text.data()) return std::nullopt;
  return std::pair{value, text.substr(static_cast<size_t>(end - text.data()))};
}

GridCell text_cell(std::string text, bool header = false) { return {std::move(text), 1, 1, header, std::nullopt, false}; }

}  // namespace

TableGrid figures_grid(const std::vector<QuotedFigure>& figures) {
  TableGrid grid{"figures", "报告中的统计数据", "统计数据", {1.4, 4.0, 1.4}, 1, {}};
  grid.rows.push_back({text_cell("类别", true), text_cell("项目", true), text_cell("数值", true)});
  for (const QuotedFigure& f : figures) {
    std::string label = f.label;
    GridCell value = text_cell(f.value);
    if (const auto number = leading_number(f.value); number && (number->second.empty() || number->second == kWanYuan)) {
      value.figure = true;
      value.value = number->first;
      if (!number->second.empty()) label += "（万元）";
      value.text = f.value.substr(0, f.value.size() - number->second.size());
    }
    grid.rows.push_back({text_cell(std::string(part_of(f.key))), text_cell(std::move(label)), std::move(value)});
  }
  return grid;
}

}  // namespace gongkai::annualreport
