// gongkai/workflow/markdown_body.h
//
// Item bodies written in Markdown (items.body_format = 'markdown'), rendered
// to HTML by cmark (CommonMark) in safe mode: raw HTML is dropped and
// javascript:/vbscript:/file: links are removed, so the output may be put
// into a page unescaped.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::workflow {

std::string render_markdown(std::string_view text);

}  // namespace gongkai::workflow

namespace gongkai::workflow {

// The HTML of a body in its format: "markdown" through render_markdown(),
// anything else as plain text, one escaped <p> per blank-line-separated paragraph.
std::string render_body_html(std::string_view text, std::string_view format);

}  // namespace gongkai::workflow
