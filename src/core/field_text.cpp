#include "core/field_text.h"

#include "core/errors.h"

namespace gongkai {

std::string trimmed(std::string_view text) {
  constexpr std::string_view kBlanks = " \t\r\n";
  const auto first = text.find_first_not_of(kBlanks);
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(kBlanks);
  return std::string(text.substr(first, last - first + 1));
}

std::string required_field(std::string_view raw, const std::string& what, size_t max_bytes) {
  std::string text = trimmed(raw);
  if (text.empty()) throw InvalidInput(what + "不能为空");
  if (text.size() > max_bytes) throw InvalidInput(what + "过长");
  return text;
}

}  // namespace gongkai
