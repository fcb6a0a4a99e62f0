// gongkai/pdf/block_style.h
//
// The house styles of a 公文 as data: for each BlockStyle its typeface, size,
// line pitch, alignment, first-line indent, colour and spacing; and the styles
// of table cells and the page number. Sizes follow GB/T 9704 (正文 三号 16pt,
// 22 lines a page; 标题 二号 22pt; 页码 四号 14pt).
#pragma once

#include "pdf/official_document.h"

namespace gongkai::pdf {

enum class Typeface { kSerif, kSans };  // 宋体/仿宋-like, 黑体-like

enum class Alignment { kLeft, kCentre, kRight, kJustify };

struct TextStyle {
  Typeface typeface = Typeface::kSerif;
  bool bold = false;
  double size = 16.0;        // points
  double line_pitch = 29.0;  // points from one line's top to the next
};

struct Rgb {
  double red = 0.0;
  double green = 0.0;
  double blue = 0.0;
};

inline constexpr Rgb kBlack{0.0, 0.0, 0.0};
inline constexpr Rgb kOfficialRed{0.902, 0.0, 0.071};  // 红头 red

struct BlockLook {
  TextStyle text;
  Alignment alignment = Alignment::kJustify;
  double first_line_indent = 0.0;  // points
  double space_before = 0.0;       // points, dropped at the top of a page
  double space_after = 0.0;        // points
  Rgb colour = kBlack;
  bool keep_with_next = false;     // a heading is not left alone at a page foot
  bool keep_together = false;      // never split across pages
  bool red_rule_below = false;     // the 红头 separator line
};

BlockLook look_of(BlockStyle style);

// Table cells: serif 12pt (小四); header cells bold.
TextStyle table_cell_style(bool header);
inline constexpr double kCellPaddingX = 4.0;
inline constexpr double kCellPaddingY = 3.0;
inline constexpr double kTableRuleWidth = 0.5;
inline constexpr double kHeaderShade = 0.92;  // grey level behind header cells

TextStyle page_number_style();

// The 红头 rule: its thickness and the gaps above and below it.
inline constexpr double kRedRuleWidth = 1.5;
inline constexpr double kRedRuleGapAbove = 4.0 * 72.0 / 25.4;
inline constexpr double kRedRuleGapBelow = 29.0;

}  // namespace gongkai::pdf
