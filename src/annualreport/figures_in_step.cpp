// gongkai/annualreport/figures_in_step.cpp
#include "annualreport/figures_in_step.h"

#include <map>

#include "reports/report_json.h"

namespace gongkai::annualreport {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The match at [begin, end) is a whole number in the text around it.
bool stands_alone(const std::string& text, size_t begin, size_t end) {
  if (begin > 0) {
    const char before = text[begin - 1];
    if (is_digit(before) || before == '.') return false;
  }
  if (end < text.size()) {
    const char after = text[end];
    if (is_digit(after)) return false;
    if (after == '.' && end + 1 < text.size() && is_digit(text[end + 1])) return false;
  }
  return true;
}

const QuotedFigure* find_figure(const std::vector<QuotedFigure>& figures, const std::string& key) {
  for (const auto& f : figures) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

// A written value may be replaced when every stored figure written so moves to one same value.
bool unambiguous(const std::vector<QuotedFigure>& stored, const std::vector<QuotedFigure>& fresh,
                 const FigureDrift& drift) {
  for (const auto& other : stored) {
    if (other.value != drift.written || other.key == drift.key) continue;
    const QuotedFigure* now = find_figure(fresh, other.key);
    if (!now || now->value != drift.current) return false;
  }
  return true;
}

int replace_in_sections(std::vector<ReportSection>& sections, const std::string& from, const std::string& to) {
  int count = 0;
  for (auto& section : sections) {
    for (auto& paragraph : section.paragraphs) count += replace_figure(paragraph, from, to);
  }
  return count;
}

// 0 → "A", 25 → "Z", 26 → "BA": no digit, so a marker never looks like a figure.
std::string letters(size_t index) {
  std::string out;
  do {
    out.insert(out.begin(), static_cast<char>('A' + index % 26));
    index /= 26;
  } while (index > 0);
  return out;
}

}  // namespace

int replace_figure(std::string& text, const std::string& from, const std::string& to) {
  if (from.empty()) return 0;
  int count = 0;
  size_t position = 0;
  while ((position = text.find(from, position)) != std::string::npos) {
    if (!stands_alone(text, position, position + from.size())) {
      position += from.size();
      continue;
    }
    text.replace(position, from.size(), to);
    position += to.size();
    ++count;
  }
  return count;
}

std::vector<FigureDrift> figures_out_of_step(const std::vector<QuotedFigure>& stored,
                                             const std::vector<QuotedFigure>& fresh) {
  std::vector<FigureDrift> drifts;
  for (const auto& figure : stored) {
    const QuotedFigure* now = find_figure(fresh, figure.key);
    if (!now || now->value == figure.value) continue;
    drifts.push_back({figure.key, figure.label, figure.value, now->value});
  }
  return drifts;
}

bool tables_out_of_step(const std::optional<reports::ReportTables>& stored,
                        const std::optional<reports::ReportTables>& fresh) {
  if (stored.has_value() != fresh.has_value()) return true;
  if (!stored) return false;
  return reports::write_report_json(*stored) != reports::write_report_json(*fresh);
}

FiguresUpdate bring_in_step(const std::vector<ReportSection>& sections, const std::vector<QuotedFigure>& stored,
                            const std::vector<QuotedFigure>& fresh) {
  FiguresUpdate update{sections, stored, {}, {}};
  // Each written value goes to a marker first, then markers to the new
  // values, so that 88→90 and 90→95 in one update do not chain.
  std::map<std::string, std::string> marker_of;  // written value → marker ("" = not found in the text)
  std::vector<std::pair<std::string, std::string>> markers;  // marker → current value
  for (const auto& drift : figures_out_of_step(stored, fresh)) {
    for (auto& figure : update.figures) {
      if (figure.key == drift.key) figure.value = drift.current;
    }
    if (!unambiguous(stored, fresh, drift)) {
      update.by_hand.push_back(drift.label);
      continue;
    }
    if (!marker_of.contains(drift.written)) {
      const std::string marker = "\x01" + letters(markers.size()) + "\x02";
      const bool found = replace_in_sections(update.sections, drift.written, marker) > 0;
      marker_of[drift.written] = found ? marker : "";
      if (found) markers.emplace_back(marker, drift.current);
    }
    if (marker_of[drift.written].empty()) update.by_hand.push_back(drift.label);
    else update.replaced.push_back(drift.label);
  }
  for (auto& section : update.sections) {
    for (auto& paragraph : section.paragraphs) {
      for (const auto& [marker, value] : markers) {
        for (size_t at = paragraph.find(marker); at != std::string::npos; at = paragraph.find(marker, at + value.size())) {
          paragraph.replace(at, marker.size(), value);
        }
      }
    }
  }
  return update;
}

}  // namespace gongkai::annualreport
