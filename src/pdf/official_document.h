// gongkai/pdf/official_document.h
//
// Official documents (公文) typeset to A4 PDF: reply letters (答复书), the annual
// report. A Document is a flow of blocks (paragraphs in the house styles of
// GB/T 9704, bordered tables, page breaks); render_pdf lays them out on A4
// pages with the GB/T 9704 margins, breaking long paragraphs and tables across
// pages (a table repeats its header rows on each page), and numbers the pages
// "- 1 -" at the foot. Text is plain UTF-8 (no markup). Fonts: Noto Serif CJK SC
// and Noto Sans CJK SC (Debian fonts-noto-cjk), found through fontconfig.
//
// render_pdf throws gongkai::InvalidInput for a document that cannot be laid
// out (a table row whose cells do not fill the columns, text that is not
// UTF-8, a merged cell taller than a page) and std::runtime_error when the
// fonts are missing. It is thread-safe: each call has its own font map and
// surface.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace gongkai::pdf {

enum class BlockStyle {
  kTitle,       // 公文标题: centred, serif bold 22pt
  kHeading1,    // 一级标题 "一、概述": sans bold (黑体-like) 16pt
  kHeading2,    // 二级标题 "（一）组织领导": serif bold 16pt
  kBody,        // 正文: serif 16pt, first-line indent of 2 characters, justified
  kPlain,       // no indent, e.g. the addressee line (主送) "张*："
  kRight,       // right-aligned: signature (署名) and date (成文日期)
  kLetterhead,  // 红头: the agency name in red, large, centred, then a red rule
};

struct Paragraph {
  BlockStyle style = BlockStyle::kBody;
  std::string text;
};

struct TableCell {
  std::string text;
  int colspan = 1;
  int rowspan = 1;
  bool header = false;       // bold, centred, shaded
  bool align_right = false;  // figures
};

// A bordered table (thin black lines on every cell) across the text width;
// column widths are proportional to column_weights. Text wraps in cells. The
// first header_rows rows are repeated at the top of each page the table
// continues on. Every row's cells, with their spans and the cells merged down
// from rows above, must fill exactly column_weights.size() columns.
struct Table {
  std::vector<double> column_weights;
  std::vector<std::vector<TableCell>> rows;
  int header_rows = 1;
};

struct PageBreak {};

using Block = std::variant<Paragraph, Table, PageBreak>;

struct Document {
  std::string title;   // PDF metadata title
  std::string author;  // PDF metadata author (the agency)
  std::vector<Block> blocks;
  bool page_numbers = true;  // "- 1 -" centred at the foot of each page
};

// The PDF bytes.
std::string render_pdf(const Document& document);

}  // namespace gongkai::pdf
