// A form field as the domain checks it: trimmed, required, its length in
// characters (a Chinese character counts one, as the person typing counts).
#include "core/field_text.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace gongkai {
namespace {

std::string refusal(std::string_view raw, size_t max_chars) {
  try {
    required_field(raw, "标题", max_chars);
  } catch (const InvalidInput& e) {
    return e.what();
  }
  return "";
}

TEST(FieldText, TrimsBlanksAtBothEnds) {
  EXPECT_EQ(trimmed(" \t低保 公示\r\n"), "低保 公示");
  EXPECT_EQ(trimmed(" \n "), "");
  EXPECT_EQ(required_field("  吴忠市民政局 ", "名称", 6), "吴忠市民政局");
}

TEST(FieldText, CountsCharactersNotBytes) {
  // Six Chinese characters are 18 bytes of UTF-8.
  EXPECT_EQ(refusal("民政局公开指南", 6), "标题不能超过6字");
  EXPECT_EQ(refusal("民政局公开指", 6), "");
  EXPECT_EQ(refusal("   ", 6), "标题不能为空");
  EXPECT_NO_THROW(check_length("abcdef", "编号", 6));
  EXPECT_THROW(check_length("abcdefg", "编号", 6), InvalidInput);
}

}  // namespace
}  // namespace gongkai
