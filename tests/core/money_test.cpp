// Money as whole fen. 1 元 = 100 分; 1 万元 = 10,000 元 = 1,000,000 分.
#include "core/money.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace gongkai {
namespace {

TEST(ParseYuan, AcceptsPlainGroupedAndSignedAmounts) {
  EXPECT_EQ(parse_yuan("1234"), Fen{123400});
  EXPECT_EQ(parse_yuan("1234.5"), Fen{123450});
  EXPECT_EQ(parse_yuan("1234.56"), Fen{123456});
  EXPECT_EQ(parse_yuan("1,234.56"), Fen{123456});
  EXPECT_EQ(parse_yuan("1,234,567"), Fen{123456700});
  EXPECT_EQ(parse_yuan("-0.05"), Fen{-5});
  EXPECT_EQ(parse_yuan("0"), Fen{0});
  EXPECT_EQ(parse_yuan(" 365.6 "), Fen{36560});
}

TEST(ParseYuan, RejectsGarbage) {
  for (const char* text : {"", " ", "-", "abc", "12a", "1e5", "--1", "+1", "1.234", "1234.", ".5", "1,23",
                           "12,345,67", ",123", "123,", "1,,234", "1 234", "１２３"}) {
    EXPECT_THROW(parse_yuan(text), InvalidInput) << text;
  }
}

TEST(ParseYuan, RejectsOverflow) {
  // int64 max = 9223372036854775807 分 = 92233720368547758.07 元.
  EXPECT_EQ(parse_yuan("92233720368547758.07"), Fen{INT64_MAX});
  EXPECT_EQ(parse_yuan("-92233720368547758.07"), Fen{-INT64_MAX});
  EXPECT_THROW(parse_yuan("92233720368547758.08"), InvalidInput);
  EXPECT_THROW(parse_yuan("100000000000000000000"), InvalidInput);
}

TEST(ParseWanYuan, ScalesByAMillionFen) {
  // 3853.75 万元 = 38,537,500 元 = 3,853,750,000 分.
  EXPECT_EQ(parse_wan_yuan("3853.75"), Fen{3853750000});
  EXPECT_EQ(parse_wan_yuan("14556"), Fen{14556000000});
  EXPECT_EQ(parse_wan_yuan("30082.48"), Fen{30082480000});
  EXPECT_EQ(parse_wan_yuan("0.000001"), Fen{1});  // 0.01 元
  EXPECT_EQ(parse_wan_yuan("-12.5"), Fen{-12500000});
  EXPECT_THROW(parse_wan_yuan("0.0000001"), InvalidInput);  // seven decimals
  EXPECT_THROW(parse_wan_yuan("万元"), InvalidInput);
  // int64 max fen = 9223372036854.775807 万元.
  EXPECT_THROW(parse_wan_yuan("9223372036854.775808"), InvalidInput);
  EXPECT_THROW(parse_wan_yuan("10000000000000"), InvalidInput);
}

TEST(FormatYuan, TwoDecimalsWithOptionalGrouping) {
  EXPECT_EQ(format_yuan(Fen{123456}), "1,234.56");
  EXPECT_EQ(format_yuan(Fen{123456}, false), "1234.56");
  EXPECT_EQ(format_yuan(Fen{100000000}), "1,000,000.00");
  EXPECT_EQ(format_yuan(Fen{0}), "0.00");
  EXPECT_EQ(format_yuan(Fen{-5}), "-0.05");
  EXPECT_EQ(format_yuan(Fen{-123456}), "-1,234.56");
  EXPECT_EQ(format_yuan(Fen{INT64_MIN}), "-92,233,720,368,547,758.08");
}

TEST(FormatWanYuan, RoundsHalfAwayFromZero) {
  EXPECT_EQ(format_wan_yuan(Fen{3853750000}), "3853.75");
  EXPECT_EQ(format_wan_yuan(Fen{14556000000}), "14556.00");
  // 3853.755 万元 -> 3853.76; 3853.754999 -> 3853.75.
  EXPECT_EQ(format_wan_yuan(Fen{3853755000}), "3853.76");
  EXPECT_EQ(format_wan_yuan(Fen{3853754999}), "3853.75");
  EXPECT_EQ(format_wan_yuan(Fen{-3853755000}), "-3853.76");
  EXPECT_EQ(format_wan_yuan(Fen{-3853754999}), "-3853.75");
  // Whole 万元: 0.5 -> 1, -0.5 -> -1, 0.499999 -> 0.
  EXPECT_EQ(format_wan_yuan(Fen{500000}, 0), "1");
  EXPECT_EQ(format_wan_yuan(Fen{-500000}, 0), "-1");
  EXPECT_EQ(format_wan_yuan(Fen{499999}, 0), "0");
  EXPECT_EQ(format_wan_yuan(Fen{-1}), "0.00");  // no "-0.00"
  EXPECT_EQ(format_wan_yuan(Fen{1}, 6), "0.000001");
  EXPECT_EQ(format_wan_yuan(Fen{1}, 8), "0.00000100");
  EXPECT_THROW(format_wan_yuan(Fen{1}, -1), InvalidInput);
}

TEST(Fen, Arithmetic) {
  EXPECT_EQ(parse_wan_yuan("14556") + parse_wan_yuan("30082.48"), Fen{44638480000});
  EXPECT_EQ(parse_yuan("10") - parse_yuan("0.01"), Fen{999});
  EXPECT_LT(Fen{1}, Fen{2});
}

}  // namespace
}  // namespace gongkai
