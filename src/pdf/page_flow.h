// gongkai/pdf/page_flow.h
//
// The run of pages a document flows down: where the next block starts on the
// current page (a y position inside the text block of page_geometry.h), how
// much room is left, and turning the page, which stamps the page number
// "- N -" (四号, centred, 7mm under the text block) when asked to.
#pragma once

#include <cairo.h>

#include "pdf/text_shaper.h"

namespace gongkai::pdf {

class PageFlow {
 public:
  PageFlow(cairo_t* cairo, const TextShaper& shaper, bool page_numbers);

  cairo_t* cairo() const { return cairo_; }
  double y() const { return y_; }
  double room() const;                      // points left above the text block's foot
  bool fits(double height) const;           // within rounding slack
  bool page_is_empty() const { return page_is_empty_; }
  int page_number() const { return page_number_; }

  // Moves down by height, marking the page as used.
  void advance(double height);
  // Moves down by a gap (spacing); at the top of a page, or where it would
  // run past the foot, the gap is dropped.
  void skip(double gap);
  // A new page unless the current one is still empty.
  void break_page();
  // Breaks the page when height does not fit on the current (used) page.
  void make_room(double height);
  // Ends the last page; call once after the last block.
  void finish();

 private:
  void end_page();
  void draw_page_number() const;

  cairo_t* cairo_;
  const TextShaper& shaper_;
  bool page_numbers_;
  int page_number_ = 1;
  double y_;
  bool page_is_empty_ = true;
};

}  // namespace gongkai::pdf
