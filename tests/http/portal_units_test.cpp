// The portal's small helpers, on their own.
#include <gtest/gtest.h>

#include "portal/content_disposition.h"
#include "portal/request_params.h"
#include "portal/view_models.h"
#include "portal/xml_text.h"

namespace gongkai::portal {
namespace {

TEST(ContentDisposition, AsciiNameIsKeptAndEncodedForFilenameStar) {
  EXPECT_EQ(content_disposition("report 2017.pdf"),
            "attachment; filename=\"report 2017.pdf\"; filename*=UTF-8''report%202017.pdf");
}

TEST(ContentDisposition, QuotesCannotBreakOutOfTheHeader) {
  EXPECT_EQ(content_disposition("a\"b\\c.txt"),
            "attachment; filename=\"a_b_c.txt\"; filename*=UTF-8''a%22b%5Cc.txt");
}

TEST(XmlText, EscapesMarkupAndDropsControlCharacters) {
  EXPECT_EQ(xml_escape("<a href='x'>&\"\x01\t"), "&lt;a href=&apos;x&apos;&gt;&amp;&quot;\t");
}

TEST(XmlText, MidnightInChina) {
  EXPECT_EQ(rfc3339_midnight(*parse_date("2017-03-26")), "2017-03-26T00:00:00+08:00");
}

TEST(SafeBackPath, AcceptsOnlySameSiteRelativePaths) {
  EXPECT_EQ(safe_back_path("/xxgk/ml/?page=2"), std::optional<std::string>("/xxgk/ml/?page=2"));
  EXPECT_EQ(safe_back_path("//evil.example/"), std::nullopt);
  EXPECT_EQ(safe_back_path("/\\evil.example/"), std::nullopt);
  EXPECT_EQ(safe_back_path("https://evil.example/"), std::nullopt);
  EXPECT_EQ(safe_back_path("/a\r\nSet-Cookie: x=1"), std::nullopt);
  EXPECT_EQ(safe_back_path(""), std::nullopt);
}

TEST(Paragraphs, SplitOnBlankLinesAndTrim) {
  EXPECT_EQ(paragraphs("  第一段。\n\n\n第二段\n第二行。\n \n"),
            (std::vector<std::string>{"第一段。", "第二段\n第二行。"}));
  EXPECT_TRUE(paragraphs("\n \n").empty());
}

TEST(Pagination, ShowsFirstLastAndTwoEitherSideWithGaps) {
  auto view = pagination(6, 12, [](int n) { return "/p" + std::to_string(n); });
  std::vector<std::string> shown;
  for (const auto& entry : view["pages"]) {
    shown.push_back(entry["gap"].get<bool>() ? "…" : std::to_string(entry["number"].get<int>()));
  }
  EXPECT_EQ(shown, (std::vector<std::string>{"1", "…", "4", "5", "6", "7", "8", "…", "12"}));
  EXPECT_EQ(view["prev_url"], "/p5");
  EXPECT_EQ(view["next_url"], "/p7");
  EXPECT_TRUE(view["show"].get<bool>());
  EXPECT_FALSE(pagination(1, 1, [](int) { return std::string(); })["show"].get<bool>());
}

TEST(WithQuery, SkipsEmptyValuesAndEncodes) {
  EXPECT_EQ(with_query("/search", {{"q", "低保 救助"}, {"category", ""}, {"page", "2"}}),
            "/search?q=%E4%BD%8E%E4%BF%9D%20%E6%95%91%E5%8A%A9&page=2");
}

}  // namespace
}  // namespace gongkai::portal
