#include "pdf/block_style.h"

#include "pdf/page_geometry.h"

namespace gongkai::pdf {

namespace {

constexpr double kBodySize = 16.0;
constexpr double kIndentTwoCharacters = 2.0 * kBodySize;

TextStyle body_text(Typeface typeface, bool bold) {
  return TextStyle{typeface, bold, kBodySize, kBodyLinePitch};
}

}  // namespace

BlockLook look_of(BlockStyle style) {
  BlockLook look;
  switch (style) {
    case BlockStyle::kTitle:
      look.text = TextStyle{Typeface::kSerif, true, 22.0, 22.0 * 1.6};
      look.alignment = Alignment::kCentre;
      look.space_after = kBodyLinePitch;  // one blank line under the title
      look.keep_with_next = true;
      return look;
    case BlockStyle::kHeading1:
      look.text = body_text(Typeface::kSans, true);
      look.alignment = Alignment::kLeft;
      look.first_line_indent = kIndentTwoCharacters;
      look.keep_with_next = true;
      return look;
    case BlockStyle::kHeading2:
      look.text = body_text(Typeface::kSerif, true);
      look.alignment = Alignment::kLeft;
      look.first_line_indent = kIndentTwoCharacters;
      look.keep_with_next = true;
      return look;
    case BlockStyle::kBody:
      look.text = body_text(Typeface::kSerif, false);
      look.alignment = Alignment::kJustify;
      look.first_line_indent = kIndentTwoCharacters;
      return look;
    case BlockStyle::kPlain:
      look.text = body_text(Typeface::kSerif, false);
      look.alignment = Alignment::kJustify;
      return look;
    case BlockStyle::kRight:
      look.text = body_text(Typeface::kSerif, false);
      look.alignment = Alignment::kRight;
      return look;
    case BlockStyle::kLetterhead:
      look.text = TextStyle{Typeface::kSerif, true, 30.0, 30.0 * 1.4};
      look.alignment = Alignment::kCentre;
      look.colour = kOfficialRed;
      look.keep_together = true;
      look.red_rule_below = true;
      return look;
  }
  return look;
}

TextStyle table_cell_style(bool header) {
  return TextStyle{Typeface::kSerif, header, 12.0, 18.0};
}

TextStyle page_number_style() {
  return TextStyle{Typeface::kSerif, false, 14.0, 14.0 * 1.5};
}

}  // namespace gongkai::pdf
