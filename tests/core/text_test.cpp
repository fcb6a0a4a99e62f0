#include "core/text.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace gongkai {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("abc"));
  EXPECT_TRUE(is_valid_utf8("吴忠市民政局"));
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));  // U+1F600, four bytes
}

TEST(Utf8, RejectsMalformedText) {
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong "/"
  EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong, three bytes
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xE5\x90"));          // truncated 吴
  EXPECT_FALSE(is_valid_utf8("\x80"));              // stray continuation byte
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(NormalizeText, FullWidthDigitsAndLettersBecomeHalfWidth) {
  EXPECT_EQ(normalize_text("２０１７年ＡＢＣ"), "2017年ABC");
  EXPECT_EQ(normalize_text("（试行）"), "（试行）");  // Chinese punctuation stays full-width
}

TEST(NormalizeText, TrimsIdeographicSpaceAndFoldsInnerWhiteSpace) {
  // U+3000 at both ends, tabs and several spaces inside.
  EXPECT_EQ(normalize_text("\u3000\u3000吴忠市  民政局\t\t通知\u3000"), "吴忠市 民政局 通知");
  EXPECT_EQ(normalize_text("a\nb"), "a b");
  EXPECT_EQ(normalize_text("   "), "");
}

TEST(NormalizeText, KeepsNewlinesForBodies) {
  EXPECT_EQ(normalize_text("\u3000第一段  内容\r\n\r\n第二段 \n", true), "第一段 内容\n\n第二段");
}

TEST(NormalizeText, DropsInvisibleCharacters) {
  // BOM, zero-width space and a stray BEL inside a title.
  EXPECT_EQ(normalize_text("\uFEFF吴忠市\u200B民政局\a"), "吴忠市民政局");
}

TEST(NormalizeText, RejectsInvalidUtf8) {
  EXPECT_THROW(normalize_text("\xC0\xAF"), InvalidInput);
  EXPECT_THROW(normalize_for_search("\xFF"), InvalidInput);
}

TEST(NormalizeForSearch, LowerCasesLatinAfterNfkc) {
  EXPECT_EQ(normalize_for_search("ＡＢＣ"), "abc");
  EXPECT_EQ(normalize_for_search(" WZSMZJ　２０１７ "), "wzsmzj 2017");
  EXPECT_EQ(normalize_for_search("低保Ｐolicy"), "低保policy");
}

TEST(Utf8Length, CountsCodePoints) {
  EXPECT_EQ(utf8_length(""), 0u);
  EXPECT_EQ(utf8_length("abc"), 3u);
  EXPECT_EQ(utf8_length("内容概述"), 4u);  // 12 bytes, 4 characters
  EXPECT_EQ(utf8_length("2017年"), 5u);
}

TEST(Utf8Truncate, CutsOnCharacterBoundariesAndMarksTheCut) {
  EXPECT_EQ(utf8_truncate("吴忠市民政局", 3), "吴忠市…");
  EXPECT_EQ(utf8_truncate("吴忠市", 3), "吴忠市");  // not cut, no mark
  EXPECT_EQ(utf8_truncate("ab吴", 2), "ab…");
  EXPECT_EQ(utf8_truncate("吴", 0), "…");
}

}  // namespace
}  // namespace gongkai

namespace gongkai {
namespace {

// Chinese typography keeps its full-width punctuation in stored text; only
// full-width digits and Latin letters become half-width.
TEST(NormalizeTextTest, KeepsChinesePunctuation) {
  EXPECT_EQ(normalize_text("第一段，含逗号：（一）①……Ⅱ"), "第一段，含逗号：（一）①……Ⅱ");
  EXPECT_EQ(normalize_text("（此处依法删除１２字）"), "（此处依法删除12字）");
  EXPECT_EQ(normalize_text("ＡＢＣ！"), "ABC！");
}

// Search folds everything to the plain form, so either spelling finds the other.
TEST(NormalizeForSearchTest, FoldsPunctuationToo) {
  EXPECT_EQ(normalize_for_search("（一）ＡＢＣ，①"), "(一)abc,1");
}

}  // namespace
}  // namespace gongkai
