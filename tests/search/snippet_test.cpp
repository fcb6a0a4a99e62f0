#include "core/html_escape.h"
#include "search/snippet.h"

#include <gtest/gtest.h>

namespace gongkai::search {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(Snippet, EscapesMarkupAroundMarks) {
  EXPECT_EQ(highlight_all("<b>低保</b>标准", {"低保"}),
            "&lt;b&gt;<mark>低保</mark>&lt;/b&gt;标准");
  EXPECT_EQ(escape_html("a&b \"c\" 'd'"), "a&amp;b &quot;c&quot; &#39;d&#39;");
}

TEST(Snippet, LatinWordsMatchWholeAndWithoutCase) {
  EXPECT_EQ(highlight_all("javascript and Script", {"script"}),
            "javascript and <mark>Script</mark>");
  EXPECT_EQ(highlight_all("代码WZSMZJ", {"wzsmzj"}), "代码<mark>WZSMZJ</mark>");
}

TEST(Snippet, OverlappingTermsMarkedOnce) {
  EXPECT_EQ(highlight_all("城乡低保标准", {"城乡低保", "低保"}), "<mark>城乡低保</mark>标准");
}

TEST(Snippet, WindowAroundTheMatchWithEllipses) {
  std::string text = repeat("甲", 200) + "低保" + repeat("乙", 200);
  auto snippet = best_snippet(text, {"低保"}, 120);
  ASSERT_TRUE(snippet.has_value());
  EXPECT_EQ(*snippet, "…" + repeat("甲", 15) + "<mark>低保</mark>" + repeat("乙", 103) + "…");
}

TEST(Snippet, PrefersTheWindowWithMoreDistinctTerms) {
  std::string text = "救助" + repeat("丙", 300) + "低保和救助" + repeat("丁", 100);
  auto snippet = best_snippet(text, {"低保", "救助"}, 120);
  ASSERT_TRUE(snippet.has_value());
  EXPECT_EQ(*snippet, "…" + repeat("丙", 15) + "<mark>低保</mark>和<mark>救助</mark>" + repeat("丁", 100));
}

TEST(Snippet, NoMatchGivesNothingAndLeadingSnippetCuts) {
  EXPECT_FALSE(best_snippet("养老服务", {"低保"}).has_value());
  EXPECT_EQ(leading_snippet(repeat("戊", 130), 120), repeat("戊", 120) + "…");
  EXPECT_EQ(leading_snippet("短<文>", 120), "短&lt;文&gt;");
}

}  // namespace
}  // namespace gongkai::search
