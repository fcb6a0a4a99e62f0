// Markdown bodies are rendered by cmark with raw HTML and unsafe links removed.
#include <gtest/gtest.h>

#include "workflow/markdown_body.h"

namespace gongkai::workflow {
namespace {

TEST(MarkdownBody, RendersHeadingsListsAndEmphasis) {
  const std::string html = render_markdown("## 救助标准\n\n- 城市低保**每月**\n- 农村低保\n");
  EXPECT_NE(html.find("<h2>救助标准</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("<li>城市低保<strong>每月</strong></li>"), std::string::npos) << html;
}

TEST(MarkdownBody, DropsRawHtmlAndScriptLinks) {
  const std::string html =
      render_markdown("<script>alert(1)</script>\n\n正文<img src=x onerror=alert(1)>\n\n[点此](javascript:alert(1))");
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_NE(html.find("正文"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::workflow

namespace gongkai::workflow {
namespace {

TEST(BodyHtml, PlainTextIsEscapedParagraphs) {
  EXPECT_EQ(render_body_html("第一段<b>\n\n\n第二段 & 完", "text"), "<p>第一段&lt;b&gt;</p>\n<p>第二段 &amp; 完</p>\n");
  EXPECT_EQ(render_body_html("**粗体**", "markdown"), "<p><strong>粗体</strong></p>\n");
}

}  // namespace
}  // namespace gongkai::workflow
