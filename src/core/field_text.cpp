#include "core/field_text.h"

#include "core/errors.h"
#include "core/text.h"

namespace gongkai {

std::string trimmed(std::string_view text) {
  constexpr std::string_view kBlanks = " \t\r\n";
  const auto first = text.find_first_not_of(kBlanks);
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(kBlanks);
  return std::string(text.substr(first, last - first + 1));
}

void check_length(std::string_view text, std::string_view what, size_t max_chars) {
  if (utf8_length(text) <= max_chars) return;
  throw InvalidInput(std::string(what) + "不能超过" + std::to_string(max_chars) + "字");
}

std::string required_field(std::string_view raw, std::string_view what, size_t max_chars) {
  std::string text = trimmed(raw);
  if (text.empty()) throw InvalidInput(std::string(what) + "不能为空");
  check_length(text, what, max_chars);
  return text;
}

}  // namespace gongkai
