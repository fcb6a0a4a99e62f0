// gongkai/portal/svg_line_chart.h
//
// A line chart drawn on the server as inline SVG (no script): one line per
// series over shared x labels (the periods), a y axis from zero with round
// ticks, a legend, and for accessibility role="img" with <title> and <desc>
// referenced by aria-labelledby, plus a <title> on every point stating its
// period and value, so the numbers are in the markup as well as in the data
// table the page shows beside the chart. Missing values leave a gap.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace gongkai::portal {

struct ChartSeries {
  std::string name;                         // "城市低保"
  std::vector<std::optional<double>> values;  // one per label
};

struct LineChart {
  std::string id;           // unique on the page: "chart-persons"
  std::string title;        // "2017年城乡低保月保障人数"
  std::string description;  // one or two sentences summarising the data
  std::string unit;         // "人", "元/人·月"
  int decimals = 0;         // of the values printed in point titles and ticks
  std::vector<std::string> labels;  // x: "1月" … "12月"
  std::vector<ChartSeries> series;
};

// The <svg> element (UTF-8 text, every text escaped).
std::string render_line_chart_svg(const LineChart& chart);

}  // namespace gongkai::portal
