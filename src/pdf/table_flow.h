// gongkai/pdf/table_flow.h
//
// Sets a Table on the page flow: columns share the text width by weight, each
// row is as tall as its tallest cell, every cell is boxed with a thin black
// rule. Rows bound by a rowspan stay on one page; when the table continues on
// a new page its header rows are drawn again first. A single row taller than
// a page is split between its text lines, so no text is lost; rows merged by
// a rowspan that together exceed a page throw InvalidInput, as does a table
// that place_cells rejects.
#pragma once

#include "pdf/official_document.h"
#include "pdf/page_flow.h"
#include "pdf/text_shaper.h"

namespace gongkai::pdf {

void flow_table(PageFlow& flow, const TextShaper& shaper, const Table& table);

}  // namespace gongkai::pdf
