// RFC 4180 CSV as the imports read it (items, 双公示 decisions, assistance
// figures and recipient lists): quotes, doubled quotes, CRLF, a BOM, blank
// lines skipped, each record with the line it starts on, and the two errors
// reported with their line.
#include "core/csv_reader.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace gongkai {
namespace {

using Fields = std::vector<std::string>;

TEST(CsvReader, QuotesBomCrlfAndBlankLines) {
  const auto records =
      read_csv("\xEF\xBB\xBF标题,文号\r\n\"含,逗号\",\"说\"\"明\"\"\"\r\n\r\n第三,行\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].line, 1);
  EXPECT_EQ(records[0].fields, (Fields{"标题", "文号"}));
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[1].fields, (Fields{"含,逗号", "说\"明\""}));
  EXPECT_EQ(records[2].line, 4);
  EXPECT_EQ(records[2].fields, (Fields{"第三", "行"}));
}

TEST(CsvReader, AQuotedFieldMaySpanLinesAndTheNextRecordKeepsItsLine) {
  const auto records = read_csv("a,\"x\ny\"\nb,,c");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].fields, (Fields{"a", "x\ny"}));
  EXPECT_EQ(records[1].line, 3);
  EXPECT_EQ(records[1].fields, (Fields{"b", "", "c"}));
}

TEST(CsvReader, MisplacedAndUnclosedQuotesNameTheLine) {
  try {
    read_csv("a,b\nc,d\"e\n");
    FAIL() << "a quote inside an unquoted field was accepted";
  } catch (const InvalidInput& e) {
    EXPECT_STREQ(e.what(), "第2行：引号位置不正确");
  }
  try {
    read_csv("a\n\"open,b\nc\n");
    FAIL() << "an unclosed quote was accepted";
  } catch (const InvalidInput& e) {
    EXPECT_STREQ(e.what(), "第2行：引号未闭合");
  }
}

}  // namespace
}  // namespace gongkai
