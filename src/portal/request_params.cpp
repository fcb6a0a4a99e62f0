#include "portal/request_params.h"

#include <charconv>

#include "core/errors.h"

namespace gongkai::portal {

namespace {

std::string_view trim_ascii(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Digits only, no sign, no leading '+'; nullopt when not a number in range.
std::optional<int> parse_bounded(std::string_view text, int low, int high) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (value < low || value > high) return std::nullopt;
  return value;
}

}  // namespace

std::string text_param(const web::Request& request, std::string_view name) {
  auto value = request.query_param(name);
  if (!value) return "";
  return std::string(trim_ascii(*value));
}

int parse_page(const web::Request& request) {
  std::string text = text_param(request, "page");
  if (text.empty()) return 1;
  auto page = parse_bounded(text, 1, 100000);
  if (!page) throw InvalidInput("页码无效：页码应为正整数。");
  return *page;
}

int parse_per_page(const web::Request& request, int fallback) {
  std::string text = text_param(request, "per_page");
  if (text.empty()) return fallback;
  auto per_page = parse_bounded(text, 1, 100);
  if (!per_page) throw InvalidInput("每页条数无效：应为 1 到 100 之间的整数。");
  return *per_page;
}

std::optional<int> parse_year(const web::Request& request) {
  std::string text = text_param(request, "year");
  if (text.empty()) return std::nullopt;
  auto year = text.size() == 4 ? parse_bounded(text, 1900, 2100) : std::nullopt;
  if (!year) throw InvalidInput("年份无效：请使用四位数字年份，例如 2017。");
  return year;
}

int64_t parse_id(std::string_view text, const std::string& not_found_message) {
  int64_t id = 0;
  bool digits = !text.empty() && text.size() <= 18 && text.find_first_not_of("0123456789") == std::string_view::npos;
  if (digits) std::from_chars(text.data(), text.data() + text.size(), id);
  if (id <= 0) throw NotFound(not_found_message);
  return id;
}

bool large_text_mode(const web::Request& request) {
  std::string cookies = request.header("cookie");
  std::string_view rest = cookies;
  while (!rest.empty()) {
    size_t semicolon = rest.find(';');
    std::string_view pair = trim_ascii(rest.substr(0, semicolon));
    rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
    size_t equals = pair.find('=');
    if (equals == std::string_view::npos) continue;
    if (trim_ascii(pair.substr(0, equals)) != kLargeTextCookie) continue;
    return trim_ascii(pair.substr(equals + 1)) == "large";
  }
  return false;
}

std::optional<std::string> safe_back_path(std::string_view back) {
  if (back.empty() || back.front() != '/') return std::nullopt;
  if (back.size() > 1 && (back[1] == '/' || back[1] == '\\')) return std::nullopt;
  if (back.size() > 2000) return std::nullopt;
  for (char c : back) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f || c == '\\') return std::nullopt;
  }
  return std::string(back);
}

}  // namespace gongkai::portal
