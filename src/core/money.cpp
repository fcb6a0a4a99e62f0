#include "core/money.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "core/errors.h"

namespace gongkai {
namespace {

constexpr int kFenPerWanDecimals = 6;  // 1 万元 = 1,000,000 分

[[noreturn]] void bad_amount(std::string_view text) {
  throw InvalidInput(fmt::format("金额格式不正确：“{}”", text));
}

[[noreturn]] void too_large(std::string_view text) { throw InvalidInput(fmt::format("金额超出范围：“{}”", text)); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// The integer part's digits with thousands commas removed, or nullopt when
// commas are present but not every three digits ("1,234,567" but not "12,34").
std::optional<std::string> strip_grouping(std::string_view digits) {
  if (digits.find(',') == std::string_view::npos) return std::string(digits);
  std::string out;
  size_t group = 0;  // digits since the last comma
  bool first_group = true;
  for (char c : digits) {
    if (c == ',') {
      if (group == 0 || group > 3 || (!first_group && group != 3)) return std::nullopt;
      first_group = false;
      group = 0;
      continue;
    }
    out += c;
    ++group;
  }
  if (group != 3) return std::nullopt;
  return out;
}

// Parses [-]digits[.decimals] into an integer scaled by 10^scale, rejecting
// more than `scale` decimals and anything that does not fit in int64.
int64_t parse_scaled(std::string_view original, int scale) {
  std::string_view text = trim(original);
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  size_t dot = text.find('.');
  std::string_view integer = text.substr(0, dot);
  std::string_view decimals = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (integer.empty() || (dot != std::string_view::npos && decimals.empty())) bad_amount(original);
  if (decimals.size() > static_cast<size_t>(scale)) bad_amount(original);
  auto digits = strip_grouping(integer);
  if (!digits || digits->empty()) bad_amount(original);
  std::string all = *digits + std::string(decimals) + std::string(scale - decimals.size(), '0');
  int64_t value = 0;
  for (char c : all) {
    if (!is_digit(c)) bad_amount(original);
    if (__builtin_mul_overflow(value, int64_t{10}, &value) || __builtin_add_overflow(value, int64_t{c - '0'}, &value)) {
      too_large(original);
    }
  }
  return negative ? -value : value;
}

uint64_t magnitude(int64_t value) {
  return value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
}

uint64_t power_of_ten(int exponent) {
  uint64_t result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

std::string group_thousands(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

Fen parse_yuan(std::string_view text) { return Fen{parse_scaled(text, 2)}; }

Fen parse_wan_yuan(std::string_view text) { return Fen{parse_scaled(text, kFenPerWanDecimals)}; }

std::string format_yuan(Fen amount, bool grouping) {
  uint64_t fen = magnitude(amount.value);
  std::string integer = std::to_string(fen / 100);
  if (grouping) integer = group_thousands(integer);
  return fmt::format("{}{}.{:02d}", amount.value < 0 ? "-" : "", integer, fen % 100);
}

std::string format_wan_yuan(Fen amount, int decimals) {
  if (decimals < 0 || decimals > 12) throw InvalidInput(fmt::format("小数位数无效：{}", decimals));
  uint64_t fen = magnitude(amount.value);
  int kept = std::min(decimals, kFenPerWanDecimals);
  uint64_t unit = power_of_ten(kFenPerWanDecimals - kept);  // fen per last kept digit
  uint64_t remainder = fen % unit;
  uint64_t units = fen / unit + (unit > 1 && remainder * 2 >= unit ? 1 : 0);  // half away from zero
  uint64_t scale = power_of_ten(kept);
  std::string out = units != 0 && amount.value < 0 ? "-" : "";
  out += std::to_string(units / scale);
  if (decimals == 0) return out;
  out += fmt::format(".{:0{}d}", units % scale, kept);
  out += std::string(decimals - kept, '0');
  return out;
}

}  // namespace gongkai
