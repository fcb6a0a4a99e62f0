// gongkai/annualreport/figures_in_step.h
//
// Keeping the figures a stored text quotes in step with the records (数字与
// 数据一致). A stored figure whose value differs from the same key in a fresh
// draft is a drift, shown with both values; publication is refused while
// there is one. bring_in_step replaces each drifted value in the paragraphs
// — only where it stands as a whole number (not inside 1988 or 0.88), and
// only when no other figure is written the same way but moves differently;
// the rest is left for the office to change by hand and listed as such.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annualreport/report_draft.h"

namespace gongkai::annualreport {

struct FigureDrift {
  std::string key;
  std::string label;
  std::string written;  // as the stored text quotes it
  std::string current;  // as a fresh draft computes it
};

// The drifted figures, in the stored order. A figure the fresh draft no
// longer has is not a drift (nothing to compare with).
std::vector<FigureDrift> figures_out_of_step(const std::vector<QuotedFigure>& stored,
                                             const std::vector<QuotedFigure>& fresh);

// True when the fresh tables differ from the stored ones in any cell.
bool tables_out_of_step(const std::optional<reports::ReportTables>& stored,
                        const std::optional<reports::ReportTables>& fresh);

struct FiguresUpdate {
  std::vector<ReportSection> sections;  // with the values replaced
  std::vector<QuotedFigure> figures;    // every stored figure at its current value
  std::vector<std::string> replaced;    // labels of the figures replaced in the text
  std::vector<std::string> by_hand;     // labels the office must check by hand
};

FiguresUpdate bring_in_step(const std::vector<ReportSection>& sections, const std::vector<QuotedFigure>& stored,
                            const std::vector<QuotedFigure>& fresh);

// Replaces every occurrence of `from` that stands alone as a number (the
// characters around it are not digits or a decimal point) by `to`; returns
// how many were replaced.
int replace_figure(std::string& text, const std::string& from, const std::string& to);

}  // namespace gongkai::annualreport
