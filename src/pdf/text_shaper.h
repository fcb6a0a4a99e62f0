// gongkai/pdf/text_shaper.h
//
// Pango on a Cairo context: turns a string and a TextStyle into lines of a
// given width (a TextBlock) and draws any of those lines at a given baseline.
// Each TextShaper owns its font map and Pango context, so renders on different
// threads share nothing. The constructor checks that the Noto CJK fonts are
// installed (std::runtime_error otherwise, naming fonts-noto-cjk); text that is
// not valid UTF-8 throws InvalidInput.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string_view>
#include <vector>

#include "pdf/block_style.h"

namespace gongkai::pdf {

struct GObjectUnref {
  void operator()(void* object) const;
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

// One line of a laid-out text: its offset from the block's left edge (indent,
// alignment) and the distance from the top of its line box to its baseline.
struct TextLine {
  PangoLayoutLine* line = nullptr;  // owned by the block's layout
  double x = 0.0;
  double top_to_baseline = 0.0;
};

// A text laid out at a width; lines are stacked at style.line_pitch.
class TextBlock {
 public:
  TextBlock(LayoutPtr layout, TextStyle style);
  int line_count() const { return static_cast<int>(lines_.size()); }
  double pitch() const { return style_.line_pitch; }
  double height() const { return line_count() * pitch(); }
  double width() const;  // of the widest line, indent included
  // Draws lines [first, last) with the top of line `first` at (left, top).
  void draw_lines(cairo_t* cairo, int first, int last, double left, double top) const;

 private:
  LayoutPtr layout_;
  TextStyle style_;
  std::vector<TextLine> lines_;
};

class TextShaper {
 public:
  explicit TextShaper(cairo_t* cairo);
  TextShaper(const TextShaper&) = delete;
  TextShaper& operator=(const TextShaper&) = delete;

  TextBlock shape(std::string_view text, const TextStyle& style, double width,
                  Alignment alignment, double first_line_indent = 0.0) const;

 private:
  std::unique_ptr<PangoFontMap, GObjectUnref> font_map_;
  std::unique_ptr<PangoContext, GObjectUnref> context_;
};

}  // namespace gongkai::pdf
