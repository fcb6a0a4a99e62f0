// gongkai/pdf/paragraph_flow.h
//
// Sets one Paragraph in its BlockLook on the page flow, line by line: a
// paragraph longer than the room left continues on the next page; a heading
// (keep_with_next) moves to the next page rather than end a page alone; the
// letterhead (红头) is never split and is followed by its red rule.
#pragma once

#include "pdf/official_document.h"
#include "pdf/page_flow.h"
#include "pdf/text_shaper.h"

namespace gongkai::pdf {

void flow_paragraph(PageFlow& flow, const TextShaper& shaper, const Paragraph& paragraph);

}  // namespace gongkai::pdf
