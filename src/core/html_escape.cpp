#include "core/html_escape.h"

#include <array>

namespace gongkai {

void append_escaped_html(std::string& out, std::string_view text) {
  // Copies runs of ordinary bytes in one go; most text has nothing to escape.
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> special{};
    for (unsigned char c : std::string_view("&<>\"'")) special[c] = true;
    return special;
  }();
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!kSpecial[static_cast<unsigned char>(text[i])]) continue;
    std::string_view entity;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      default: entity = "&#39;"; break;
    }
    out.append(text.data() + run, i - run);
    out.append(entity);
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_escaped_html(out, text);
  return out;
}

}  // namespace gongkai
