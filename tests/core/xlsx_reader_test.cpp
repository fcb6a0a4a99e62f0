// The first worksheet of a workbook as the imports read it, written here with
// libxlsxwriter (core/xlsx_writer.h) as a spreadsheet program would save it.
#include "core/xlsx_reader.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "core/errors.h"
#include "core/xlsx_writer.h"

namespace gongkai {
namespace {

using Cells = std::vector<std::string>;

TEST(XlsxReader, TextAndNumbersAsTypedWithTheRowNumbersShown) {
  const std::string xlsx = write_xlsx([](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "数据");
    worksheet_write_string(sheet, 0, 0, "项目", nullptr);
    worksheet_write_string(sheet, 0, 2, "金额（元）", nullptr);
    worksheet_write_string(sheet, 2, 0, "城市低保", nullptr);  // row 2 left empty
    worksheet_write_number(sheet, 2, 1, 0.1, nullptr);
    worksheet_write_number(sheet, 2, 2, 14556, nullptr);
  });
  ASSERT_TRUE(looks_like_xlsx(xlsx));
  const auto rows = read_first_sheet(xlsx);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].row, 1);
  EXPECT_EQ(rows[0].cells, (Cells{"项目", "", "金额（元）"}));
  EXPECT_EQ(rows[1].row, 3);
  EXPECT_EQ(rows[1].cells, (Cells{"城市低保", "0.1", "14556"}));
}

// 200 rows with a cell in column XFD would be 3,276,800 cells to hold.
TEST(XlsxReader, ASheetSpreadToTheLastColumnIsRefusedNotHeld) {
  const std::string xlsx = write_xlsx([](lxw_workbook* workbook) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "数据");
    for (lxw_row_t r = 0; r < 200; ++r) worksheet_write_string(sheet, r, 16383, "x", nullptr);
  });
  try {
    read_first_sheet(xlsx);
    FAIL() << "the sheet was read";
  } catch (const InvalidInput& e) {
    EXPECT_STREQ(e.what(), "无法读取XLSX文件：工作表过大");
  }
}

TEST(XlsxReader, BytesThatAreNotAWorkbookAreRefused) {
  EXPECT_FALSE(looks_like_xlsx("项目,金额\r\n"));
  EXPECT_THROW(read_first_sheet(std::string("PK\x03\x04garbage", 11)), InvalidInput);
}

}  // namespace
}  // namespace gongkai
