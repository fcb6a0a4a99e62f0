// Tables rendered and read back: cell text, spans, a table over several pages
// repeating its header, a cell taller than a page, malformed tables refused.
#include <gtest/gtest.h>

#include <string>

#include "core/errors.h"
#include "pdf/official_document.h"
#include "pdf/pdf_probe_support.h"

namespace gongkai::pdf {
namespace {

using testing::PdfProbe;
using testing::run_together;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

int count(const std::string& haystack, const std::string& needle) {
  int found = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++found;
  }
  return found;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

TableCell header(std::string text) { return TableCell{std::move(text), 1, 1, true}; }
TableCell cell(std::string text) { return TableCell{std::move(text)}; }

Document with_table(Table table) {
  Document document;
  document.blocks.push_back(std::move(table));
  return document;
}

// 序号 | 事项名称 | 办理时限, then n rows 01 | 事项01 | 20个工作日.
Table service_items(int n) {
  Table table{{1.0, 4.0, 2.0}, {{header("序号"), header("事项名称"), header("办理时限")}}, 1};
  for (int i = 1; i <= n; ++i) {
    table.rows.push_back({cell(two_digits(i)), cell("事项" + two_digits(i)),
                          TableCell{"20个工作日", 1, 1, false, true}});
  }
  return table;
}

TEST(PdfTable, CellTextIncludingMergedCellsAppears) {
  Table table{{2.0, 1.0, 1.0},
              {{TableCell{"类别", 1, 2, true}, TableCell{"2017年", 2, 1, true}},
               {header("件数"), header("占比")},
               {TableCell{"城乡低保", 1, 2}, cell("1200"), cell("60%")},
               {cell("1180"), cell("59%")},
               {TableCell{"合计：特困供养与临时救助", 3, 1}}},
              2};
  const std::string text = PdfProbe(render_pdf(with_table(table))).text();
  const std::string compact = run_together(text);
  for (const char* expected : {"类别", "2017年", "件数", "占比", "城乡低保", "1200", "60%",
                               "1180", "59%", "合计：特困供养与临时救助"}) {
    EXPECT_TRUE(contains(compact, expected)) << expected << "\n" << text;
  }
}

// Each row is one 12pt line at an 18pt pitch plus 3pt padding above and
// below: 24pt. The 225mm (637.8pt) text block holds 26 rows: the header and
// 25 items. 60 items take 25 + 25 + 10: three pages, each headed again.
TEST(PdfTable, TableOverSeveralPagesRepeatsItsHeader) {
  const PdfProbe probe(render_pdf(with_table(service_items(60))));
  EXPECT_EQ(probe.info().at("Pages"), "3");
  const auto pages = probe.page_texts();
  ASSERT_EQ(pages.size(), 3u);
  for (const auto& page : pages) {
    EXPECT_EQ(count(page, "事项名称"), 1) << page;
    EXPECT_EQ(count(page, "办理时限"), 1) << page;
  }
  EXPECT_TRUE(contains(pages[0], "事项25"));
  EXPECT_FALSE(contains(pages[0], "事项26"));
  EXPECT_TRUE(contains(pages[1], "事项26"));
  EXPECT_TRUE(contains(pages[2], "事项60"));
  const std::string all = probe.text();
  for (int i = 1; i <= 60; ++i) {
    EXPECT_EQ(count(all, "事项" + two_digits(i)), 1) << i;
  }
  EXPECT_TRUE(contains(pages[2], "- 3 -"));
}

TEST(PdfTable, TableAfterTextStartsOnThePageWhenItsHeaderAndFirstRowFit) {
  Document document;
  for (int i = 0; i < 20; ++i) document.blocks.push_back(Paragraph{BlockStyle::kPlain, "正文"});
  document.blocks.push_back(service_items(3));
  const auto pages = PdfProbe(render_pdf(document)).page_texts();
  ASSERT_EQ(pages.size(), 2u);
  // 20 lines leave 58pt: the header and one row (48pt) fit, the rest go over.
  EXPECT_TRUE(contains(pages[0], "事项01"));
  EXPECT_FALSE(contains(pages[0], "事项02"));
  EXPECT_TRUE(contains(pages[1], "事项名称"));
  EXPECT_TRUE(contains(pages[1], "事项03"));
}

TEST(PdfTable, CellTallerThanAPageContinuesOnTheNextPage) {
  std::string long_text;
  for (int i = 1; i <= 150; ++i) long_text += "第" + std::to_string(i) + "条记录已归档。";
  Table table{{1.0, 5.0}, {{header("项目"), header("说明")}, {cell("备注"), cell(long_text)}}, 1};
  const PdfProbe probe(render_pdf(with_table(table)));
  const auto pages = probe.page_texts();
  ASSERT_GE(pages.size(), 2u);
  for (const auto& page : pages) EXPECT_TRUE(contains(page, "说明")) << page;
  std::string compact = run_together(probe.text());
  for (const std::string label : {"项目", "说明", "备注"}) {
    for (size_t at = compact.find(label); at != std::string::npos; at = compact.find(label)) {
      compact.erase(at, label.size());
    }
  }
  EXPECT_TRUE(contains(compact, long_text));
}

TEST(PdfTable, RowWithTooFewCellsIsRefused) {
  Table table = service_items(2);
  table.rows[2].pop_back();
  EXPECT_THROW(render_pdf(with_table(table)), InvalidInput);
}

TEST(PdfTable, RowWithTooManyCellsIsRefused) {
  Table table = service_items(2);
  table.rows[1].push_back(cell("多余"));
  EXPECT_THROW(render_pdf(with_table(table)), InvalidInput);
}

TEST(PdfTable, SpansMustFitTheGrid) {
  Table too_wide{{1.0, 1.0}, {{TableCell{"跨三列", 3, 1}}}, 0};
  EXPECT_THROW(render_pdf(with_table(too_wide)), InvalidInput);
  Table past_last_row{{1.0, 1.0}, {{TableCell{"跨两行", 1, 2}, cell("甲")}}, 0};
  EXPECT_THROW(render_pdf(with_table(past_last_row)), InvalidInput);
  Table zero_span{{1.0}, {{TableCell{"零", 0, 1}}}, 0};
  EXPECT_THROW(render_pdf(with_table(zero_span)), InvalidInput);
  // A cell merged down counts in the row below: that row needs one cell fewer.
  Table merged_down{{1.0, 1.0}, {{TableCell{"跨两行", 1, 2}, cell("甲")}, {cell("乙")}}, 0};
  EXPECT_NO_THROW(render_pdf(with_table(merged_down)));
}

TEST(PdfTable, MalformedColumnsAndHeaderAreRefused) {
  EXPECT_THROW(render_pdf(with_table(Table{{}, {}, 0})), InvalidInput);
  EXPECT_THROW(render_pdf(with_table(Table{{1.0, 0.0}, {{cell("甲"), cell("乙")}}, 0})),
               InvalidInput);
  EXPECT_THROW(render_pdf(with_table(Table{{1.0}, {{cell("甲")}}, 2})), InvalidInput);
}

TEST(PdfTable, MergedRowsTallerThanAPageAreRefused) {
  std::string long_text;
  for (int i = 0; i < 200; ++i) long_text += "合并单元格中的很长的内容。";
  Table table{{1.0, 1.0}, {{TableCell{long_text, 1, 2}, cell("甲")}, {cell("乙")}}, 0};
  EXPECT_THROW(render_pdf(with_table(table)), InvalidInput);
}

}  // namespace
}  // namespace gongkai::pdf
