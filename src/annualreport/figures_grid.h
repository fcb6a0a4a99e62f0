// gongkai/annualreport/figures_grid.h
//
// The figures a report's text quotes (quoted_figures.h) as one table, for the
// workbook: 类别 (the part of the report), 项目 (the figure's label) and 数值.
// A count or level is a number; an amount written "3853.75万元" is the number
// 3853.75 with （万元） added to its label; a text figure (the topics of the
// 建议提案) stays text. A legacy report (2008–2018) has no national tables, so
// this is the whole of its workbook.
#pragma once

#include <vector>

#include "annualreport/report_draft.h"
#include "annualreport/table_grid.h"

namespace gongkai::annualreport {

TableGrid figures_grid(const std::vector<QuotedFigure>& figures);

}  // namespace gongkai::annualreport
