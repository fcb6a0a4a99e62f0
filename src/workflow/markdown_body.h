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
