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
