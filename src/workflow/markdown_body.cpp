#include "workflow/markdown_body.h"

#include <cmark.h>

#include <cstdlib>
#include <memory>

namespace gongkai::workflow {

std::string render_markdown(std::string_view text) {
  std::unique_ptr<char, decltype(&std::free)> html(
      cmark_markdown_to_html(text.data(), text.size(), CMARK_OPT_SAFE | CMARK_OPT_SMART), &std::free);
  return html ? std::string(html.get()) : std::string();
}

}  // namespace gongkai::workflow

#include "core/html_escape.h"

namespace gongkai::workflow {

std::string render_body_html(std::string_view text, std::string_view format) {
  if (format == "markdown") return render_markdown(text);
  std::string html;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view paragraph = text.substr(start, end - start);
    while (!paragraph.empty() && (paragraph.front() == '\n' || paragraph.front() == ' ')) paragraph.remove_prefix(1);
    while (!paragraph.empty() && (paragraph.back() == '\n' || paragraph.back() == ' ')) paragraph.remove_suffix(1);
    if (!paragraph.empty()) html += "<p>" + escape_html(paragraph) + "</p>\n";
    start = end + 2;
  }
  return html;
}

}  // namespace gongkai::workflow
