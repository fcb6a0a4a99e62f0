#include "pdf/paragraph_flow.h"

#include <algorithm>

#include "pdf/block_style.h"
#include "pdf/page_geometry.h"

namespace gongkai::pdf {

namespace {

void set_colour(cairo_t* cairo, const Rgb& colour) {
  cairo_set_source_rgb(cairo, colour.red, colour.green, colour.blue);
}

void draw_red_rule(PageFlow& flow) {
  cairo_t* cairo = flow.cairo();
  const double rule_y = flow.y() + kRedRuleGapAbove;
  set_colour(cairo, kOfficialRed);
  cairo_set_line_width(cairo, kRedRuleWidth);
  cairo_move_to(cairo, kTextLeft, rule_y);
  cairo_line_to(cairo, kTextLeft + kTextWidth, rule_y);
  cairo_stroke(cairo);
  flow.advance(kRedRuleGapAbove + kRedRuleWidth);
  flow.skip(kRedRuleGapBelow);
}

// The height that must fit before the first line is set.
double first_step(const BlockLook& look, const TextBlock& text) {
  if (look.keep_together) {
    const double rule = look.red_rule_below ? kRedRuleGapAbove + kRedRuleWidth : 0.0;
    return text.height() + rule;
  }
  const double next_line = look.keep_with_next ? kBodyLinePitch : 0.0;
  const int kept_lines = look.keep_with_next ? text.line_count() : 1;
  return kept_lines * text.pitch() + next_line;
}

}  // namespace

void flow_paragraph(PageFlow& flow, const TextShaper& shaper, const Paragraph& paragraph) {
  const BlockLook look = look_of(paragraph.style);
  const TextBlock text = shaper.shape(paragraph.text, look.text, kTextWidth, look.alignment,
                                      look.first_line_indent);
  flow.skip(look.space_before);
  flow.make_room(std::min(first_step(look, text), kTextHeight));
  set_colour(flow.cairo(), look.colour);
  for (int line = 0; line < text.line_count(); ++line) {
    flow.make_room(text.pitch());
    text.draw_lines(flow.cairo(), line, line + 1, kTextLeft, flow.y());
    flow.advance(text.pitch());
  }
  if (look.red_rule_below) draw_red_rule(flow);
  flow.skip(look.space_after);
}

}  // namespace gongkai::pdf
