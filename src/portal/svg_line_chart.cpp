#include "portal/svg_line_chart.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/html_escape.h"

namespace gongkai::portal {
namespace {

constexpr double kWidth = 720;
constexpr double kHeight = 320;
constexpr double kLeft = 72;
constexpr double kRight = 16;
constexpr double kTop = 40;
constexpr double kBottom = 48;
constexpr int kTicks = 5;
// Colours distinguishable in grey-scale and by colour-blind readers, with a
// dash pattern as well for the second and third series.
constexpr const char* kColours[] = {"#1f5fa8", "#c2571a", "#2e7d32", "#6a3d9a"};
constexpr const char* kDashes[] = {"", "6 3", "2 3", "8 3 2 3"};

// 1, 2 or 5 × 10^n at or above `raw`.
double nice_step(double raw) {
  if (raw <= 0) return 1;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * magnitude >= raw) return m * magnitude;
  }
  return 10 * magnitude;
}

std::string number(double value, int decimals) {
  std::string text = fmt::format("{:.{}f}", value, decimals);
  // Group thousands of the integer part.
  const size_t dot = text.find('.');
  size_t end = dot == std::string::npos ? text.size() : dot;
  const size_t begin = text[0] == '-' ? 1 : 0;
  for (size_t i = end; i > begin + 3; i -= 3) text.insert(i - 3, ",");
  return text;
}

std::string coordinate(double v) { return fmt::format("{:.1f}", v); }

}  // namespace

std::string render_line_chart_svg(const LineChart& chart) {
  double top = 0;
  for (const auto& s : chart.series) {
    for (const auto& v : s.values) {
      if (v) top = std::max(top, *v);
    }
  }
  const double step = nice_step(top / kTicks);
  const double y_max = step * kTicks;
  const double plot_w = kWidth - kLeft - kRight;
  const double plot_h = kHeight - kTop - kBottom;
  const size_t n = chart.labels.size();
  auto x_at = [&](size_t i) { return kLeft + (n <= 1 ? plot_w / 2 : plot_w * static_cast<double>(i) / (n - 1)); };
  auto y_at = [&](double v) { return kTop + plot_h - (y_max > 0 ? plot_h * v / y_max : 0); };

  const std::string title_id = chart.id + "-title";
  const std::string desc_id = chart.id + "-desc";
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" "
      "aria-labelledby=\"{} {}\">\n<title id=\"{}\">{}</title>\n<desc id=\"{}\">{}</desc>\n",
      escape_html(chart.id), kWidth, kHeight, title_id, desc_id, title_id, escape_html(chart.title), desc_id,
      escape_html(chart.description));
  // Axes, grid and ticks.
  svg += "<g class=\"chart-axes\" font-size=\"12\" fill=\"#333\">\n";
  for (int t = 0; t <= kTicks; ++t) {
    const double value = step * t;
    const std::string y = coordinate(y_at(value));
    svg += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#ddd\"/>", kLeft, y, kWidth - kRight, y);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>\n",
                       kLeft - 6, y, number(value, step < 1 ? chart.decimals : 0));
  }
  for (size_t i = 0; i < n; ++i) {
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", coordinate(x_at(i)),
                       kHeight - kBottom + 18, escape_html(chart.labels[i]));
  }
  svg += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", 8, kTop - 16, escape_html("单位：" + chart.unit));
  svg += "</g>\n";
  // The series: a polyline per run of present values, a point per value.
  for (size_t s = 0; s < chart.series.size(); ++s) {
    const auto& series = chart.series[s];
    const char* colour = kColours[s % std::size(kColours)];
    const char* dash = kDashes[s % std::size(kDashes)];
    svg += fmt::format("<g class=\"chart-series\" data-series=\"{}\">\n", escape_html(series.name));
    std::string points;
    auto flush = [&] {
      if (points.empty()) return;
      svg += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{} points=\"{}\"/>\n", colour,
                         *dash ? fmt::format(" stroke-dasharray=\"{}\"", dash) : "", points);
      points.clear();
    };
    for (size_t i = 0; i < n && i < series.values.size(); ++i) {
      if (!series.values[i]) {
        flush();
        continue;
      }
      points += (points.empty() ? "" : " ") + coordinate(x_at(i)) + "," + coordinate(y_at(*series.values[i]));
    }
    flush();
    for (size_t i = 0; i < n && i < series.values.size(); ++i) {
      if (!series.values[i]) continue;
      svg += fmt::format(
          "<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{}\"><title>{}</title></circle>\n", coordinate(x_at(i)),
          coordinate(y_at(*series.values[i])), colour,
          escape_html(series.name + " " + chart.labels[i] + "：" + number(*series.values[i], chart.decimals) + chart.unit));
    }
    svg += "</g>\n";
  }
  // Legend.
  svg += "<g class=\"chart-legend\" font-size=\"12\" fill=\"#333\">\n";
  double legend_x = kLeft;
  for (size_t s = 0; s < chart.series.size(); ++s) {
    const char* colour = kColours[s % std::size(kColours)];
    const char* dash = kDashes[s % std::size(kDashes)];
    svg += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2\"{}/>",
                       legend_x, kHeight - 12, legend_x + 24, kHeight - 12, colour,
                       *dash ? fmt::format(" stroke-dasharray=\"{}\"", dash) : "");
    svg += fmt::format("<text x=\"{}\" y=\"{}\" dominant-baseline=\"middle\">{}</text>\n", legend_x + 30,
                       kHeight - 12, escape_html(chart.series[s].name));
    legend_x += 40 + 14.0 * static_cast<double>(chart.series[s].name.size() / 3 + 1);
  }
  svg += "</g>\n</svg>\n";
  return svg;
}

}  // namespace gongkai::portal
