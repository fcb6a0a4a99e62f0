// gongkai/core/html_escape.h
//
// Escaping text for HTML (and XML) text and attribute values: & < > " ' become
// &amp; &lt; &gt; &quot; &#39;. Every HTML gongkai writes outside a template
// (highlighted snippets, built-in error pages) goes through here, and the
// templates use it for {{x}}.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

std::string escape_html(std::string_view text);

// Appends the escaped text to `out`.
void append_escaped_html(std::string& out, std::string_view text);

}  // namespace gongkai
