#include "pdf/page_flow.h"

#include <string>

#include "pdf/block_style.h"
#include "pdf/page_geometry.h"

namespace gongkai::pdf {

PageFlow::PageFlow(cairo_t* cairo, const TextShaper& shaper, bool page_numbers)
    : cairo_(cairo), shaper_(shaper), page_numbers_(page_numbers), y_(kTextTop) {}

double PageFlow::room() const { return kTextBottom - y_; }

bool PageFlow::fits(double height) const { return height <= room() + kFitTolerance; }

void PageFlow::advance(double height) {
  y_ += height;
  page_is_empty_ = false;
}

void PageFlow::skip(double gap) {
  if (page_is_empty_) return;
  if (!fits(gap)) {
    y_ = kTextBottom;
    return;
  }
  y_ += gap;
}

void PageFlow::break_page() {
  if (page_is_empty_) return;
  end_page();
  ++page_number_;
  y_ = kTextTop;
  page_is_empty_ = true;
}

void PageFlow::make_room(double height) {
  if (!fits(height)) break_page();
}

void PageFlow::finish() { end_page(); }

void PageFlow::end_page() {
  if (page_numbers_) draw_page_number();
  cairo_show_page(cairo_);
}

// "- N -": dash, half a character of space, the number, space, dash. Set as
// three pieces so that the gaps are real distances on the page (a text
// extractor reads them as spaces) and do not depend on the font's space.
void PageFlow::draw_page_number() const {
  const TextStyle style = page_number_style();
  const double gap = style.size / 2.0;
  const TextBlock dash = shaper_.shape("-", style, kTextWidth, Alignment::kLeft);
  const TextBlock number =
      shaper_.shape(std::to_string(page_number_), style, kTextWidth, Alignment::kLeft);
  const double total = 2.0 * dash.width() + 2.0 * gap + number.width();
  const double top = kTextBottom + kPageNumberGap;
  double x = kTextLeft + (kTextWidth - total) / 2.0;
  cairo_set_source_rgb(cairo_, 0.0, 0.0, 0.0);
  dash.draw_lines(cairo_, 0, 1, x, top);
  x += dash.width() + gap;
  number.draw_lines(cairo_, 0, 1, x, top);
  x += number.width() + gap;
  dash.draw_lines(cairo_, 0, 1, x, top);
}

}  // namespace gongkai::pdf
